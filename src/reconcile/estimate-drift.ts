import { InputProblem } from './input-problem';
import type { MonthlyCounts } from './monthly-counts';
import { studentTQuantile } from './student-t';

export interface Interval {
  low: number;
  high: number;
}

export interface DriftEstimate {
  /** k0: the overcount ratio in the first month */
  initialRatio: number;
  /** D: the annual drift of the ratio */
  driftAnnual: number;
  /** two-sided intervals at `confidence` for each */
  interval: { initialRatio: Interval; driftAnnual: Interval };
  confidence: number;
  /** months that entered the fit (those where both counts are positive) */
  monthsUsed: number;
  /** standard error of the residuals of ln(ratio) */
  residualStandardError: number;
}

function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return year * 12 + (m - 1);
}

/**
 * Fits ln(vendor / buyer) = ln k0 + t * ln(1 + D), with t = (months since the first month) / 12,
 * by ordinary least squares, so that k(m) = k0 * (1 + D)^((m - 1) / 12) as in DOMAIN.md. The
 * intervals are the t-intervals of the intercept and slope, mapped through exp.
 */
export function estimateDrift(counts: readonly MonthlyCounts[], confidence = 0.95): DriftEstimate {
  const usable = counts.filter((c) => c.vendorCount > 0 && c.buyerCount > 0);
  if (usable.length < 3)
    throw new InputProblem(
      `estimating drift needs at least 3 months with both counts above zero, got ${usable.length}`,
    );
  if (!(confidence > 0 && confidence < 1))
    throw new InputProblem(`confidence must be between 0 and 1, got ${confidence}`);
  const first = monthIndex(usable[0].month);
  const x = usable.map((c) => (monthIndex(c.month) - first) / 12);
  const y = usable.map((c) => Math.log(c.vendorCount / c.buyerCount));
  const n = x.length;
  const meanX = x.reduce((s, v) => s + v, 0) / n;
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (x[i] - meanX) ** 2;
    sxy += (x[i] - meanX) * (y[i] - meanY);
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (y[i] - intercept - slope * x[i]) ** 2;
  const sigma = Math.sqrt(sse / (n - 2));
  const slopeSe = sigma / Math.sqrt(sxx);
  const interceptSe = sigma * Math.sqrt(1 / n + (meanX * meanX) / sxx);
  const t = studentTQuantile(1 - (1 - confidence) / 2, n - 2);
  return {
    initialRatio: Math.exp(intercept),
    driftAnnual: Math.exp(slope) - 1,
    interval: {
      initialRatio: {
        low: Math.exp(intercept - t * interceptSe),
        high: Math.exp(intercept + t * interceptSe),
      },
      driftAnnual: {
        low: Math.exp(slope - t * slopeSe) - 1,
        high: Math.exp(slope + t * slopeSe) - 1,
      },
    },
    confidence,
    monthsUsed: n,
    residualStandardError: sigma,
  };
}
