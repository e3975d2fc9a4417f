import { SCHEDULE_FIELDS, type ScenarioResult } from '../index';
import { escapeFormulaText } from './escape-text';

function csvText(text: string): string {
  const safe = escapeFormulaText(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
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
      const numbers = SCHEDULE_FIELDS.map((field) => String(option.schedule[field][m]));
      lines.push([name, option.kind, String(m + 1), ...numbers].join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
