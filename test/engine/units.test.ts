import { describe, expect, it } from 'vitest';
import { column, evaluateOne, vendor } from '../support/scenarios';
import { expectClose } from '../support/close';

// Three months, 1,000 contacts a month at $2 per contact handled by people.
describe('billed units by charge unit', () => {
  it('outcome: vendor-counted outcomes, k0 = 1.2 over r = 0.5', () => {
    const r = evaluateOne(
      vendor({ unit: 'outcome', price: 1 }, { overcount: { initialRatio: 1.2 } }),
    );
    expect(column(r, 'trueOutcomes')).toEqual([500, 500, 500]);
    expect(column(r, 'vendorCountedOutcomes')).toEqual([600, 600, 600]);
    expect(column(r, 'usage')).toEqual([600, 600, 600]);
    expect(column(r, 'residual')).toEqual([1000, 1000, 1000]);
    expect(r.totalCost).toBe(4800);
    expectClose(r.effectivePricePerOutcome, 1.2); // 1,800 charged for 1,500 true outcomes
  });

  it('outcome: the count never exceeds contacts', () => {
    const r = evaluateOne(
      vendor(
        { unit: 'outcome', price: 1 },
        { resolutionRate: 0.9, overcount: { initialRatio: 1.2 } },
      ),
    );
    expect(column(r, 'vendorCountedOutcomes')).toEqual([1000, 1000, 1000]);
  });

  it('contact: 1.3 conversation windows per contact at $2', () => {
    const r = evaluateOne(
      vendor({ unit: 'contact', unitsPerContact: 1.3, price: 2 }, { resolutionRate: 0.6 }),
    );
    column(r, 'billedUnits').forEach((u) => expectClose(u, 1300));
    column(r, 'usage').forEach((u) => expectClose(u, 2600));
    column(r, 'total').forEach((t) => expectClose(t, 2600 + 400 * 2));
  });

  it('action: 20 actions per contact at $0.10', () => {
    const r = evaluateOne(vendor({ unit: 'action', unitsPerContact: 20, price: 0.1 }));
    column(r, 'usage').forEach((u) => expectClose(u, 2000));
  });

  it('token: 50,000 tokens per contact at $10 per million', () => {
    const r = evaluateOne(vendor({ unit: 'token', unitsPerContact: 50000, price: 10 }));
    column(r, 'billedUnits').forEach((u) => expectClose(u, 50));
    column(r, 'usage').forEach((u) => expectClose(u, 500));
  });

  it('seat: billed from month 1, onboarding included; people handle everything while onboarding', () => {
    const r = evaluateOne(
      vendor({ unit: 'seat', seats: 10, price: 100 }, { resolutionRate: 0.2, onboardingMonths: 1 }),
    );
    expect(column(r, 'usage')).toEqual([1000, 1000, 1000]);
    expect(column(r, 'residual')).toEqual([2000, 1600, 1600]);
    expect(r.totalCost).toBe(8200);
  });

  it('none: no usage, only fees', () => {
    const r = evaluateOne(vendor({ unit: 'none', platformFeeMonthly: 100, oneTimeFee: 50 }));
    expect(column(r, 'usage')).toEqual([0, 0, 0]);
    expect(column(r, 'platform')).toEqual([100, 100, 100]);
    expect(column(r, 'oneTime')).toEqual([50, 0, 0]);
    expect(r.totalCost).toBe(3 * 100 + 50 + 3 * 1000);
  });

  it('onboarding: nothing is resolved or billed per unit until live; oversight and platform run from month 1', () => {
    const r = evaluateOne(
      vendor(
        { unit: 'outcome', price: 1, platformFeeMonthly: 100 },
        { onboardingMonths: 2, oversightMonthly: 40 },
      ),
    );
    expect(column(r, 'trueOutcomes')).toEqual([0, 0, 500]);
    expect(column(r, 'usage')).toEqual([0, 0, 500]);
    expect(column(r, 'platform')).toEqual([100, 100, 100]);
    expect(column(r, 'total')).toEqual([2000 + 140, 2000 + 140, 500 + 100 + 1000 + 40]);
  });
});
