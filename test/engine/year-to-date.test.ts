import { describe, expect, it } from 'vitest';
import { vendorSteadyYearLines } from '../../src/engine/crossover/steady-year';
import { yearToDatePrice } from '../../src/engine/pricing/year-to-date';
import type { VendorOption } from '../../src/engine/model';
import { column, evaluateOne, smallScenario, vendor } from '../support/scenarios';

const tiers = [
  { upTo: 1000, price: 1 },
  { upTo: null, price: 0.5, flatFee: 100 },
];

describe('annual volume tiers (tierBasis year-to-date)', () => {
  it('prices a month at the tiers reached by the units accumulated this contract year', () => {
    expect(yearToDatePrice(0, 500, tiers)).toBe(500);
    expect(yearToDatePrice(500, 500, tiers)).toBe(500);
    // 1,000 units already: the month enters the second tier, flat fee included
    expect(yearToDatePrice(1000, 500, tiers)).toBe(250 + 100);
    expect(yearToDatePrice(1500, 500, tiers)).toBe(250);
    expect(yearToDatePrice(800, 500, tiers)).toBe(200 + 150 + 100);
  });

  it('accumulates within each contract year and restarts at the anniversary', () => {
    const r = evaluateOne(vendor({ unit: 'outcome', tiers, tierBasis: 'year-to-date' }), {
      horizonMonths: 15,
    });
    expect(column(r, 'usage')).toEqual([
      500, 500, 350, 250, 250, 250, 250, 250, 250, 250, 250, 250, 500, 500, 350,
    ]);
  });

  it('differs from monthly tiers, which never reach the second tier at 500 a month', () => {
    const r = evaluateOne(vendor({ unit: 'outcome', tiers }), { horizonMonths: 4 });
    expect(column(r, 'usage')).toEqual([500, 500, 500, 500]);
  });

  it('accumulates the 12 months of the steady-state year the same way', () => {
    const s = smallScenario([vendor({ unit: 'outcome', tiers, tierBasis: 'year-to-date' })]);
    const lines = vendorSteadyYearLines(s.options[0] as VendorOption, 1000, 2);
    expect(lines.months.map((m) => m.usage)).toEqual([
      500, 500, 350, 250, 250, 250, 250, 250, 250, 250, 250, 250,
    ]);
    // P(6000) = 1000 + 5000 * 0.5 + 100, plus people on the 500 unresolved contacts
    expect(lines.usage).toBe(3600);
    expect(lines.total).toBe(3600 + 12 * 500 * 2);
  });
});
