import type { LogRatioFit } from './fit-log-ratio';
import { InputProblem } from './input-problem';
import type { MonthlyCounts } from './monthly-counts';
import { MIN_MONTHS_FOR_FIT } from './estimate-drift';

/** A normal range: its mean and standard deviation (an sd of 0 is written as a point). */
export interface NormalRange {
  mean: number;
  sd: number;
}

/**
 * What a pilot tells about a vendor bid as ranges (DOMAIN.md "As ranges"): k0 and D from the
 * fit with the delta method's sds, their correlation, and the vendor's true resolution rate on
 * the pilot's contacts with its binomial sd.
 */
export interface CalibratedRanges {
  /** normal, mean k0 = e^a, sd k0 * se_a */
  initialRatio: NormalRange;
  /** normal, mean D = e^b - 1, sd (1 + D) * se_b */
  driftAnnual: NormalRange;
  /** cov_ab / (se_a se_b); null when the fit is exact (both sds 0) */
  rho: number | null;
  /** normal, mean r = outcomes / contacts, sd sqrt(r (1 - r) / contacts) */
  resolutionRate: NormalRange;
  /** usable months in the fit: n */
  monthsUsed: number;
  /** the buyer's outcomes over all months */
  outcomes: number;
  /** the export's rows (contacts) over all months */
  contacts: number;
}

/** The pilot's ranges from its fit and its monthly counts (every month, usable or not). */
export function calibratedRanges(
  fit: LogRatioFit,
  counts: readonly Pick<MonthlyCounts, 'contacts' | 'buyerCount'>[],
): CalibratedRanges {
  if (!(fit.n >= MIN_MONTHS_FOR_FIT))
    throw new InputProblem(
      `ranges need a fit of at least ${MIN_MONTHS_FOR_FIT} months with both counts above zero, got ${fit.n}`,
    );
  const contacts = counts.reduce((sum, c) => sum + c.contacts, 0);
  const outcomes = counts.reduce((sum, c) => sum + c.buyerCount, 0);
  if (!(contacts > 0))
    throw new InputProblem(`the resolution rate needs contacts in the export, got ${contacts}`);
  const k0 = Math.exp(fit.a);
  const drift = Math.exp(fit.b) - 1;
  const rate = outcomes / contacts;
  const exact = fit.seA === 0 || fit.seB === 0;
  return {
    initialRatio: { mean: k0, sd: k0 * fit.seA },
    driftAnnual: { mean: drift, sd: (1 + drift) * fit.seB },
    rho: exact ? null : fit.covAB / (fit.seA * fit.seB),
    resolutionRate: { mean: rate, sd: Math.sqrt((rate * (1 - rate)) / contacts) },
    monthsUsed: fit.n,
    outcomes,
    contacts,
  };
}
