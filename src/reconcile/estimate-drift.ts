import { fitLogRatio, usableLogRatios, type LogRatioFit } from './fit-log-ratio';
import { InputProblem } from './input-problem';
import type { MonthlyCounts } from './monthly-counts';
import { studentTQuantile } from './student-t';

export interface Interval {
  low: number;
  high: number;
}

/** Fewest usable months a fit is made from (DOMAIN.md: no fit below n = 3). */
export const MIN_MONTHS_FOR_FIT = 3;

/**
 * The measured overcount: DOMAIN.md's fit of ln(vendor / buyer) on time (a, b, sigma, seA, seB,
 * covAB, n, tMean, sxx), and what it means for a bid: k0 = e^a, D = e^b - 1, with intervals.
 */
export interface DriftEstimate extends LogRatioFit {
  /** k0: the overcount ratio in the first usable month */
  initialRatio: number;
  /** D: the annual drift of the ratio */
  driftAnnual: number;
  /** two-sided intervals at `confidence` for each: Student's t with n - 2 degrees of freedom, through exp */
  interval: { initialRatio: Interval; driftAnnual: Interval };
  confidence: number;
  /** the t quantile the intervals use */
  tQuantile: number;
  /** months that entered the fit (those where both counts are positive): n */
  monthsUsed: number;
  /** standard error of the residuals of ln(ratio): sigma */
  residualStandardError: number;
}

/**
 * Fits ln(vendor / buyer) = ln k0 + t * ln(1 + D) over the usable months (usableLogRatios), by
 * ordinary least squares (fitLogRatio), so that k(m) = k0 * (1 + D)^((m - 1) / 12) as in
 * DOMAIN.md. The intervals are the t-intervals of the intercept and slope, mapped through exp.
 */
export function estimateDrift(counts: readonly MonthlyCounts[], confidence = 0.95): DriftEstimate {
  const points = usableLogRatios(counts);
  if (points.length < MIN_MONTHS_FOR_FIT)
    throw new InputProblem(
      `estimating drift needs at least ${MIN_MONTHS_FOR_FIT} months with both counts above zero, got ${points.length}`,
    );
  if (!(confidence > 0 && confidence < 1))
    throw new InputProblem(`confidence must be between 0 and 1, got ${confidence}`);
  const fit = fitLogRatio(points);
  const t = studentTQuantile(1 - (1 - confidence) / 2, fit.n - 2);
  return {
    ...fit,
    initialRatio: Math.exp(fit.a),
    driftAnnual: Math.exp(fit.b) - 1,
    interval: {
      initialRatio: { low: Math.exp(fit.a - t * fit.seA), high: Math.exp(fit.a + t * fit.seA) },
      driftAnnual: {
        low: Math.exp(fit.b - t * fit.seB) - 1,
        high: Math.exp(fit.b + t * fit.seB) - 1,
      },
    },
    confidence,
    tQuantile: t,
    monthsUsed: fit.n,
    residualStandardError: fit.sigma,
  };
}
