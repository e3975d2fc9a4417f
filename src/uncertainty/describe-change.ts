// Words for one changed input of "What changed" (DOMAIN.md): its label from the field catalogue
// ("Per resolution's price per unit"), and its old or new value as a board reads it ($36,000,
// 36,000 contacts, 8%), in place of the path and the raw JSON.
import { formatValue } from '../scenario/load';
import { formatMoney, formatNumber } from '../text/format';
import { fieldDisplay, fieldWords } from './describe-field';

interface Named {
  option: string | null;
  field: string;
}

/** Inputs the catalogue leaves out (they cannot take a range), by path inside their scope. */
const OTHER_LABELS: Readonly<Record<string, string>> = {
  horizonMonths: 'Horizon (months)',
  currency: 'Currency',
  'demand.contactsByMonth': 'Contacts by month',
  kind: 'Kind of option',
  vendor: 'Vendor bought first',
  build: 'Build switched to',
  'charges.unit': 'Billed unit',
  'charges.tiers': 'Tiers',
  'charges.tierMode': 'Tier mode',
  'charges.tierBasis': 'Tiers count',
  'charges.classes': 'Outcome classes',
  'charges.phases': 'Phases',
  'charges.package.size': 'Package size',
};

/** Counts whose values read with their unit. */
const COUNT_UNITS: Readonly<Record<string, string>> = {
  'demand.contactsPerMonth': 'contacts',
  'ruleOfThumb.outcomesPerMonth': 'outcomes',
  'charges.seats': 'seats',
};

/** `options[Per resolution].charges.price` -> the option and the field inside it. */
export function namedPath(path: string): Named {
  const option = /^options\[(.*)\]\.(.+)$/.exec(path);
  return option ? { option: option[1], field: option[2] } : { option: null, field: path };
}

/** "Contacts per month", "Per resolution's price per unit", "Build in-house's build cost". */
export function changeLabel(kinds: ReadonlyMap<string, string>, path: string): string {
  const named = namedPath(path);
  const other = OTHER_LABELS[named.field];
  const words = other
    ? named.option === null
      ? other
      : `${named.option}'s ${other[0].toLowerCase()}${other.slice(1)}`
    : fieldWords(kinds, named);
  return `${words[0].toUpperCase()}${words.slice(1)}`;
}

/** The fewest decimals from `least` to `most` that show the value exactly as far as `most` does. */
function decimals(value: number, least: number, most: number): number {
  for (let d = least; d < most; d++)
    if (Number(value.toFixed(d)) === Number(value.toFixed(most))) return d;
  return most;
}

/** An entry of a series, tiers or classes, with spaces to wrap at: "upTo 10,000, price 1.1". */
function listItem(item: unknown): string {
  const plain = (v: unknown) =>
    typeof v === 'number' ? formatNumber(v, decimals(v, 0, 4)) : v === null ? 'none' : String(v);
  if (typeof item !== 'object' || item === null) return plain(item);
  return Object.entries(item)
    .map(([key, v]) => `${key} ${plain(v)}`)
    .join(', ');
}

/** A value of a changed input: money, a percentage, months, a count with its unit, or as written. */
export function changeValue(
  kinds: ReadonlyMap<string, string>,
  path: string,
  value: unknown,
  currency: string,
): string {
  if (value === null) return '(not set)';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(listItem).join('; ');
  if (typeof value !== 'number') return formatValue(value);
  const named = namedPath(path);
  if (named.field === 'switchMonth') return `month ${formatNumber(value)}`;
  const unit = COUNT_UNITS[named.field];
  const display = named.field === 'horizonMonths' ? 'months' : fieldDisplay(kinds, named);
  switch (display) {
    case 'money':
      return formatMoney(value, currency, Math.abs(value) >= 100 ? 0 : decimals(value, 2, 4));
    case 'percent':
      return `${formatNumber(value * 100, decimals(value * 100, 0, 2))}%`;
    case 'months':
      return `${formatNumber(value)} month${value === 1 ? '' : 's'}`;
    case 'number': {
      const shown = formatNumber(value, decimals(value, 0, 4));
      return unit ? `${shown} ${unit}` : shown;
    }
  }
}
