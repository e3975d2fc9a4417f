// What is wrong with a scenario, and where: the loader's problems, the check of an evaluation's
// figures and the taskpane's draft all spell and follow paths into a scenario the same way.

/** A problem with a scenario: where it is, what is wrong, and the value found there. */
export interface ScenarioProblem {
  /** JSON path such as `options[2].charges.tiers[1].upTo`; empty for the whole file. */
  path: string;
  message: string;
  /** The offending value as found in the input (undefined when missing). */
  value: unknown;
  /** The path as a reader is told it, each option named: `options[4] ("B: Intercom Fin").resolutionRate`. */
  where?: string;
}

/** What a checking step gives: what it made (`ok`), or every problem that stopped it. */
export type Checked<T> = ({ ok: true } & T) | { ok: false; problems: ScenarioProblem[] };

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

/**
 * formatPath with each option named after its index, as messages tell a reader where to look:
 * `options[4] ("B: Intercom Fin").resolutionRate` (the name as written in `root`, when it has one).
 */
export function describePath(path: ScenarioPath, root: unknown): string {
  const plain = formatPath(path);
  if (path[0] !== 'options' || typeof path[1] !== 'number') return plain;
  const name = valueAt(root, ['options', path[1], 'name']);
  if (typeof name !== 'string' || name.trim() === '') return plain;
  const option = `options[${path[1]}]`;
  return `${option} (${JSON.stringify(name)})${plain.slice(option.length)}`;
}

/** A problem at a path of `root`, its value read there and its place named for a reader. */
export function problemAt(root: unknown, path: ScenarioPath, message: string): ScenarioProblem {
  return {
    path: formatPath(path),
    message,
    value: valueAt(root, path),
    where: describePath(path, root),
  };
}
