import type { OptionSpec } from '../engine/model';
import type { Scenario } from '../scenario/schema';
import { fieldsOfScope, type FieldScope, type RangeableField } from '../scenario/rangeable-fields';
import { valueAtPath, type PathKey } from '../scenario/field-path';
import type { UncertaintyInput } from '../scenario/uncertainty-schema';
import { validRange, type ValueKind } from '../scenario/value-kinds';

// The numbers of one scenario that can take a range, for the taskpane's range picker: each field
// of the catalogue at each place it holds a value here (every tier, class and phase), with its base.

export interface RangeChoice {
  option: string | null;
  /** Path inside the scenario or the option, e.g. `charges.tiers[1].price`. */
  field: string;
  label: string;
  kind: ValueKind;
  base: number;
}

function scopeOfKind(kind: string): FieldScope | null {
  return kind === 'vendor' || kind === 'build' || kind === 'switch' ? kind : null;
}

/** Every concrete path of a catalogue pattern present in root: `[]` is each index there. */
function concretePaths(root: unknown, pattern: string): { field: string; keys: PathKey[] }[] {
  let paths: { field: string; keys: PathKey[] }[] = [{ field: '', keys: [] }];
  for (const part of pattern.split('.')) {
    const name = part.replace('[]', '');
    const indexed = part.endsWith('[]');
    const next: typeof paths = [];
    for (const p of paths) {
      const field = p.field === '' ? name : `${p.field}.${name}`;
      const keys = [...p.keys, name];
      if (!indexed) {
        next.push({ field, keys });
        continue;
      }
      const list = valueAtPath(root, keys);
      if (Array.isArray(list)) {
        list.forEach((_, i) => next.push({ field: `${field}[${i}]`, keys: [...keys, i] }));
      }
    }
    paths = next;
  }
  return paths;
}

function choicesIn(
  scenario: Scenario,
  root: unknown,
  entries: RangeableField[],
  option: string | null,
): RangeChoice[] {
  const out: RangeChoice[] = [];
  for (const entry of entries) {
    for (const { field, keys } of concretePaths(root, entry.path)) {
      const found = valueAtPath(root, keys);
      const base =
        typeof found === 'number'
          ? found
          : entry.fallback?.(scenario, option === null ? undefined : (root as OptionSpec));
      if (base === undefined) continue;
      out.push({
        option,
        field,
        label: entry.label,
        kind: entry.kind,
        base,
      });
    }
  }
  return out;
}

/** The rangeable numbers of a scenario, scenario-wide first, then each option's in file order. */
export function rangeChoices(scenario: Scenario): RangeChoice[] {
  const series = scenario.demand.contactsByMonth !== undefined;
  const scenarioWide = choicesIn(scenario, scenario, fieldsOfScope('scenario'), null).filter(
    (c) =>
      !(series && (c.field === 'demand.contactsPerMonth' || c.field === 'demand.growthAnnual')),
  );
  const perOption = scenario.options.flatMap((o) => {
    const scope = scopeOfKind(o.kind);
    return scope ? choicesIn(scenario, o, fieldsOfScope(scope), o.name) : [];
  });
  return [...scenarioWide, ...perOption];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * A starting range for a chosen number, for the user to edit: triangular 0.8x to 1.25x of an
 * amount (or 0 to 1 when it is 0), Beta-PERT base -+ 10 points for shares and rates, whole months
 * -+ 25% (at least one month), all within the field's valid interval.
 */
export function defaultRange(scenario: Scenario, choice: RangeChoice): UncertaintyInput {
  const kind = choice.kind;
  const where = {
    ...(choice.option === null ? {} : { option: choice.option }),
    field: choice.field,
  };
  const [min, max] = validRange(kind, scenario.horizonMonths);
  const clamp = (x: number) => Math.min(max, Math.max(min, x));
  const b = choice.base;
  if (kind === 'share' || kind === 'rate') {
    let low = round(clamp(b - 0.1));
    let high = round(clamp(b + 0.1));
    if (!(low < high)) [low, high] = [round(clamp(b - 0.2)), round(clamp(b + 0.2))];
    return { ...where, dist: 'pert', low, mode: b, high };
  }
  if (kind === 'amount') {
    if (b === 0) return { ...where, dist: 'triangular', low: 0, mode: 0, high: 1 };
    return { ...where, dist: 'triangular', low: round(b * 0.8), mode: b, high: round(b * 1.25) };
  }
  const spread = Math.max(1, Math.round(b * 0.25));
  const low = clamp(b - spread);
  const high = clamp(b + spread);
  return { ...where, dist: 'triangular', low, mode: b, high: high > low ? high : low + 1 };
}
