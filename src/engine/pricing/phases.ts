import type { Phase } from '../model';

export type { Phase };

/** The price factor of month m: that of the phase holding it (phases run from month 1), else 1. */
export function phaseFactor(phases: readonly Phase[] | undefined, month: number): number {
  if (!phases) return 1;
  let end = 0;
  for (const phase of phases) {
    end += phase.months;
    if (month <= end) return phase.priceFactor;
  }
  return 1;
}
