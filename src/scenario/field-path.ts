// Field paths as the validation messages write them: `charges.tiers[1].price`, arrays from 0.

export type PathKey = string | number;

const PATH = /^[A-Za-z_$][\w$]*(\[\d+\])*(\.[A-Za-z_$][\w$]*(\[\d+\])*)*$/;

/** The keys of a path, or null when it is not written in the path syntax. */
export function parseFieldPath(path: string): PathKey[] | null {
  if (!PATH.test(path)) return null;
  const keys: PathKey[] = [];
  for (const part of path.split('.')) {
    const name = part.match(/^[^[]+/)![0];
    keys.push(name);
    for (const index of part.matchAll(/\[(\d+)\]/g)) keys.push(Number(index[1]));
  }
  return keys;
}

export function valueAtPath(root: unknown, keys: readonly PathKey[]): unknown {
  let value: unknown = root;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PathKey, unknown>)[key];
  }
  return value;
}

/** Writes a value at a path whose parents exist. */
export function setAtPath(root: unknown, keys: readonly PathKey[], value: unknown): void {
  let parent = root as Record<PathKey, unknown>;
  for (let i = 0; i < keys.length - 1; i++) parent = parent[keys[i]] as Record<PathKey, unknown>;
  parent[keys[keys.length - 1]] = value;
}
