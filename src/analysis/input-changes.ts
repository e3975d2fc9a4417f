import type { Scenario } from '../scenario/schema';

// The inputs of a scenario as a flat list of paths (DOMAIN.md "What changed"): every leaf after
// defaults are applied, options matched by name (`options[NAME].charges.price`), an array as one
// input; names, notes, sources, descriptions, the version and the uncertainty block are not inputs.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const NOT_INPUTS: ReadonlySet<string> = new Set([
  '$schema',
  'version',
  'name',
  'description',
  'notes',
  'source',
  'uncertainty',
]);

export interface InputChange {
  /** e.g. `horizonMonths`, `options[Per resolution].charges.tiers`. */
  path: string;
  /** null when the input is absent on that side. */
  old: Json;
  new: Json;
}

/** One step of a path: a field name, or an option picked by name. */
export type PathStep = { field: string } | { option: string };

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function pathText(steps: readonly PathStep[]): string {
  return steps
    .map((s, i) => ('option' in s ? `[${s.option}]` : i === 0 ? s.field : `.${s.field}`))
    .join('');
}

/** Every input path of a document in the order written, with its value. */
export function inputLeaves(document: unknown): { steps: PathStep[]; path: string; value: Json }[] {
  const out: { steps: PathStep[]; path: string; value: Json }[] = [];
  const walk = (value: unknown, steps: PathStep[]) => {
    if (!isObject(value)) return;
    for (const [key, child] of Object.entries(value)) {
      if (NOT_INPUTS.has(key)) continue;
      const here = [...steps, { field: key }];
      if (steps.length === 0 && key === 'options' && Array.isArray(child)) {
        for (const option of child) {
          if (isObject(option) && typeof option.name === 'string')
            walk(option, [...here, { option: option.name.trim() }]);
        }
      } else if (isObject(child)) {
        walk(child, here);
      } else if (child !== undefined) {
        out.push({ steps: here, path: pathText(here), value: child as Json });
      }
    }
  };
  walk(document, []);
  return out;
}

/** A validated scenario as a plain JSON document (defaults filled in). */
export function scenarioDocument(scenario: Scenario): JsonObject {
  return JSON.parse(JSON.stringify(scenario)) as JsonObject;
}

export const optionNames = (scenario: Scenario) => scenario.options.map((o) => o.name);

/**
 * The inputs that differ between two versions of the options both have and the scenario itself,
 * ordered as their paths first appear in NEW's file, then OLD's, then any other.
 */
export function inputChanges(
  oldScenario: Scenario,
  newScenario: Scenario,
  oldFile: unknown,
  newFile: unknown,
): (InputChange & { steps: PathStep[] })[] {
  const common = new Set(
    optionNames(newScenario).filter((n) => optionNames(oldScenario).includes(n)),
  );
  const inScope = (steps: PathStep[]) => {
    const option = steps.find((s): s is { option: string } => 'option' in s);
    return option === undefined || common.has(option.option);
  };
  const oldLeaves = new Map(inputLeaves(scenarioDocument(oldScenario)).map((l) => [l.path, l]));
  const newLeaves = new Map(inputLeaves(scenarioDocument(newScenario)).map((l) => [l.path, l]));
  const order = new Map<string, number>();
  for (const l of [...inputLeaves(newFile), ...inputLeaves(oldFile)])
    if (!order.has(l.path)) order.set(l.path, order.size);
  const changes: (InputChange & { steps: PathStep[] })[] = [];
  for (const path of new Set([...newLeaves.keys(), ...oldLeaves.keys()])) {
    const o = oldLeaves.get(path);
    const n = newLeaves.get(path);
    const steps = (n ?? o)!.steps;
    if (!inScope(steps)) continue;
    const oldValue = o?.value ?? null;
    const newValue = n?.value ?? null;
    if (JSON.stringify(oldValue) === JSON.stringify(newValue)) continue;
    changes.push({ path, old: oldValue, new: newValue, steps });
  }
  const rank = (path: string) => order.get(path) ?? Number.MAX_SAFE_INTEGER;
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c.path) - rank(b.c.path) || a.i - b.i)
    .map(({ c }) => c);
}

/** Sets (or, with null, removes) one input of a document in place; emptied objects are pruned. */
export function applyInput(document: JsonObject, steps: readonly PathStep[], value: Json): void {
  const parents: JsonObject[] = [];
  let node: JsonObject = document;
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i];
    const next = steps[i + 1];
    if ('option' in next) continue; // `options` then `[NAME]`: handled by the option step
    let child: Json | undefined;
    if ('option' in step) {
      child = (document.options as JsonObject[]).find((o) => o.name === step.option);
    } else {
      child = node[step.field];
      if (!isObject(child)) {
        if (value === null) return;
        child = {};
        node[step.field] = child;
      }
    }
    parents.push(node);
    node = child as JsonObject;
  }
  const last = steps[steps.length - 1] as { field: string };
  if (value === null) delete node[last.field];
  else node[last.field] = value;
  // prune objects left empty by a removal (an `sla` without its fields is no longer there)
  for (let i = parents.length - 1; i >= 0 && value === null; i--) {
    const parent = parents[i];
    for (const [key, child] of Object.entries(parent)) {
      if (isObject(child) && Object.keys(child).length === 0) delete parent[key];
    }
  }
}
