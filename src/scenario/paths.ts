// Paths into a scenario, one home for every face: the loader's problems, the finite-results
// check and the taskpane's draft all spell and follow them the same way.

export type ScenarioPath = readonly PropertyKey[];

/** `options[2].charges.price` for ['options', 2, 'charges', 'price'], as the engine spells it. */
export function formatPath(path: ScenarioPath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The value at a path, or undefined where the path leaves the objects and arrays. */
export function valueAt(root: unknown, path: ScenarioPath): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
