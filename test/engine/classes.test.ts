import { describe, expect, it } from 'vitest';
import { blendedClassPrice, classWeights } from '../../src/engine/pricing/classes';
import { crossoverOf } from '../../src/engine/crossover/crossover';
import { evaluateScenario } from '../../src/engine/evaluate';
import { vendorSteadyYear } from '../../src/engine/crossover/steady-year';
import type { BuildOption, VendorOption } from '../../src/engine/model';
import { vendorTerms } from '../../src/engine/pricing/terms';
import { expectClose } from '../support/close';
import { column, evaluateOne, smallScenario, vendor } from '../support/scenarios';

const classes = [
  { name: 'simple', share: 0.6, price: 0.5 },
  { name: 'complex', share: 0.4, price: 3, driftAnnual: 0.21 },
];

describe('outcome classes with tier creep', () => {
  it('blends the class prices by the month-1 shares in month 1', () => {
    expect(classWeights(classes, 1)).toEqual([0.6, 0.4]);
    expectClose(blendedClassPrice(classes, 1), 0.6 * 0.5 + 0.4 * 3);
  });

  it('drifts the mix toward the dearer class and renormalises', () => {
    // month 13: the complex weight grew by 21%: 0.4 * 1.21 = 0.484 of 1.084
    expectClose(blendedClassPrice(classes, 13), (0.6 * 0.5 + 0.484 * 3) / 1.084);
    // month 7: half a year, 1.21^0.5 = 1.1
    expectClose(blendedClassPrice(classes, 7), (0.3 + 0.44 * 3) / 1.04);
    const [simple, complex] = classWeights(classes, 13);
    expectClose(simple + complex, 1);
  });

  it('prices the vendor-counted outcomes of each month at the blended price of that month', () => {
    const r = evaluateOne(vendor({ unit: 'outcome', classes }), { horizonMonths: 13 });
    const usage = column(r, 'usage');
    expectClose(usage[0], 500 * 1.5);
    expectClose(usage[6], (500 * 1.62) / 1.04);
    expectClose(usage[12], (500 * 1.752) / 1.084);
  });

  it('uses the month-1 mix in the steady-state year, so the crossover is that of the blended price', () => {
    const s = smallScenario([
      vendor({ unit: 'outcome', classes }),
      vendor({ unit: 'outcome', price: 1.5 }, { name: 'Flat' }),
      {
        kind: 'build',
        name: 'Build',
        resolutionRate: 0.5,
        buildCost: 12000,
        buildMonths: 0,
        runFixedMonthly: 100,
        marginalPerContact: 0.1,
        amortizationMonths: 12,
      },
    ]);
    const [withClasses, flat, build] = s.options as [VendorOption, VendorOption, BuildOption];
    expectClose(vendorSteadyYear(withClasses, 1000, 2), vendorSteadyYear(flat, 1000, 2));
    const volume = crossoverOf(build, vendorTerms(withClasses), {
      humanCostPerContact: 2,
      amortizationMonths: 12,
      maxVolume: 100_000,
    }).crossover;
    // V* = (100 + 12000 / 12) / (1.5 * 0.5 - 0.1)
    expectClose(volume, 1100 / 0.65, 1e-6);
    expect(evaluateScenario(s).comparisons[0].crossoverContactsPerMonth).toBeCloseTo(
      1100 / 0.65,
      2,
    );
  });
});
