import { describe, expect, it } from 'vitest';
import { prepaidDrawdown } from '../../src/engine/prepaid';
import { vendorSteadyYearLines } from '../../src/engine/crossover/steady-year';
import type { VendorOption } from '../../src/engine/model';
import { column, evaluateOne, smallScenario, vendor } from '../support/scenarios';

describe('prepaid credit', () => {
  it('draws the prepayment down, rolls a share over at the year end and expires the rest', () => {
    // 500 a month against 7,200 a year: 1,200 left at month 12, half carried into year 2
    const r = evaluateOne(
      vendor({ unit: 'outcome', price: 1, prepaid: { annualAmount: 7200, rolloverShare: 0.5 } }),
      { horizonMonths: 18 },
    );
    const prepayment = column(r, 'prepayment');
    expect(prepayment[0]).toBe(7200);
    // a final partial year of 6 months prepays half
    expect(prepayment[12]).toBe(3600);
    expect(prepayment.reduce((a, b) => a + b)).toBe(10800);
    expect(column(r, 'prepaidDrawn')).toEqual(Array(18).fill(500));
    const expired = column(r, 'prepaidExpired');
    expect(expired[11]).toBe(600);
    // at month H everything left expires: 3,600 + 600 carried - 3,000 drawn
    expect(expired[17]).toBe(1200);
    expect(expired.filter((v) => v !== 0)).toHaveLength(2);
    // cash: the prepayments and nothing else
    const charges = column(r, 'vendorCharges');
    expect(charges[0]).toBe(7200);
    expect(charges[1]).toBe(0);
    expect(charges[12]).toBe(3600);
    expect(r.effectivePricePerOutcome).toBe(10800 / (500 * 18));
  });

  it('bills the usage beyond the balance as overage', () => {
    const lines = prepaidDrawdown(Array(12).fill(500), { annualAmount: 4800 });
    expect(Array.from(lines.prepaidDrawn)).toEqual([
      500, 500, 500, 500, 500, 500, 500, 500, 500, 300, 0, 0,
    ]);
    const r = evaluateOne(vendor({ unit: 'outcome', price: 1, prepaid: { annualAmount: 4800 } }), {
      horizonMonths: 12,
    });
    expect(column(r, 'vendorCharges').slice(8)).toEqual([0, 200, 500, 500]);
    expect(column(r, 'prepaidExpired')[11]).toBe(0);
  });

  it('computes gain-share savings from usage consumed, not from the prepayment', () => {
    const r = evaluateOne(
      vendor({
        unit: 'outcome',
        price: 1,
        prepaid: { annualAmount: 7200 },
        gainShare: { share: 0.1 },
      }),
    );
    // baseline 2,000 - (usage 500 + people 1,000) = 500 saved each month
    expect(column(r, 'gainShare')).toEqual([50, 50, 50]);
  });

  it('takes one prepayment and the overage beyond it in the steady-state year', () => {
    const s = smallScenario([
      vendor({ unit: 'outcome', price: 1, prepaid: { annualAmount: 7200 } }, { name: 'Big' }),
      vendor({ unit: 'outcome', price: 1, prepaid: { annualAmount: 4800 } }, { name: 'Small' }),
    ]);
    const [big, small] = s.options as VendorOption[];
    const bigYear = vendorSteadyYearLines(big, 1000, 2);
    expect([bigYear.prepayment, bigYear.overage, bigYear.total]).toEqual([7200, 0, 7200 + 12000]);
    const smallYear = vendorSteadyYearLines(small, 1000, 2);
    expect([smallYear.prepayment, smallYear.overage, smallYear.total]).toEqual([
      4800,
      1200,
      6000 + 12000,
    ]);
  });
});
