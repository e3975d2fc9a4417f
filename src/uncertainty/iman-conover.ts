import { cholesky, lowerInverse } from '../math/cholesky';
import { identityMatrix, multiply, type Matrix } from '../math/matrix';
import { normalQuantile } from '../math/normal-quantile';
import { ascendingIndices } from '../math/ranks';

/**
 * The scores in a seeded random order: a Fisher-Yates shuffle, as the Latin hypercube's slices
 * are shuffled (the same swaps on a copy of the scores as on the indices 0..n-1).
 */
function shuffled(scores: Float64Array, random: () => number): Float64Array {
  const column = Float64Array.from(scores);
  for (let t = column.length - 1; t > 0; t--) {
    const k = Math.floor(random() * (t + 1));
    const swap = column[t];
    column[t] = column[k];
    column[k] = swap;
  }
  return column;
}

/**
 * Iman and Conover's method (1982), as DOMAIN.md states it: each variable's T draws are
 * reordered, in place, so that their ranks follow the ranks of a column of normal scores with
 * correlation R. The score matrix S has, in each column, the van der Waerden scores
 * Phi^-1(t / (T + 1)), t = 1..T, in a random order of its own (one Fisher-Yates shuffle per
 * variable, in variable order, from `random`); with E = corr(S), P = chol(R) and Q = chol(E),
 * S* = S (Q^-1)^T P^T, i.e. each row s of S becomes P Q^-1 s. The draws themselves are not
 * changed, only their order, so each variable's distribution is exactly as drawn.
 */
export function imanConover(draws: Float64Array[], correlation: Matrix, random: () => number) {
  const n = draws.length;
  const trials = n === 0 ? 0 : draws[0].length;
  const scores = new Float64Array(trials);
  for (let t = 0; t < trials; t++) scores[t] = normalQuantile((t + 1) / (trials + 1));
  const columns = draws.map(() => shuffled(scores, random));
  const p = cholesky(correlation);
  const q = cholesky(correlationOf(columns));
  if (!p || !q) throw new Error('Iman-Conover: a correlation matrix is not positive definite');
  const mix = multiply(p, lowerInverse(q)); // lower triangular, as P and Q^-1 are
  const target = new Float64Array(trials);
  for (let v = 0; v < n; v++) {
    target.fill(0);
    for (let w = 0; w <= v; w++) {
      const m = mix[v][w];
      const column = columns[w];
      for (let t = 0; t < trials; t++) target[t] += m * column[t];
    }
    const drawn = Float64Array.from(draws[v]);
    const byValue = ascendingIndices(drawn);
    const byTarget = ascendingIndices(target);
    const out = draws[v];
    for (let k = 0; k < trials; k++) out[byTarget[k]] = drawn[byValue[k]];
  }
}

/** The Pearson correlation matrix of the columns. */
function correlationOf(columns: Float64Array[]): number[][] {
  const n = columns.length;
  const centred = columns.map((column) => {
    const trials = column.length;
    let mean = 0;
    for (let t = 0; t < trials; t++) mean += column[t];
    mean /= trials;
    const out = new Float64Array(trials);
    for (let t = 0; t < trials; t++) out[t] = column[t] - mean;
    return out;
  });
  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let t = 0; t < a.length; t++) sum += a[t] * b[t];
    return sum;
  };
  const norms = centred.map((column) => Math.sqrt(dot(column, column)));
  const e = identityMatrix(n);
  for (let v = 0; v < n; v++) {
    for (let w = 0; w < v; w++) {
      e[v][w] = e[w][v] = dot(centred[v], centred[w]) / (norms[v] * norms[w]);
    }
  }
  return e;
}
