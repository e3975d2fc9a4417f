import { describe, expect, it } from 'vitest';
import { riskModel } from '../../src/uncertainty/risk-model';
import { riskReport } from '../../src/uncertainty/risk-report';
import { drawInputValues } from '../../src/uncertainty/sampling';
import { simulate } from '../../src/uncertainty/simulation';
import { switchValues } from '../../src/uncertainty/switch-values';
import { tornado } from '../../src/uncertainty/tornado';
import { expectClose } from '../support/close';
import { valid } from './support';
import { twelveMonths } from '../support/engine-scenario-json';

// Hand-worked cases. A vendor at $p per contact resolving half of 1,000 contacts a month, people
// at $4 for the rest, against the status quo, 12 months, no discounting:
//   vendor NPV = 12 (1000 p + 2000), status quo 48,000, margin = 12,000 (2 - p).
const perContact = (uncertainty: unknown) =>
  valid(
    twelveMonths(
      'linear',
      [
        {
          kind: 'vendor',
          name: 'Per contact',
          resolutionRate: 0.5,
          charges: { unit: 'contact', price: 1 },
        },
      ],
      { uncertainty },
    ),
  );

const priceRange = {
  option: 'Per contact',
  field: 'charges.price',
  dist: 'uniform',
  low: 0.5,
  high: 3,
};

describe('a single input on which the NPV is linear', () => {
  const model = riskModel(perContact({ trials: 1000, inputs: [priceRange] }));

  it('tornado: the margin at P10 = 0.75 and P90 = 2.75, the winner flips at P90', () => {
    const [row] = tornado(model);
    expectClose(row.low, 0.75);
    expectClose(row.high, 2.75);
    expectClose(row.marginAtLow, 12000 * 1.25);
    expectClose(row.marginAtHigh, 12000 * -0.75);
    expect(row.winnerAtLow).toBe('Per contact');
    expect(row.winnerAtHigh).toBe('Status quo');
  });

  it('switch value: the price of $2 at which the status quo takes over, to 1e-9', () => {
    const [sv] = switchValues(model);
    expectClose(sv.value, 2, 1e-9);
    expect(sv.takenOverBy).toBe('Status quo');
  });

  it('simulation: percentiles of the NPV are the linear image of the price percentiles', () => {
    const sim = simulate(model, { trials: 1000, seed: 1, sampling: 'lhs' });
    const vendor = sim.options[1];
    // With 1,000 Latin-hypercube draws each sample percentile of the price is within one slice
    // (2.5 / 1000) of the exact one: 0.75, 1.75, 2.75.
    const slack = 12000 * (2.5 / 1000);
    for (const [p, price] of [
      ['p10', 0.75],
      ['p50', 1.75],
      ['p90', 2.75],
    ] as const) {
      expect(Math.abs(vendor.npv[p] - 12 * (1000 * price + 2000))).toBeLessThanOrEqual(slack);
    }
    expectClose(vendor.npv.mean, 12 * (1000 * 1.75 + 2000), 1e-5);
    expect(Math.abs(vendor.probabilityFirst - 0.6)).toBeLessThanOrEqual(0.001);
    expect(sim.probabilityRecommendationHolds).toBe(vendor.probabilityFirst);
    expect(sim.options[0].npv.sd).toBe(0);
    expect(Math.abs(sim.margin.p10 - 12000 * (2 - 2.75))).toBeLessThanOrEqual(slack);
  });

  it('the same seed gives the same numbers; another seed other draws', () => {
    const s = perContact({ trials: 500, seed: 9, inputs: [priceRange] });
    const a = riskReport(s);
    const b = riskReport(s);
    const c = riskReport(s, { seed: 10 });
    expect(b).toEqual(a);
    expect(c.simulation.options[1].npv.p50).not.toBe(a.simulation.options[1].npv.p50);
  });

  it('inputs in one group move together: perfectly rank-correlated draws', () => {
    const s = perContact({
      trials: 200,
      inputs: [
        { ...priceRange, group: 'g' },
        {
          option: 'Per contact',
          field: 'resolutionRate',
          dist: 'uniform',
          low: 0.4,
          high: 0.6,
          group: 'g',
        },
      ],
    });
    const model = riskModel(s);
    const [price, rate] = drawInputValues(model.inputs, 200, 3, 'random', 12);
    const order = (x: Float64Array) => Array.from(x.keys()).sort((i, j) => x[i] - x[j]);
    expect(order(rate)).toEqual(order(price));
    // the same draw u drives both: price = 0.5 + 2.5 u, rate = 0.4 + 0.2 u
    for (let t = 0; t < 200; t++) expectClose((rate[t] - 0.4) / 0.2, (price[t] - 0.5) / 2.5, 1e-9);
    const ungrouped = drawInputValues(
      riskModel(
        perContact({
          inputs: [priceRange, { ...priceRange, field: 'resolutionRate', low: 0.4, high: 0.6 }],
        }),
      ).inputs,
      200,
      3,
      'random',
      12,
    );
    expect(order(ungrouped[1])).not.toEqual(order(ungrouped[0]));
  });
});

