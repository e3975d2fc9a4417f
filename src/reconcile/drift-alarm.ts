import { fitLogRatio, usableLogRatios } from './fit-log-ratio';
import type { MonthlyCounts } from './monthly-counts';
import { studentTQuantile } from './student-t';

/** Fewest usable months before a month from which its alarm is judged (DOMAIN.md: n_j >= 4). */
export const MIN_MONTHS_FOR_ALARM = 4;

/**
 * DOMAIN.md's drift alarm, per month j: the fit of ln(vendor / buyer) on the usable months before
 * j only, and whether month j's log ratio lies above the fit's upper 95% prediction bound
 * a + b t_j + t_{0.975, n-2} sigma sqrt(1 + 1/n + (t_j - tMean)^2 / Sxx), t_j in years from the
 * first usable month (the fit's scale). null for a month with vendor or buyer 0, or with fewer
 * than 4 usable months before it. One entry per month of `counts`, in the same order.
 */
export function driftAlarm(counts: readonly MonthlyCounts[]): (boolean | null)[] {
  const points = usableLogRatios(counts);
  const byMonth = new Map(points.map((p, i) => [p.month, i]));
  return counts.map((c) => {
    const j = byMonth.get(c.month);
    if (j === undefined || j < MIN_MONTHS_FOR_ALARM) return null;
    const before = points.slice(0, j);
    const fit = fitLogRatio(before);
    const { t, y } = points[j];
    const spread = Math.sqrt(1 + 1 / fit.n + (t - fit.tMean) ** 2 / fit.sxx);
    const bound = fit.a + fit.b * t + studentTQuantile(0.975, fit.n - 2) * fit.sigma * spread;
    return y > bound;
  });
}
