/**
 * The forms a text cell may take, written once for both engines: the in-process reader tests
 * them as JavaScript regular expressions, and DuckDB runs the same patterns (RE2) over the raw
 * text of a CSV, so both type a column and accept a date the same way.
 */

/** A number as JavaScript's Number() and DuckDB's CAST(... AS DOUBLE) both read it. */
export const NUMBER_PATTERN = '[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?';

/** true or false, in any case. */
export const BOOLEAN_PATTERN = '[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]';

const TIME = '(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?';
const OFFSET = '(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)';

/**
 * An ISO 8601 calendar date, `YYYY-MM-DD`, optionally followed by a time of day (`T` or a space,
 * `HH:MM`, optional seconds and fraction) with an optional `Z` or offset (`+HH:MM`, `+HHMM`,
 * `+HH`), or after a space with ` UTC` (BigQuery's export form). A date with a time is a
 * timestamp: the instant, in UTC (a time without an offset is taken to be UTC). Whether the day
 * exists is checked separately.
 */
export const DATE_PATTERN =
  '([0-9]{4})-([0-9]{2})-([0-9]{2})' + `(?:[T ]${TIME}${OFFSET}?| ${TIME} UTC)?`;

/**
 * The parts of a text DATE_PATTERN accepts: year, month, day, then hour, minute, second,
 * fraction, and the offset's sign, hours and minutes (each empty when not written).
 */
export const DATE_PARTS_PATTERN =
  '([0-9]{4})-([0-9]{2})-([0-9]{2})' +
  '(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]+))?)?(?:Z| UTC|([+-])([0-9]{2}):?([0-9]{2})?)?)?';

/** Digits of a fraction of a second that are kept: microseconds, as DuckDB and PostgreSQL keep. */
export const FRACTION_DIGITS = 6;

/** A month, `YYYY-MM`. */
export const MONTH_PATTERN = '[0-9]{4}-(?:0[1-9]|1[0-2])';

/** Years a date or month may have: DuckDB's and the Excel functions' common range. */
export const FIRST_YEAR = 1;
export const LAST_YEAR = 9999;

export const ACCEPTED_DATES =
  'a date YYYY-MM-DD (years 0001 to 9999, optionally with a time, read in UTC)';
export const ACCEPTED_PERIODS = `${ACCEPTED_DATES} or a month YYYY-MM`;

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`);
export const NUMBER = whole(NUMBER_PATTERN);
export const BOOLEAN = whole(BOOLEAN_PATTERN);
export const DATE = whole(DATE_PATTERN);
export const DATE_PARTS = whole(DATE_PARTS_PATTERN);
export const MONTH = whole(MONTH_PATTERN);

/** The vendor's billed flag as text (trimmed, lower case): these mean billed, those not. */
export const BILLED_YES = ['1', 'true', 'yes', 'y', 'billed'] as const;
export const BILLED_NO = ['0', 'false', 'no', 'n', 'not billed'] as const;
