import type { z } from 'zod';
import { inputVariables, variableOfInput } from './input-variables';

// The rules of `uncertainty.correlations` that need the whole block (DOMAIN.md "Correlated
// inputs"): each index names an input, a pair never lies inside one group, and two pairs that
// reach the same two variables agree. A matrix that is not positive definite is no error: it is
// repaired, with a warning (src/uncertainty/uncertainty-warnings.ts).

type Loose = Record<string, unknown>;

const isIndex = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;

export function checkCorrelations(block: Loose, ctx: z.RefinementCtx): void {
  const { inputs, correlations } = block;
  if (!Array.isArray(inputs) || !Array.isArray(correlations)) return;
  const count = inputs.length;
  const variableOf = variableOfInput(inputVariables(inputs as { group?: string }[]));
  const seen = new Map<string, { entry: number; rho: unknown }>();
  correlations.forEach((pair: unknown, k) => {
    const between = (pair as Loose | null)?.between;
    if (!Array.isArray(between) || between.length !== 2) return;
    let inside = true;
    between.forEach((index, end) => {
      if (!isIndex(index)) {
        inside = false;
        return;
      }
      if (index >= count) {
        inside = false;
        ctx.addIssue({
          code: 'custom',
          path: ['correlations', k, 'between', end],
          input: index,
          message: `no input ${index}: inputs has ${count} entr${count === 1 ? 'y' : 'ies'} (indices 0 to ${count - 1})`,
        });
      }
    });
    const [i, j] = between as number[];
    if (!inside || i === j) return;
    const [a, b] = [variableOf[i], variableOf[j]];
    if (a === b) {
      const group = (inputs[i] as Loose).group;
      ctx.addIssue({
        code: 'custom',
        path: ['correlations', k, 'between'],
        input: between,
        message: `inputs ${i} and ${j} are both in group ${JSON.stringify(group)}, which moves together already (one draw drives them); correlate inputs of different groups`,
      });
      return;
    }
    const rho = (pair as Loose).rho;
    const end = (index: number) => {
      const group = (inputs[index] as Loose | null)?.group;
      return typeof group === 'string'
        ? `input ${index} (group ${JSON.stringify(group)})`
        : `input ${index}`;
    };
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, { entry: k, rho });
      return;
    }
    if (first.rho !== rho && typeof rho === 'number' && typeof first.rho === 'number') {
      ctx.addIssue({
        code: 'custom',
        path: ['correlations', k, 'rho'],
        input: rho,
        message: `correlations[${first.entry}] already gives ${end(i)} and ${end(j)} rho ${first.rho}; two pairs reaching the same two variables must agree`,
      });
    }
  });
}
