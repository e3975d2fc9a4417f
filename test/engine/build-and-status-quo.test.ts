import { describe, expect, it } from 'vitest';
import { column, evaluateOne } from '../support/scenarios';
import { expectClose } from '../support/close';
import { HANDWORKED_BUILD as build } from '../support/engine-scenario-json';

describe('in-house build', () => {
  it('spends the build cost over B months, then runs; people handle the rest', () => {
    const r = evaluateOne(build);
    expect(column(r, 'buildSpend')).toEqual([1500, 1500, 0]);
    expect(column(r, 'run')).toEqual([0, 0, 600]);
    expect(column(r, 'residual')).toEqual([2000, 2000, 1000]);
    expect(r.totalCost).toBe(8600);
    expect(r.vendorCountedOutcomes).toBe(r.trueOutcomes);
    expect(r.effectivePricePerOutcome).toBeNull();
  });
  it('spends the whole cost in month 1 and is live at once when B = 0', () => {
    const r = evaluateOne({ ...build, buildMonths: 0 });
    expect(column(r, 'buildSpend')).toEqual([3000, 0, 0]);
    expect(column(r, 'run')).toEqual([600, 600, 600]);
  });
  it('escalates run costs smoothly', () => {
    const r = evaluateOne(
      { ...build, buildMonths: 0, costEscalatorAnnual: 0.1 },
      { horizonMonths: 13 },
    );
    expectClose(column(r, 'run')[12], 660);
  });
});

describe('status quo', () => {
  it('costs every contact at the inflated human cost', () => {
    const r = evaluateOne(
      { kind: 'status-quo', name: 'Status quo' },
      { horizonMonths: 13, wageInflationAnnual: 0.05 },
    );
    expect(column(r, 'total')[0]).toBe(2000);
    expectClose(column(r, 'total')[12], 2100);
    expect(r.savingsVsStatusQuo).toBe(0);
    expect(r.vendorCountedOutcomes).toBe(0);
  });
  it('follows an explicit monthly series and growth', () => {
    const series = evaluateOne(
      { kind: 'status-quo', name: 'S' },
      { demand: { contactsPerMonth: 1, contactsByMonth: [10, 20, 30, 40] } },
    );
    expect(column(series, 'contacts')).toEqual([10, 20, 30]);
    const grown = evaluateOne(
      { kind: 'status-quo', name: 'S' },
      { horizonMonths: 13, demand: { contactsPerMonth: 1000, growthAnnual: 0.2 } },
    );
    expectClose(column(grown, 'contacts')[12], 1200);
    expectClose(column(grown, 'contacts')[6], 1000 * Math.sqrt(1.2));
  });
});
