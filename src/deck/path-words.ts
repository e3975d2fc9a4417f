import { rangeableField, type FieldScope } from '../scenario/rangeable-fields';

// A path of `crossover diff` (`options[Per resolution].charges.price`, `horizonMonths`) in the
// words of the field catalogue, as a board reads it ("Per resolution's price per unit").

/** Inputs the catalogue does not list (they cannot take a range), in words. */
const OTHER_WORDS: Readonly<Record<string, string>> = {
  horizonMonths: 'horizon (months)',
  currency: 'currency',
  kind: 'option kind',
  'demand.contactsByMonth': 'contacts by month',
  'charges.unit': 'billing unit',
  'charges.tiers': 'price tiers',
  'charges.classes': 'outcome classes',
  'charges.phases': 'price phases',
  'charges.package.size': 'package size',
};

/** "contactsByMonth" -> "contacts by month". */
const spaced = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

function lowerFirst(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

function fieldLabel(scope: FieldScope, field: string): string {
  const entry = rangeableField(scope, field);
  if (entry) return lowerFirst(entry.label);
  const pattern = field.replace(/\[\d+\]/g, '');
  return OTHER_WORDS[pattern] ?? spaced(pattern.split('.').at(-1) ?? pattern);
}

/** One diff path in words; `kinds` maps option names to their kind. */
export function pathWords(path: string, kinds: ReadonlyMap<string, string>): string {
  const option = /^options\[(.*)\](?:\.(.*))?$/.exec(path);
  if (!option) {
    const words = fieldLabel('scenario', path);
    return words[0].toUpperCase() + words.slice(1);
  }
  const [, name, field] = option;
  if (field === undefined) return name;
  const kind = kinds.get(name);
  const scope: FieldScope = kind === 'build' || kind === 'switch' ? kind : 'vendor';
  return `${name}'s ${fieldLabel(scope, field)}`;
}
