import { formatNumber, formatPercent } from '../text/format';
import type { MeasuredOvercount } from './apply-drift';
import type { DriftEstimate } from './estimate-drift';

/** Fewest usable months from which a measured drift is written into a bid (DOMAIN.md). */
export const MIN_MONTHS_FOR_DRIFT = 6;

/** Widest 95% interval of D, high - low, at which a measured drift is still written into a bid. */
export const MAX_DRIFT_INTERVAL_WIDTH = 0.5;

/** Whether a measured drift may be written into a bid, and when not, why. */
export interface DriftVerdict {
  driftApplied: boolean;
  /** null when the drift is applied */
  driftReason: string | null;
}

/** A rate as a signed whole percent: -96%, 0%, +586%. */
function signedPercent(rate: number): string {
  const whole = Math.round(rate * 100);
  if (whole === 0) return '0%';
  return `${whole > 0 ? '+' : '-'}${formatNumber(Math.abs(whole))}%`;
}

/** Points of width: whole, unless that would read as the limit itself. */
function points(width: number): string {
  const shown = Math.round(width * 100);
  return shown === MAX_DRIFT_INTERVAL_WIDTH * 100 ? (width * 100).toFixed(1) : String(shown);
}

/**
 * DOMAIN.md's rule for a bid: k0 is always applied; D only when the fit has at least 6 usable
 * months and the 95% interval of D is narrower than 50 points. Otherwise the bid keeps its own
 * drift, and the reason says why in figures.
 */
export function driftVerdict(estimate: DriftEstimate): DriftVerdict {
  const { low, high } = estimate.interval.driftAnnual;
  const interval = `${formatPercent(estimate.confidence, 0)} interval ${signedPercent(low)} to ${signedPercent(high)}`;
  if (estimate.monthsUsed < MIN_MONTHS_FOR_DRIFT)
    return {
      driftApplied: false,
      driftReason: `drift cannot be told from ${estimate.monthsUsed} months: ${interval}`,
    };
  const width = high - low;
  if (!(width < MAX_DRIFT_INTERVAL_WIDTH))
    return {
      driftApplied: false,
      driftReason: `drift not applied: its ${interval} is ${points(width)} points wide (needs < ${MAX_DRIFT_INTERVAL_WIDTH * 100})`,
    };
  return { driftApplied: true, driftReason: null };
}

/** The verdict when there is no fit at all (fewer than 3 usable months): the problem says why. */
export function noFitVerdict(problem: string): DriftVerdict {
  return { driftApplied: false, driftReason: problem };
}

/** What the estimate writes into a bid under the verdict: k0, and D only when applied. */
export function overcountToApply(
  estimate: DriftEstimate,
  verdict: DriftVerdict,
): MeasuredOvercount {
  return {
    initialRatio: estimate.initialRatio,
    driftAnnual: verdict.driftApplied ? estimate.driftAnnual : null,
  };
}
