// The scenario as the user is editing it: plain JSON that may be invalid. The engine's
// parseScenario judges it; the last valid scenario is kept separately, so a bad field never
// discards anything.

import { formatPath, valueAt } from '../../src/index';

export type Draft = Record<string, unknown>;
export type Path = readonly (string | number)[];

/** The value at a path (the engine's lookup). */
export const getAt: (root: unknown, path: Path) => unknown = valueAt;

const isEmptyObject = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;

/**
 * A copy of root with the value at path replaced; undefined removes the key, and an object left
 * empty by the removal is removed too (optional groups such as `sla` or `gainShare`).
 */
export function setAt<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const container: Record<string | number, unknown> | unknown[] = Array.isArray(root)
    ? [...root]
    : { ...(root as Record<string, unknown>) };
  const next = setAt((container as Record<string | number, unknown>)[key], rest, value);
  if (next === undefined || (rest.length > 0 && isEmptyObject(next))) {
    if (Array.isArray(container)) container[key as number] = undefined;
    else delete (container as Record<string | number, unknown>)[key];
  } else {
    (container as Record<string | number, unknown>)[key] = next;
  }
  return container as T;
}

/** `options[2].charges.price` for ['options', 2, 'charges', 'price'], as the engine spells it. */
export const pathText: (path: Path) => string = formatPath;

export function optionsOf(draft: Draft): Record<string, unknown>[] {
  return Array.isArray(draft.options) ? (draft.options as Record<string, unknown>[]) : [];
}
