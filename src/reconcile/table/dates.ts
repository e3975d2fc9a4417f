import { DATE, DATE_PARTS, FIRST_YEAR, FRACTION_DIGITS, LAST_YEAR, MONTH } from './cell-forms';

const MS_PER_DAY = 86_400_000;

/** A timestamp is held as microseconds since 1970-01-01 00:00 UTC. */
export const MICROS_PER_DAY = 86_400_000_000;

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
 * Whole days since 1970-01-01 of the calendar date written (`2025-03-14`; a time after it is
 * not read: see isoToMicros), or null when the text is not a real date in years 0001 to 9999
 * (see cell-forms.ts for the accepted forms).
 */
export function isoToDay(text: string): number | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return realDay(year, month, day) ? civilToDay(year, month, day) : null;
}

/**
 * floor(a / b) for whole numbers held exactly as doubles, correct where the quotient a / b rounds
 * to a whole number it does not reach (far from 1970, a microsecond is below a day's last bit).
 */
export function floorDivide(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q--;
  else if ((q + 1) * b <= a) q++;
  return q;
}

const FIRST_DAY = civilToDay(FIRST_YEAR, 1, 1);
const LAST_DAY = civilToDay(LAST_YEAR, 12, 31);

/**
 * The instant a date or timestamp text names, in microseconds since 1970-01-01 00:00 UTC: a date
 * alone is its midnight UTC; a time is read in its offset (`Z`, ` UTC`, `+02:00`, `-0530`, `+05`)
 * or, without one, in UTC; fractions of a second beyond microseconds are dropped. Null when the
 * text is no date (cell-forms.ts) or the instant falls outside years 0001 to 9999 in UTC. The
 * number is exact for whole seconds in every year, for microseconds from 1685 to 2255.
 */
export function isoToMicros(text: string): number | null {
  const day = isoToDay(text);
  if (day === null) return null;
  const parts = DATE_PARTS.exec(text)!;
  if (parts[4] === undefined) return day * MICROS_PER_DAY;
  const [hour, minute, second] = [parts[4], parts[5], parts[6] ?? '0'].map(Number);
  const fraction = Number((parts[7] ?? '').slice(0, FRACTION_DIGITS).padEnd(FRACTION_DIGITS, '0'));
  const offset =
    parts[8] === undefined
      ? 0
      : (parts[8] === '-' ? -1 : 1) * (Number(parts[9]) * 60 + Number(parts[10] ?? '0'));
  const ofDay = ((hour * 60 + minute - offset) * 60 + second) * 1_000_000 + fraction;
  const micros = day * MICROS_PER_DAY + ofDay;
  const utcDay = floorDivide(micros, MICROS_PER_DAY);
  return utcDay >= FIRST_DAY && utcDay <= LAST_DAY ? micros : null;
}

/** Whether a date text (one isoToDay accepts) carries a time of day. */
export function hasTime(text: string): boolean {
  return text.length > 10;
}

/** The UTC day of an instant (isoToMicros). */
export function microsToDay(micros: number): number {
  return floorDivide(micros, MICROS_PER_DAY);
}

/** An instant as ISO 8601 in UTC: `2025-01-11T02:25:41Z`, with `.ffffff` when it has a fraction. */
export function microsToIso(micros: number): string {
  const day = microsToDay(micros);
  const ofDay = micros - day * MICROS_PER_DAY;
  const seconds = Math.floor(ofDay / 1_000_000);
  const fraction = ofDay - seconds * 1_000_000;
  const hms = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
    .map((v) => String(v).padStart(2, '0'))
    .join(':');
  const tail = fraction === 0 ? '' : `.${String(fraction).padStart(FRACTION_DIGITS, '0')}`;
  return `${dayToIso(day)}T${hms}${tail}Z`;
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
