import { describe, expect, it } from 'vitest';
import { lockedUsage } from '../../src/engine/pricing/price-lock';
import { column, evaluateOne, vendor } from '../support/scenarios';
import { expectSteadyYearWithout } from '../support/engine-outcome-vendor';

const priceLock = { months: 2, monthlyCeiling: 300 };

describe('price lock', () => {
  it('caps usage at the monthly ceiling in the locked months only', () => {
    expect(lockedUsage(500, priceLock, 2)).toBe(300);
    expect(lockedUsage(200, priceLock, 1)).toBe(200);
    expect(lockedUsage(500, priceLock, 3)).toBe(500);
    const r = evaluateOne(vendor({ unit: 'outcome', price: 1, priceLock }));
    expect(column(r, 'usage')).toEqual([300, 300, 500]);
  });

  it('applies after the SLA credit and before the annual cap, which counts what was charged', () => {
    const r = evaluateOne(
      vendor({
        unit: 'outcome',
        price: 1,
        priceLock: { months: 2, monthlyCeiling: 350 },
        annualCap: 1000,
        sla: { guaranteedResolutionRate: 0.6, creditRate: 0.4 },
      }),
    );
    // owed 500 - 200 = 300, under the 350 lock; the cap then leaves 1000 - 600 = 400 > 300
    expect(column(r, 'usage')).toEqual([300, 300, 300]);
    const capped = evaluateOne(vendor({ unit: 'outcome', price: 1, priceLock, annualCap: 1000 }));
    // 300 + 300 charged under the lock, then min(500, 1000 - 600)
    expect(column(capped, 'usage')).toEqual([300, 300, 400]);
  });

  it('is left out of the steady-state year', () => {
    expectSteadyYearWithout({ priceLock });
  });
});
