import { FRACTION_DIGITS } from '../table/cell-forms';

/**
 * DuckDB SQL for the instant a date or timestamp text names, as a TIMESTAMP in UTC: the
 * in-process reading (table/dates.ts isoToMicros) of a text DATE_PATTERN accepts, part by part,
 * so that both engines give the same microsecond. DuckDB's own cast is not used: it reads a time
 * without an offset in the session's zone and refuses `HH:MM` followed by an offset. NULL when
 * the text is no such date (the caller checks that first).
 */
export function duckdbTimestampOfText(c: string): string {
  const int = (text: string) => `coalesce(try_cast(${text} AS BIGINT), 0)`;
  const at = (from: number, length: number) => `substr(${c}, ${from}, ${length})`;
  const seconds = `CASE WHEN ${at(17, 1)} = ':' THEN ${int(at(18, 2))} ELSE 0 END`;
  const fraction = `rpad(substr(regexp_extract(${c}, '\\.([0-9]+)', 1), 1, ${FRACTION_DIGITS}), ${FRACTION_DIGITS}, '0')`;
  const zone = (group: number) =>
    `regexp_extract(${c}, '([+-])([0-9]{2}):?([0-9]{2})?$', ${group})`;
  const offset = `CASE ${zone(1)} WHEN '-' THEN -1 WHEN '+' THEN 1 ELSE 0 END * (${int(zone(2))} * 60 + ${int(zone(3))})`;
  const minutes = `(${int(at(12, 2))} * 60 + ${int(at(15, 2))} - ${offset})`;
  const ofDay = `((${minutes} * 60 + ${seconds}) * 1000000 + ${int(fraction)})`;
  return (
    `(try_cast(${at(1, 10)} AS TIMESTAMP) + ` +
    `to_microseconds(CASE WHEN length(${c}) > 10 THEN ${ofDay} ELSE 0 END))`
  );
}
