import type { Scenario } from '../scenario/schema';
import { escapeFormulaText } from './escape-text';

function escapeStrings(value: unknown): unknown {
  if (typeof value === 'string') return escapeFormulaText(value);
  if (Array.isArray(value)) return value.map(escapeStrings);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeStrings(v)]));
  }
  return value;
}

/**
 * The validated scenario as JSON, every default written out, so the file says exactly what was
 * exported. Text that a spreadsheet could read as a formula (a name starting with =, +, - or @)
 * is escaped with a leading apostrophe, as in every other export.
 */
export function toScenarioJson(scenario: Scenario): string {
  return `${JSON.stringify(escapeStrings(scenario), null, 2)}\n`;
}
