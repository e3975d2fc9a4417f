// The small engine primitives the functions needed: one month's vendor charge, hybrid charges
// under a cap, a steady build month and the schedule as a sheet block.
import { describe, expect, it } from 'vitest';
import { buildSteadyMonth } from '../../src/engine/options/build-month';
import { evaluateScenario } from '../../src/engine/evaluate';
import { hybridCharges } from '../../src/engine/pricing/hybrid-charges';
import { monthUsageCharge, vendorMonthCharge } from '../../src/engine/pricing/month-charge';
import { SCHEDULE_FIELDS } from '../../src/engine/schedule';
import { scheduleColumn, scheduleTable } from '../../src/engine/schedule-table';
import { parseScenario } from '../../src/scenario/load';
import { flatScenario } from '../support/engine-scenario-json';

const TIERS = [
  { upTo: 100, price: 2, flatFee: 10 },
  { upTo: null, price: 1 },
];

describe('vendorMonthCharge', () => {
  it('prices units above the allowance, then adds the platform fee', () => {
    expect(vendorMonthCharge(150, { price: 0.5 }, 20, 50)).toBe(0.5 * 100 + 20);
    expect(vendorMonthCharge(40, { price: 0.5 }, 20, 50)).toBe(20);
    expect(monthUsageCharge(250, { tiers: TIERS })).toBe(100 * 2 + 10 + 150 * 1);
    expect(monthUsageCharge(250, { tiers: TIERS, tierMode: 'volume' })).toBe(250 * 1);
    expect(monthUsageCharge(250, { tiers: TIERS }, 200)).toBe(50 * 2 + 10);
  });

  it('matches a one-month vendor schedule with the same charges', () => {
    const parsed = parseScenario(
      flatScenario(
        { name: 'one month', horizonMonths: 1, contactsPerMonth: 30000, humanCostPerContact: 0 },
        [
          {
            kind: 'vendor',
            name: 'v',
            resolutionRate: 0.5,
            charges: {
              unit: 'outcome',
              tiers: [
                { upTo: 10000, price: 1.2 },
                { upTo: null, price: 0.7, flatFee: 300 },
              ],
              includedUnitsPerMonth: 1000,
              platformFeeMonthly: 900,
            },
          },
        ],
      ),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const s = evaluateScenario(parsed.scenario).options[0].schedule;
    const pricing = {
      tiers:
        parsed.scenario.options[0].kind === 'vendor'
          ? parsed.scenario.options[0].charges.tiers!
          : [],
    };
    expect(vendorMonthCharge(s.billedUnits[0], pricing, 900, 1000)).toBeCloseTo(
      s.vendorCharges[0],
      9,
    );
  });
});

describe('hybridCharges', () => {
  it('caps usage per contract year and adds the platform fee every month', () => {
    const units = Array.from({ length: 13 }, () => 100);
    const charges = hybridCharges(units, { price: 1 }, 5, 250);
    expect(Array.from(charges.slice(0, 4))).toEqual([105, 105, 55, 5]);
    expect(charges[11]).toBe(5);
    expect(charges[12]).toBe(105);
    expect(Array.from(hybridCharges([10, 20], { price: 2 }))).toEqual([20, 40]);
  });
});

describe('buildSteadyMonth', () => {
  it('is fixed + marginal x contacts + build cost / amortization', () => {
    const run = { runFixedMonthly: 500, marginalPerContact: 0.2 };
    expect(buildSteadyMonth(1000, { ...run, buildCost: 1200, amortizationMonths: 12 })).toBe(
      500 + 200 + 100,
    );
    expect(buildSteadyMonth(1000, run)).toBe(700);
  });
});

describe('scheduleTable', () => {
  it('lays out a header then one row per month, and single columns', () => {
    const parsed = parseScenario(
      flatScenario({ name: 't', horizonMonths: 3, contactsPerMonth: 10, humanCostPerContact: 2 }, [
        { kind: 'status-quo', name: 'sq' },
      ]),
    );
    if (!parsed.ok) throw new Error('bad');
    const s = evaluateScenario(parsed.scenario).options[0].schedule;
    const table = scheduleTable(s);
    expect(table[0]).toEqual(['month', ...SCHEDULE_FIELDS]);
    expect(table.map((r) => r[0])).toEqual(['month', 1, 2, 3]);
    expect(table[2][1 + SCHEDULE_FIELDS.indexOf('total')]).toBe(20);
    expect(scheduleColumn(s, 'contacts')).toEqual([[10], [10], [10]]);
  });
});
