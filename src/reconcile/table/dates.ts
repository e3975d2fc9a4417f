const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MS_PER_DAY = 86_400_000;

/**
 * Whole days since 1970-01-01 for an ISO date (`2025-03-14`, optionally with a time, which is
 * ignored: definitions work in calendar days), or null when the text is not a real date.
 */
export function isoToDay(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `YYYY-MM` of a day number. */
export function dayToMonth(day: number): string {
  return dayToIso(day).slice(0, 7);
}

/** Excel's serial date (1900 system, days since 1899-12-30) to a day number. */
export function excelSerialToDay(serial: number): number {
  return Math.floor(serial) - 25_569;
}