// A build of $12,000 over B months that then resolves every contact, against the status quo
// and a vendor charging a $10,000 platform fee and resolving nothing: build NPV 12,000 + 4,000 B,
// status quo 48,000; the build stops being first at B = 9.
describe('a whole-month input', () => {
  const scenario = valid(
    twelveMonths(
      'months',
      [
        {
          kind: 'vendor',
          name: 'Platform',
          resolutionRate: 0,
          charges: { unit: 'none', platformFeeMonthly: 10000 },
        },
        {
          kind: 'build',
          name: 'Build',
          resolutionRate: 1,
          buildCost: 12000,
          buildMonths: 3,
          runFixedMonthly: 0,
          marginalPerContact: 0,
        },
      ],
      {
        uncertainty: {
          trials: 1000,
          inputs: [{ option: 'Build', field: 'buildMonths', dist: 'uniform', low: 1, high: 11 }],
        },
      },
    ),
  );
  const model = riskModel(scenario);

  it('rounds P10 and P90 to whole months', () => {
    const [row] = tornado(model);
    expect([row.low, row.high]).toEqual([2, 10]);
    expectClose(row.marginAtLow, 48000 - 20000);
    expectClose(row.marginAtHigh, 48000 - 52000);
    expect(row.winnerAtHigh).toBe('Status quo');
  });

  it('switch value: the first whole month with margin <= 0', () => {
    const [sv] = switchValues(model);
    expect(sv.value).toBe(9);
    expect(sv.takenOverBy).toBe('Status quo');
  });

  it('simulation: whole months drawn, build first when B < 9, breakeven month percentiles', () => {
    const sim = simulate(model, { trials: 1000, seed: 1, sampling: 'lhs' });
    // B is uniform on [1, 11] rounded: months 1 and 11 get half slices, 2..10 whole ones.
    // The build is first for B <= 8: (8.5 - 1) / 10 = 0.75 of the draws.
    expect(Math.abs(sim.probabilityRecommendationHolds - 0.75)).toBeLessThanOrEqual(0.002);
    expect(sim.pairs).toHaveLength(1);
    expect(sim.pairs[0].probabilityBuildCheaper).toBe(1);
    // against the platform (14,000 a month) the build breaks even in month 1 whenever
    // 12,000 / B + 4,000 <= 14,000, i.e. B >= 2; at B = 1 in month 1 too (16,000 > 14,000, so
    // month 2: 16,000 + 0 <= 28,000)
    expect(sim.pairs[0].breakevenMonth.p50).toBe(1);
  });
});

describe('a recommendation that never changes', () => {
  it('switch value null, and the probability it holds is 1', () => {
    const s = perContact({
      trials: 100,
      inputs: [
        { option: 'Per contact', field: 'charges.price', dist: 'uniform', low: 0.5, high: 1.5 },
      ],
    });
    const report = riskReport(s);
    expect(report.switchValues[0]).toMatchObject({ value: null, takenOverBy: null });
    expect(report.simulation.probabilityRecommendationHolds).toBe(1);
  });
});
