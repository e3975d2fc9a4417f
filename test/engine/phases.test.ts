import { describe, expect, it } from 'vitest';
import { phaseFactor } from '../../src/engine/pricing/phases';
import { column, evaluateOne, vendor } from '../support/scenarios';
import { expectSteadyYearWithout } from '../support/engine-outcome-vendor';

const phases = [
  { months: 2, priceFactor: 0 },
  { months: 3, priceFactor: 0.5 },
];

describe('phases (free pilot, introductory rate)', () => {
  it('gives each month the factor of its phase, then 1', () => {
    expect([1, 2, 3, 5, 6, 40].map((m) => phaseFactor(phases, m))).toEqual([0, 0, 0.5, 0.5, 1, 1]);
    expect(phaseFactor(undefined, 1)).toBe(1);
  });

  it('multiplies usage, not the platform fee', () => {
    const r = evaluateOne(vendor({ unit: 'outcome', price: 1, platformFeeMonthly: 100, phases }), {
      horizonMonths: 7,
    });
    expect(column(r, 'usage')).toEqual([0, 0, 250, 250, 250, 500, 500]);
    expect(column(r, 'platform')).toEqual(Array(7).fill(100));
  });

  it('counts onboarding months as phase months, and applies before the SLA credit', () => {
    const r = evaluateOne(
      vendor(
        {
          unit: 'outcome',
          price: 1,
          phases: [{ months: 3, priceFactor: 0.5 }],
          sla: { guaranteedResolutionRate: 0.6, creditRate: 0.2 },
        },
        { onboardingMonths: 2 },
      ),
      { horizonMonths: 4 },
    );
    // month 3 is live and still in the phase: 250 before credits, 20% credit
    expect(column(r, 'slaCredit')).toEqual([0, 0, 50, 100]);
    expect(column(r, 'usage')).toEqual([0, 0, 200, 400]);
  });

  it('is left out of the steady-state year', () => {
    expectSteadyYearWithout({ phases });
  });
});
