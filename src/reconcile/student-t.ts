// Student's t distribution, for the interval of the drift estimate: the regularized incomplete
// beta function (src/math/incomplete-beta.ts), and the quantile by bisection.
import { incompleteBeta } from '../math/incomplete-beta';

/** P(T <= t) for Student's t with df degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / 2, 0.5, df / (df + t * t));
  return t >= 0 ? 1 - tail : tail;
}

/** The t with P(T <= t) = p. */
export function studentTQuantile(p: number, df: number): number {
  let lo = -1e4;
  let hi = 1e4;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
