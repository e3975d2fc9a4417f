import { seededRandom } from '../../../src/math/seeded-random';

// Timestamp columns for the generator's exports, written as exports write them: `Z`, ` UTC`,
// offsets with and without a colon or minutes, a fraction of a second, or no offset at all (read
// as UTC). The instants are built here from the export's own dates with JavaScript's Date, not
// with the reader under test, and put where whole-day and month boundaries are crossed.

export const TIMESTAMP_COLUMNS = ['opened_at', 'closed_at', 'reopened_at'] as const;

const MICROS_PER_DAY = 86_400_000_000;
const OFFSETS = [0, 330, -480, -210, 120, 840, -720, 60];

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** An instant (µs since 1970 UTC) written in the local time of `offset` minutes, in form `form`. */
export function writeInstant(micros: number, offset: number, form: number): string {
  const local = micros + offset * 60_000_000;
  const ms = Math.floor(local / 1000);
  const date = new Date(ms);
  const day = date.toISOString().slice(0, 10);
  const hm = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
  const subSecond = local - Math.floor(local / 1_000_000) * 1_000_000;
  const hms = `${hm}:${pad(date.getUTCSeconds())}${subSecond === 0 ? '' : `.${pad(subSecond, 6)}`}`;
  const sign = offset < 0 ? '-' : '+';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  if (offset === 0 && form % 3 === 0) return `${day}T${hms}Z`;
  if (offset === 0 && form % 3 === 1) return `${day} ${hms} UTC`;
  if (offset === 0) return `${day}T${hms}`;
  if (form % 3 === 0) return `${day} ${hms}${sign}${hours}:${minutes}`;
  if (form % 3 === 1) return `${day}T${hms}${sign}${hours}${minutes}`;
  // `+HH` alone, or hours and minutes without seconds when there are none
  if (minutes === '00' && subSecond === 0 && date.getUTCSeconds() === 0)
    return `${day} ${hm}${sign}${hours}`;
  return `${day}T${hms}${sign}${hours}:${minutes}`;
}

/** Midnight UTC of a `YYYY-MM-DD` date, in µs. */
function midnight(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) * 1000;
}

/**
 * The export with three timestamp columns added: opened_at on every row (its period's date at a
 * random local time, so that a late hour with a western offset is the next day, or month, in
 * UTC), closed_at on closed rows, reopened_at on reopened rows (reopen_days after closing, give
 * or take nothing, a microsecond, a second or up to a day and a half).
 */
export function withTimestampColumns(csv: string, seed: number): string {
  const rand = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const [header, ...rows] = csv.trimEnd().split('\n');
  const names = header.split(',');
  const at = (name: string) => names.indexOf(name);
  const lines = rows.map((row) => {
    const cells = row.split(',');
    const timeOfDay = Math.floor(rand() * 24 * 60) * 60_000_000;
    const openedOffset = pick(OFFSETS);
    const opened = midnight(cells[at('period')]) + timeOfDay - openedOffset * 60_000_000;
    const closedOn = cells[at('closed_on')];
    const closed =
      closedOn === ''
        ? null
        : midnight(closedOn) + Math.floor((rand() * MICROS_PER_DAY) / 1_000_000) * 1_000_000;
    const reopenDays = cells[at('reopen_days')];
    const shift = pick([
      0,
      0,
      -1,
      1,
      -1_000_000,
      1_000_000,
      Math.round((rand() - 0.5) * 3 * 3.6e9),
    ]);
    const reopened =
      closed === null || reopenDays === ''
        ? null
        : closed + Number(reopenDays) * MICROS_PER_DAY + shift;
    const write = (micros: number | null, offset = pick(OFFSETS)) =>
      micros === null ? '' : writeInstant(micros, offset, Math.floor(rand() * 3));
    return [...cells, write(opened, openedOffset), write(closed), write(reopened)].join(',');
  });
  return `${[`${header},${TIMESTAMP_COLUMNS.join(',')}`, ...lines].join('\n')}\n`;
}
