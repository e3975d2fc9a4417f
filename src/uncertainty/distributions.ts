import { betaQuantile } from '../math/beta-quantile';
import { logBeta } from '../math/incomplete-beta';
import { normalQuantile } from '../math/normal-quantile';
import type { UncertaintyInput } from './schema';

// The four distributions of DOMAIN.md by their inverse CDFs, written here (no library): uniform
// and triangular in closed form, Beta-PERT through the incomplete beta function, the normal by
// Wichura's AS 241.

/** How far either side of the mean a normal input reaches. */
export const NORMAL_SUPPORT_SDS = 4;

/** [low, high] of a distribution; a normal's is mean +- 4 sd. */
export function supportOf(input: UncertaintyInput): [number, number] {
  if (input.dist === 'normal') {
    return [input.mean - NORMAL_SUPPORT_SDS * input.sd, input.mean + NORMAL_SUPPORT_SDS * input.sd];
  }
  return [input.low, input.high];
}

/** Beta-PERT shape parameters: alpha = 1 + 4 (mode - low) / (high - low), beta likewise. */
export function pertShape(low: number, mode: number, high: number): [number, number] {
  const width = high - low;
  return [1 + (4 * (mode - low)) / width, 1 + (4 * (high - mode)) / width];
}

/**
 * Beta-PERT values at many probabilities: solved in ascending order of p, each search starting
 * from the previous value, so a simulation's draws take a few Newton steps each.
 */
export function pertQuantiles(
  input: { low: number; mode: number; high: number },
  p: Float64Array,
): Float64Array {
  const { low, mode, high } = input;
  const [a, b] = pertShape(low, mode, high);
  const lnBeta = logBeta(a, b);
  const order = Array.from(p.keys()).sort((i, j) => p[i] - p[j]);
  const out = new Float64Array(p.length);
  let previous = a / (a + b);
  for (const i of order) {
    previous = betaQuantile(p[i], a, b, lnBeta, previous);
    out[i] = low + (high - low) * previous;
  }
  return out;
}

/**
 * The inverse CDF of an input's distribution, as a function of p in [0, 1]. A normal's value is
 * clamped to its support, so p = 0 and p = 1 give its ends.
 */
export function quantileFunction(input: UncertaintyInput): (p: number) => number {
  switch (input.dist) {
    case 'uniform': {
      const { low, high } = input;
      return (p) => low + p * (high - low);
    }
    case 'triangular': {
      const { low, mode, high } = input;
      const width = high - low;
      const split = (mode - low) / width;
      return (p) =>
        p < split
          ? low + Math.sqrt(p * width * (mode - low))
          : high - Math.sqrt((1 - p) * width * (high - mode));
    }
    case 'pert': {
      const { low, mode, high } = input;
      const [a, b] = pertShape(low, mode, high);
      const lnBeta = logBeta(a, b);
      return (p) => low + (high - low) * betaQuantile(p, a, b, lnBeta);
    }
    case 'normal': {
      const [min, max] = supportOf(input);
      const { mean, sd } = input;
      return (p) => Math.min(max, Math.max(min, mean + sd * normalQuantile(p)));
    }
  }
}
