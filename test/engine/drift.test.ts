import { describe, expect, it } from 'vitest';
import { driftDiscount, overcountRatio } from '../../src/engine/drift';
import { column, evaluateOne, vendor } from '../support/scenarios';
import { expectClose } from '../support/close';

describe('overcount and drift', () => {
  it('drifts the ratio smoothly: k0 * (1 + D)^((m - 1) / 12)', () => {
    expect(overcountRatio(1.1, 0.2, 1)).toBe(1.1);
    expectClose(overcountRatio(1.1, 0.2, 13), 1.32);
    expectClose(overcountRatio(1.1, 0.2, 7), 1.1 * Math.sqrt(1.2));
  });
  it('inflates the billed count month by month', () => {
    const r = evaluateOne(
      vendor({ unit: 'outcome', price: 1 }, { overcount: { initialRatio: 1, driftAnnual: 0.2 } }),
      {
        horizonMonths: 13,
      },
    );
    expectClose(column(r, 'vendorCountedOutcomes')[12], 600);
    expectClose(column(r, 'vendorCountedOutcomes')[6], 500 * Math.sqrt(1.2));
  });
});

describe('drift discount', () => {
  it('follows DOMAIN.md exactly', () => {
    expectClose(driftDiscount(0.2, 2), 1 - 2 / (1 + Math.pow(1.2, 1 / 12)));
    expect(driftDiscount(0, 24)).toBe(0);
  });
  it('gives 10% to 20% for 12% to 25% annual drift over 24 months', () => {
    for (const drift of [0.12, 0.15, 0.2, 0.25]) {
      const d = driftDiscount(drift, 24);
      expect(d).toBeGreaterThanOrEqual(0.1);
      expect(d).toBeLessThanOrEqual(0.2);
    }
  });
  it('weights later months more when volume grows', () => {
    expect(driftDiscount(0.2, 24, 0.3)).toBeGreaterThan(driftDiscount(0.2, 24, 0));
  });
  it('makes the buyer whole: the discounted drifting bill equals the undrifted one', () => {
    const months = 24;
    const plain = evaluateOne(vendor({ unit: 'outcome', price: 1 }), { horizonMonths: months });
    const d = driftDiscount(0.2, months);
    const drifting = evaluateOne(
      vendor({ unit: 'outcome', price: 1 - d }, { overcount: { driftAnnual: 0.2 } }),
      {
        horizonMonths: months,
      },
    );
    const charges = (r: typeof plain) => column(r, 'usage').reduce((a, b) => a + b, 0);
    expectClose(charges(drifting), charges(plain));
  });
});
