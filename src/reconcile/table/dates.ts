import { DATE, FIRST_YEAR, LAST_YEAR, MONTH } from './cell-forms';

const MS_PER_DAY = 86_400_000;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), exact for
 * every year: Date.UTC would read years 0 to 99 as 1900 to 1999.
 */
export function civilToDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function realDay(year: number, month: number, day: number): boolean {
  return (
    year >= FIRST_YEAR &&
    year <= LAST_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Whole days since 1970-01-01 for an ISO date (`2025-03-14`, optionally with a time, which is
 * ignored: definitions work in calendar days), or null when the text is not a real date in
 * years 0001 to 9999 (see cell-forms.ts for the accepted forms).
 */
export function isoToDay(text: string): number | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return realDay(year, month, day) ? civilToDay(year, month, day) : null;
}

/** A `YYYY-MM` month in years 0001 to 9999. */
export function isMonth(text: string): boolean {
  return MONTH.test(text) && Number(text.slice(0, 4)) >= FIRST_YEAR;
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `YYYY-MM` of a day number. */
export function dayToMonth(day: number): string {
  return dayToIso(day).slice(0, 7);
}

/** Excel's serial numbers of 1900-01-01 and 9999-12-31 (the 1900 date system). */
export const FIRST_EXCEL_SERIAL = 1;
export const LAST_EXCEL_SERIAL = 2_958_465;

/**
 * Excel's serial date (1900 system) to a day number, or null when the number is no date Excel
 * can show. Serial 60 is Excel's 1900-02-29, a day that never was (kept from Lotus 1-2-3), so
 * serials below it count from 1899-12-31 and those above from 1899-12-30.
 */
export function excelSerialToDay(serial: number): number | null {
  if (!Number.isFinite(serial) || serial < FIRST_EXCEL_SERIAL || serial >= LAST_EXCEL_SERIAL + 1)
    return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null;
  return whole - (whole < 60 ? 25_568 : 25_569);
}
