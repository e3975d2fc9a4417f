import { describe, expect, it } from 'vitest';
import { anniversaryFactor } from '../../src/engine/time';
import { slaCredit } from '../../src/engine/pricing/sla';
import { column, evaluateOne, vendor } from '../support/scenarios';
import { expectClose } from '../support/close';

describe('escalators step at each contract anniversary', () => {
  it('holds prices through month 12 and raises them in month 13', () => {
    expect(anniversaryFactor(0.1, 12)).toBe(1);
    expectClose(anniversaryFactor(0.1, 13), 1.1);
    expectClose(anniversaryFactor(0.1, 25), 1.21);
    const r = evaluateOne(
      vendor({ unit: 'outcome', price: 1, platformFeeMonthly: 100, escalatorAnnual: 0.1 }),
      {
        horizonMonths: 14,
      },
    );
    const usage = column(r, 'usage');
    const platform = column(r, 'platform');
    expect(usage[11]).toBe(500);
    expectClose(usage[12], 550);
    expectClose(platform[13], 110);
  });
});

describe('SLA credits', () => {
  const sla = { guaranteedResolutionRate: 0.6, creditRate: 0.1 };
  it('credit a share of usage when the true resolution rate misses the guarantee', () => {
    expect(slaCredit(1000, 0.5, true, sla)).toBe(100);
    expect(slaCredit(1000, 0.6, true, sla)).toBe(0);
    expect(slaCredit(1000, 0.5, false, sla)).toBe(0);
    expect(slaCredit(1000, 0.5, true, undefined)).toBe(0);
  });
  it('reduce the usage charged, not while onboarding', () => {
    const r = evaluateOne(vendor({ unit: 'outcome', price: 1, sla }, { onboardingMonths: 1 }));
    expect(column(r, 'slaCredit')).toEqual([0, 50, 50]);
    expect(column(r, 'usage')).toEqual([0, 450, 450]);
  });
});
