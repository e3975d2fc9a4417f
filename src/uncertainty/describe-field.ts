import { formatMoney, formatNumber, formatPercent } from '../text/format';
import { rangeableField, type FieldDisplay, type FieldScope } from '../scenario/rangeable-fields';
import type { SwitchValue } from './switch-values';

// Words for fields and their values, shared by the CLI, the taskpane and the workbook.

interface Named {
  option: string | null;
  field: string;
}

function scopeOf(scenarioKinds: ReadonlyMap<string, string>, option: string | null): FieldScope {
  if (option === null) return 'scenario';
  const kind = scenarioKinds.get(option);
  return kind === 'build' || kind === 'switch' ? kind : 'vendor';
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}

/** Whether a label's head noun is plural: "Contacts per month", "Build months". */
function isPlural(label: string): boolean {
  const head = label
    .split(' per ')[0]
    .replace(/\s*\(.*\)\s*$/, '')
    .trim();
  const last = head.split(/\s+/).pop() ?? '';
  return /[^s]s$/.test(last);
}

/** "contacts per month", "Per resolution's overcount drift (annual)", "tier 2 price". */
export function fieldWords(kinds: ReadonlyMap<string, string>, named: Named): string {
  const entry = rangeableField(scopeOf(kinds, named.option), named.field);
  const index = named.field.match(/\[(\d+)\]/);
  let label = lowerFirst(entry?.label ?? named.field);
  if (index) label = label.replace(/^tier/, `tier ${Number(index[1]) + 1}`);
  return named.option === null ? label : `${named.option}'s ${label}`;
}

/** How a field's values read: money, a percentage, months or a plain number. */
export function fieldDisplay(kinds: ReadonlyMap<string, string>, named: Named): FieldDisplay {
  return rangeableField(scopeOf(kinds, named.option), named.field)?.display ?? 'number';
}

/** A value of a field as the user reads it: money, a percentage, months or a number. */
export function formatFieldValue(
  kinds: ReadonlyMap<string, string>,
  named: Named,
  value: number,
  currency: string,
): string {
  const entry = rangeableField(scopeOf(kinds, named.option), named.field);
  if (entry?.kind === 'switchMonth') return `month ${formatNumber(value)}`;
  const display = entry?.display ?? 'number';
  switch (display) {
    case 'money':
      return formatMoney(value, currency, Math.abs(value) >= 100 ? 0 : 4);
    case 'percent':
      return formatPercent(value, 2);
    case 'months':
      return `${formatNumber(value)} month${value === 1 ? '' : 's'}`;
    case 'number':
      return formatNumber(value, Math.abs(value) >= 100 ? 0 : 4);
  }
}

/** "Hybrid stays first unless contacts per month fall below 31,481 (then Per resolution)". */
export function switchSentence(
  kinds: ReadonlyMap<string, string>,
  recommendation: string,
  row: SwitchValue,
  currency: string,
): string {
  const base = row.base;
  const what = fieldWords(kinds, row);
  if (row.value === null) return `${recommendation} stays first over the whole range of ${what}`;
  const shown = formatFieldValue(kinds, row, row.value, currency);
  if (row.value === base) {
    return `${recommendation} is tied with ${row.takenOverBy} at the base ${what} of ${shown}`;
  }
  const entry = rangeableField(scopeOf(kinds, row.option), row.field);
  const plural = isPlural(entry?.label ?? row.field);
  const whole = entry?.display === 'months';
  const verb = whole
    ? row.value < base
      ? plural
        ? 'fall to'
        : 'falls to'
      : plural
        ? 'rise to'
        : 'rises to'
    : row.value < base
      ? plural
        ? 'fall below'
        : 'falls below'
      : plural
        ? 'rise above'
        : 'rises above';
  return `${recommendation} stays first unless ${what} ${verb} ${shown} (then ${row.takenOverBy})`;
}

export function optionKinds(scenario: { options: readonly { name: string; kind: string }[] }) {
  return new Map(scenario.options.map((o) => [o.name, o.kind]));
}
