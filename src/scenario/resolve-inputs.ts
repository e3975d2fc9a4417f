import type { ScenarioModel } from '../engine/model';
import { fieldsOfScope, fixedField, rangeableField, type FieldScope } from './rangeable-fields';
import { parseFieldPath, valueAtPath, type PathKey } from './field-path';
import type { UncertaintyInput } from './uncertainty-schema';
import type { ValueKind } from './value-kinds';
import { supportOf } from './support';

/** An uncertainty input tied to the number of the model it ranges. */
export interface ResolvedInput {
  /** Its position in `uncertainty.inputs`. */
  index: number;
  option: string | null;
  optionIndex: number | null;
  field: string;
  /** Keys from the scenario's root: `['options', 2, 'charges', 'price']`. */
  keys: PathKey[];
  kind: ValueKind;
  label: string;
  /** The value as written (or its default). */
  base: number;
  input: UncertaintyInput;
}

export interface InputProblem {
  /** Path inside `uncertainty.inputs[index]`. */
  index: number;
  key: 'field' | 'option' | 'low' | 'mean';
  value: unknown;
  message: string;
}

const SCOPE_NAMES: Record<FieldScope, string> = {
  scenario: 'the scenario',
  vendor: 'vendor options',
  build: 'build options',
  switch: 'switch options',
};

function listFields(scope: FieldScope): string {
  return fieldsOfScope(scope)
    .map((f) => f.path)
    .join(', ');
}

function resolveOne(
  scenario: ScenarioModel,
  input: UncertaintyInput,
  index: number,
): ResolvedInput | InputProblem {
  const problem = (key: InputProblem['key'], value: unknown, message: string): InputProblem => ({
    index,
    key,
    value,
    message,
  });
  const fieldKeys = parseFieldPath(input.field);
  if (!fieldKeys) {
    return problem('field', input.field, 'not a field path (write it like charges.tiers[1].price)');
  }
  let scope: FieldScope = 'scenario';
  let optionIndex: number | null = null;
  if (input.option !== undefined) {
    optionIndex = scenario.options.findIndex((o) => o?.name === input.option);
    if (optionIndex < 0) {
      return problem(
        'option',
        input.option,
        `no option of that name; the scenario has ${scenario.options.map((o) => JSON.stringify(o.name)).join(', ')}`,
      );
    }
    const kind = scenario.options[optionIndex].kind;
    if (kind !== 'vendor' && kind !== 'build' && kind !== 'switch') {
      return problem('option', input.option, `a ${kind} option has no numbers to range`);
    }
    scope = kind;
  }
  const entry = rangeableField(scope, input.field);
  if (!entry) {
    const fixed = fixedField(scope, input.field);
    if (fixed) return problem('field', input.field, fixed.reason);
    const elsewhere = (['scenario', 'vendor', 'build', 'switch'] as const).find(
      (other) => other !== scope && rangeableField(other, input.field),
    );
    if (elsewhere === 'scenario') {
      return problem('field', input.field, 'a scenario-wide field: leave out "option"');
    }
    if (elsewhere && scope === 'scenario') {
      return problem(
        'field',
        input.field,
        `a field of ${SCOPE_NAMES[elsewhere]}: name the option with "option"`,
      );
    }
    if (elsewhere) {
      return problem(
        'field',
        input.field,
        `a field of ${SCOPE_NAMES[elsewhere]}; "${input.option}" is a ${scope} option`,
      );
    }
    return problem(
      'field',
      input.field,
      `not a number of ${scope === 'scenario' ? 'the scenario' : `a ${scope} option`} that can take a range; those are: ${listFields(scope)}`,
    );
  }
  const keys: PathKey[] = optionIndex === null ? fieldKeys : ['options', optionIndex, ...fieldKeys];
  const found = valueAtPath(scenario, keys);
  const option = optionIndex === null ? undefined : scenario.options[optionIndex];
  const base = typeof found === 'number' ? found : entry.fallback?.(scenario, option);
  if (base === undefined) {
    return problem(
      'field',
      input.field,
      `${optionIndex === null ? 'the scenario' : `"${input.option}"`} has no ${input.field}: write it in the file to give it a range`,
    );
  }
  if (
    optionIndex === null &&
    scenario.demand?.contactsByMonth &&
    (input.field === 'demand.contactsPerMonth' || input.field === 'demand.growthAnnual')
  ) {
    return problem('field', input.field, 'ignored when demand.contactsByMonth gives the series');
  }
  const [low, high] = supportOf(input);
  if (!(base >= low && base <= high)) {
    return problem(
      input.dist === 'normal' ? 'mean' : 'low',
      input.dist === 'normal' ? input.mean : input.low,
      `the base value ${base} of ${input.field} lies outside the support [${low}, ${high}]`,
    );
  }
  return {
    index,
    option: input.option ?? null,
    optionIndex,
    field: input.field,
    keys,
    kind: entry.kind,
    label: entry.label,
    base,
    input,
  };
}

/** Ties each input to its number of the model, or says why it cannot be. */
export function resolveInputs(
  scenario: ScenarioModel,
  inputs: readonly UncertaintyInput[],
): { inputs: ResolvedInput[]; problems: InputProblem[] } {
  const resolved: ResolvedInput[] = [];
  const problems: InputProblem[] = [];
  inputs.forEach((input, i) => {
    if (typeof input?.field !== 'string' || typeof input.dist !== 'string') return;
    const r = resolveOne(scenario, input, i);
    if ('keys' in r) resolved.push(r);
    else problems.push(r);
  });
  return { inputs: resolved, problems };
}
