import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema';
import { FIXED_FIELDS, RANGEABLE_FIELDS } from '../../src/scenario/rangeable-fields';

type Schema = Record<string, any>;

/** Every numeric leaf of a JSON Schema, as catalogue patterns, with the kind of object holding it. */
function numericLeaves(root: Schema): { scope: string; path: string }[] {
  const found: { scope: string; path: string }[] = [];
  const defs = root.$defs ?? {};
  const walk = (node: Schema, path: string, scope: string) => {
    if (!node || typeof node !== 'object') return;
    if (node.$ref) return walk(defs[node.$ref.split('/').pop()], path, scope);
    for (const key of ['anyOf', 'oneOf', 'allOf'])
      for (const n of node[key] ?? []) walk(n, path, scope);
    if (node.type === 'number' || node.type === 'integer') found.push({ scope, path });
    if (node.type === 'array' && node.items) walk(node.items, `${path}[]`, scope);
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties)) {
        if (scope === 'scenario' && key === 'options') {
          for (const option of (child as Schema).items.oneOf ?? (child as Schema).items.anyOf) {
            const kind = option.properties.kind.const;
            walk(option, '', kind);
          }
        } else if (scope === 'scenario' && key === 'uncertainty') {
          continue;
        } else {
          walk(child as Schema, path ? `${path}.${key}` : key, scope);
        }
      }
    }
  };
  walk(root, '', 'scenario');
  return found;
}

describe('the catalogue of numeric fields', () => {
  it('lists every number of the scenario schema once, as rangeable or fixed', () => {
    const leaves = numericLeaves(scenarioJsonSchema());
    expect(leaves.length).toBeGreaterThan(30);
    const listed = [...RANGEABLE_FIELDS, ...FIXED_FIELDS].map((f) => `${f.scope} ${f.path}`);
    expect(new Set(listed).size).toBe(listed.length);
    const inSchema = new Set(leaves.map((l) => `${l.scope} ${l.path}`));
    for (const leaf of inSchema) expect(listed, leaf).toContain(leaf);
    for (const entry of listed) expect([...inSchema], entry).toContain(entry);
  });
});
