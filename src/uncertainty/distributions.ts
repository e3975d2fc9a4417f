import { betaQuantile } from '../math/beta-quantile';
import { ascendingIndices } from '../math/ranks';
import { logBeta } from '../math/incomplete-beta';
import { normalQuantile } from '../math/normal-quantile';
import type { UncertaintyInput } from '../scenario/uncertainty-schema';
import { supportOf } from '../scenario/support';

// The four distributions of DOMAIN.md by their inverse CDFs, written here (no library): uniform
// and triangular in closed form, Beta-PERT through the incomplete beta function, the normal by
// Wichura's AS 241.

/** The indices of probabilities in ascending order, ties in index order (src/math/ranks.ts). */
export { ascendingIndices as ascendingOrder } from '../math/ranks';

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
  const order = ascendingIndices(p);
  const out = new Float64Array(p.length);
  let previous = a / (a + b);
  let previousP = -1;
  for (const i of order) {
    // Start from the neighbouring quantile moved along the density (one Newton step saved).
    let start = previous;
    if (previousP >= 0 && previous > 0 && previous < 1) {
      const density = Math.exp(
        (a - 1) * Math.log(previous) + (b - 1) * Math.log(1 - previous) - lnBeta,
      );
      const moved = previous + (p[i] - previousP) / density;
      if (moved > 0 && moved < 1) start = moved;
    }
    previous = betaQuantile(p[i], a, b, lnBeta, start);
    previousP = p[i];
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
