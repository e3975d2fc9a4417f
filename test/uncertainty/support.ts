import type { Scenario } from '../../src/scenario/schema';
import { RANGEABLE_FIELDS } from '../../src/scenario/rangeable-fields';
import { valueAtPath, parseFieldPath } from '../../src/scenario/field-path';

export { valid } from '../support/valid-scenario';

export interface Candidate {
  option?: string;
  field: string;
  base: number;
}

/** Every number of a parsed scenario the catalogue lets take a range, with its base value. */
export function candidates(scenario: Scenario): Candidate[] {
  const out: Candidate[] = [];
  const visit = (root: unknown, scope: string, option?: string) => {
    for (const entry of RANGEABLE_FIELDS) {
      if (entry.scope !== scope) continue;
      const paths = entry.path.includes('[]') ? expandArrays(root, entry.path) : [entry.path];
      for (const path of paths) {
        const v = valueAtPath(root, parseFieldPath(path)!);
        const base =
          typeof v === 'number'
            ? v
            : entry.fallback?.(scenario, root === scenario ? undefined : (root as any));
        if (base === undefined) continue;
        if (scope === 'scenario' && scenario.demand.contactsByMonth && path.startsWith('demand.'))
          continue;
        out.push({ ...(option === undefined ? {} : { option }), field: path, base });
      }
    }
  };
  visit(scenario, 'scenario');
  for (const o of scenario.options) visit(o, o.kind, o.name);
  return out;
}

function expandArrays(root: unknown, pattern: string): string[] {
  const [head, ...rest] = pattern.split('[]');
  const array = valueAtPath(root, parseFieldPath(head)!);
  if (!Array.isArray(array)) return [];
  return array.map((_, i) => `${head}[${i}]${rest.join('[]')}`);
}
