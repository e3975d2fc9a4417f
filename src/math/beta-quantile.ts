import { incompleteBetaGiven, logBeta } from './incomplete-beta';

/**
 * The x in [0, 1] with I_x(a, b) = p, for a, b >= 1: Newton steps on the CDF, kept inside a
 * bisection bracket so that a step never leaves it, to an absolute 1e-13. `start` is the first
 * guess (the mean by default; a neighbouring quantile converges in a few steps).
 */
export function betaQuantile(
  p: number,
  a: number,
  b: number,
  lnBeta = logBeta(a, b),
  start = a / (a + b),
): number {
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let lo = 0;
  let hi = 1;
  let x = start > 0 && start < 1 ? start : a / (a + b);
  for (let i = 0; i < 200; i++) {
    const f = incompleteBetaGiven(a, b, x, lnBeta) - p;
    if (f === 0) return x;
    if (f < 0) lo = x;
    else hi = x;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x) - lnBeta);
    let next = x - f / density;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - x) < 1e-13 || hi - lo < 1e-13) return next;
    x = next;
  }
  return x;
}
