import { lockedUsage } from '../engine/pricing/price-lock';
import type { PriceLock } from '../engine/model';
import type { RowContext, ScheduleColumn } from './schedule-column';

/**
 * Price lock (DOMAIN.md "More vendor terms"): in months 1..months the usage owed after the SLA
 * credit is at most the monthly ceiling; the annual cap then applies to what is left.
 */
export function priceLockColumn(
  lock: PriceLock,
  fields: Record<string, string>,
  owed: (c: RowContext) => string,
  owedValue: (m: number) => number,
): ScheduleColumn {
  return {
    key: 'owedAfterLock',
    header: 'Owed after the price lock',
    numFmt: 'money',
    formula: (c) =>
      `IF($A${c.row}<=${fields.lockMonths},MIN(${owed(c)},${fields.lockCeiling}),${owed(c)})`,
    value: (m) => lockedUsage(owedValue(m), lock, m),
  };
}
