import { SCHEDULE_FIELDS } from '../engine/schedule';
import type { ScenarioResult } from '../engine/evaluate';
import { cellText } from './escape-text';

/** A CSV field of text: escaped against formula injection, quoted where needed (RFC 4180). */
export function csvText(text: string): string {
  const safe = cellText(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function finite(value: number, field: string): string {
  if (!Number.isFinite(value)) throw new Error(`refusing to write ${field} = ${value} to CSV`);
  return String(value);
}

/**
 * Every option's monthly schedule as CSV, one row per option and month (columns: option, kind,
 * month, then the schedule fields). Numbers at full precision; text escaped against formula
 * injection and quoted where needed.
 */
export function scheduleCsv(result: ScenarioResult): string {
  const lines = [['option', 'kind', 'month', ...SCHEDULE_FIELDS].join(',')];
  for (const option of result.options) {
    const name = csvText(option.name);
    for (let m = 0; m < result.horizonMonths; m++) {
      const numbers = SCHEDULE_FIELDS.map((field) => finite(option.schedule[field][m], field));
      lines.push([name, option.kind, String(m + 1), ...numbers].join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
