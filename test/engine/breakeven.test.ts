import { describe, expect, it } from 'vitest';
import { breakevenMonth } from '../../src/engine/breakeven';
import { evaluateScenario } from '../../src/engine/evaluate';
import { smallScenario, vendor } from '../support/scenarios';

describe('breakeven month', () => {
  it('is the first month cumulative build <= cumulative vendor, equality included', () => {
    expect(breakevenMonth([10, 10, 1, 1], [5, 5, 6, 6])).toBe(4);
    expect(breakevenMonth([10, 10, 1, 1], [5, 5, 5, 5])).toBeNull();
    expect(breakevenMonth([1], [2])).toBe(1);
  });
  it('is reported for each build/vendor pair', () => {
    const result = evaluateScenario(
      smallScenario(
        [
          vendor({ unit: 'outcome', price: 2 }),
          {
            kind: 'build',
            name: 'Build',
            resolutionRate: 0.5,
            buildCost: 1500,
            buildMonths: 0,
            runFixedMonthly: 100,
            marginalPerContact: 0,
          },
        ],
        { horizonMonths: 6 },
      ),
    );
    // vendor 1,000 + 1,000 a month; build 1,600 then 1,100: cumulative build 1,600, 2,700 <= 4,000
    expect(result.comparisons).toHaveLength(1);
    expect(result.comparisons[0]).toMatchObject({
      build: 'Build',
      vendor: 'Vendor',
      breakevenMonth: 2,
    });
  });
});
