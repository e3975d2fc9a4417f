import { driftVerdict, noFitVerdict, type DriftVerdict } from './drift-verdict';
import { estimateDrift, type DriftEstimate } from './estimate-drift';
import { InputProblem } from './input-problem';
import type { MonthlyCounts } from './monthly-counts';

/** The measured drift and its verdict; `problem` says why there is no fit (too few months). */
export interface DriftReading {
  drift: DriftEstimate | null;
  verdict: DriftVerdict;
  problem: string | null;
}

/** Fits the drift of the monthly counts when it can, and says why when it cannot. */
export function readDrift(counts: readonly MonthlyCounts[]): DriftReading {
  try {
    const drift = estimateDrift(counts);
    return { drift, verdict: driftVerdict(drift), problem: null };
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    return { drift: null, verdict: noFitVerdict(error.message), problem: error.message };
  }
}
