import type { PriceLock } from '../model';

export type { PriceLock };

/** Usage charged under a price lock: at most the ceiling in months 1..months, else unchanged. */
export function lockedUsage(usage: number, lock: PriceLock | undefined, month: number): number {
  return lock && month <= lock.months ? Math.min(usage, lock.monthlyCeiling) : usage;
}
