import { identityMatrix } from '../math/matrix';
import { nearestCorrelation } from '../math/nearest-correlation';
import { smallestEigenvalue } from '../math/symmetric-eigen';
import { inputVariables } from '../scenario/input-variables';
import type { Correlation } from '../scenario/uncertainty-schema';

/** The smallest eigenvalue a correlation matrix may have; below it the matrix is repaired. */
export const SMALLEST_EIGENVALUE = 1e-6;

/** The entry of the matrix that the repair changed most. */
export interface CorrelationRepair {
  /** The two variables, row below column. */
  variables: [number, number];
  /** The first listed pair that set the entry; null when none did (it was 0). */
  entry: number | null;
  from: number;
  to: number;
}

/** The correlation of an uncertainty block's variables (DOMAIN.md "Correlated inputs"). */
export interface InputCorrelation {
  /** The variables: a group's inputs together, each other input alone, in order of appearance. */
  variables: number[][];
  /** R: 1 on the diagonal, each listed rho, 0 elsewhere. */
  written: number[][];
  /** The matrix the simulation uses: R, or when R is not positive definite its nearest repair. */
  used: number[][];
  repair: CorrelationRepair | null;
}

/**
 * The matrix over the variables of a block's correlations, repaired when its smallest eigenvalue
 * is below 1e-6 (not positive definite, or too nearly singular to factor reliably); null without
 * correlations (none listed, or an empty list). The block is valid: indices name inputs of two
 * different variables, and pairs reaching the same two variables agree.
 */
export function inputCorrelation(
  inputs: readonly { group?: string }[],
  correlations: readonly Correlation[] | undefined,
): InputCorrelation | null {
  if (!correlations || correlations.length === 0) return null;
  const variables = inputVariables(inputs);
  const variableOf: number[] = [];
  variables.forEach((members, v) => members.forEach((j) => (variableOf[j] = v)));
  const n = variables.length;
  const written = identityMatrix(n);
  const setBy = new Map<string, number>();
  correlations.forEach(({ between: [i, j], rho }, k) => {
    const [a, b] = [variableOf[i], variableOf[j]];
    written[a][b] = rho;
    written[b][a] = rho;
    const key = `${Math.min(a, b)}|${Math.max(a, b)}`;
    if (!setBy.has(key)) setBy.set(key, k);
  });
  if (smallestEigenvalue(written) >= SMALLEST_EIGENVALUE) {
    return { variables, written, used: written, repair: null };
  }
  const used = nearestCorrelation(written, SMALLEST_EIGENVALUE);
  let repair: CorrelationRepair | null = null;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const change = Math.abs(used[a][b] - written[a][b]);
      if (repair === null || change > Math.abs(repair.to - repair.from)) {
        const entry = setBy.get(`${a}|${b}`) ?? null;
        repair = { variables: [a, b], entry, from: written[a][b], to: used[a][b] };
      }
    }
  }
  return { variables, written, used, repair };
}
