import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/engine/options/build';
import { buildSteadyYear, vendorSteadyYear } from '../../src/engine/crossover/steady-year';
import { crossoverOf, linearCrossover } from '../../src/engine/crossover/crossover';
import { evaluateScenario } from '../../src/engine/evaluate';
import { sum } from '../../src/engine/schedule';
import { vendorSchedule } from '../../src/engine/options/vendor';
import type { BuildOption, VendorOption } from '../../src/engine/model';
import { findCrossings } from '../../src/engine/crossover/sampled-crossings';
import { vendorTerms } from '../../src/engine/pricing/terms';
import { smallScenario, vendor } from '../support/scenarios';
import { expectClose } from '../support/close';
import { between } from '../support/engine-arbitraries';

function options(
  vendorFields: Record<string, unknown>,
  charges: Record<string, unknown>,
  buildFields: Record<string, unknown> = {},
) {
  const s = smallScenario([
    vendor({ unit: 'outcome', price: 1, ...charges }, vendorFields),
    {
      kind: 'build',
      name: 'Build',
      resolutionRate: 0.5,
      buildCost: 120000,
      buildMonths: 6,
      runFixedMonthly: 10000,
      marginalPerContact: 0.1,
      amortizationMonths: 24,
      ...buildFields,
    },
  ]);
  return { vendor: s.options[0] as VendorOption, build: s.options[1] as BuildOption };
}

/** Both crossings of a build against a vendor option, through the one crossover entry. */
function crossings(
  build: BuildOption,
  vendor: VendorOption,
  humanCostPerContact: number,
  amortizationMonths: number,
  maxVolume: number,
) {
  return crossoverOf(build, vendorTerms(vendor), {
    humanCostPerContact,
    amortizationMonths,
    maxVolume,
  });
}

describe('crossover volume', () => {
  it('matches the closed form in the linear case', () => {
    const { vendor: v, build: b } = options({}, {});
    const exact = linearCrossover(1, 0.5, 10000, 0.1, 120000, 24); // (10,000 + 5,000) / (0.5 - 0.1)
    expect(exact).toBe(37500);
    expectClose(crossings(b, v, 4, 24, 1e6).crossover, exact);
  });

  it('matches the closed form for random linear cases', () => {
    fc.assert(
      fc.property(
        between(0.05, 5),
        between(0.05, 1),
        between(0, 1e5),
        between(0, 1e6),
        (price, r, fixed, buildCost) => {
          const marginal = price * r * 0.4;
          const { vendor: v, build: b } = options(
            { resolutionRate: r },
            { price },
            {
              resolutionRate: r,
              runFixedMonthly: fixed,
              marginalPerContact: marginal,
              buildCost,
              amortizationMonths: 36,
            },
          );
          const exact = linearCrossover(price, r, fixed, marginal, buildCost, 36)!;
          const found = crossings(b, v, 3, 36, 100 * Math.max(exact, 1) + 1).crossover;
          expect(found).not.toBeNull();
          if (exact > 1e-6) expectClose(found, exact, 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is null when the build is never cheaper up to 100 x C0', () => {
    const { vendor: v, build: b } = options({}, { price: 0.2 }); // p * r = 0.1 = marginal
    expect(crossings(b, v, 4, 24, 100_000).crossover).toBeNull();
    expect(linearCrossover(0.2, 0.5, 10000, 0.1)).toBeNull();
  });

  it('is 0 when the build is cheaper at every volume', () => {
    const { vendor: v, build: b } = options(
      {},
      { platformFeeMonthly: 50000 },
      { runFixedMonthly: 0, buildCost: 0 },
    );
    expect(crossings(b, v, 4, 24, 100_000).crossover).toBe(0);
  });

  it('finds the first downward crossing of a non-monotone difference', () => {
    const f = (v: number) => (v < 100 ? 1 : v < 200 ? -1 : 1); // positive, then <= 0 from 100
    expectClose(findCrossings(f, 1000).crossover, 100, 1e-6);
  });

  it('counts drift only as k0, with the cap applied to the one steady year', () => {
    const { vendor: v } = options(
      { overcount: { initialRatio: 1.2, driftAnnual: 0.5 } },
      { annualCap: 10000, escalatorAnnual: 0.3, oneTimeFee: 1e6 },
    );
    // 1,000 contacts: 600 counted outcomes at $1 = 600 a month, capped at 10,000 a year; residual 500 x $4
    expectClose(vendorSteadyYear(v, 1000, 4), 7200 + 12 * 2000);
    expectClose(vendorSteadyYear(v, 5000, 4), 10000 + 12 * 2500 * 4);
  });

  it('uses the same month formulas as the scenario schedule', () => {
    fc.assert(
      fc.property(
        between(0, 200000),
        between(0, 1),
        fc.option(between(0, 100000), { nil: undefined }),
        fc.option(between(0, 100000), { nil: undefined }),
        fc.boolean(),
        (volume, r, annualCap, annualCommit, gain) => {
          const { vendor: v, build: b } = options(
            { resolutionRate: r, overcount: { initialRatio: 1.1 }, oversightMonthly: 300 },
            {
              tiers: [
                { upTo: 1000, price: 1 },
                { upTo: null, price: 0.5, flatFee: 20 },
              ],
              includedUnitsPerMonth: 100,
              platformFeeMonthly: 250,
              annualCap,
              annualCommit,
              sla: { guaranteedResolutionRate: 0.7, creditRate: 0.1 },
              gainShare: gain ? { share: 0.2 } : undefined,
            },
          );
          const demand = {
            contacts: new Array(12).fill(volume),
            humanCost: new Array(12).fill(4),
            wageFactor: new Array(12).fill(1),
          };
          expectClose(vendorSteadyYear(v, volume, 4), sum(vendorSchedule(v, demand).total));
          const live: BuildOption = { ...b, buildMonths: 0, buildCost: 0 };
          expectClose(
            buildSteadyYear(b, volume, 4, 24) - (12 * b.buildCost) / 24,
            sum(buildSchedule(live, demand).total),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is computed for each pair with amortization defaulting to the horizon', () => {
    const s = smallScenario(
      [
        vendor({ unit: 'outcome', price: 1 }),
        {
          kind: 'build',
          name: 'B',
          resolutionRate: 0.5,
          buildCost: 36000,
          buildMonths: 3,
          runFixedMonthly: 1000,
          marginalPerContact: 0.1,
        },
      ],
      { horizonMonths: 36, demand: { contactsPerMonth: 10000 } },
    );
    const [comparison] = evaluateScenario(s).comparisons;
    expectClose(comparison.crossoverContactsPerMonth, (1000 + 36000 / 36) / (0.5 - 0.1), 1e-9);
  });

  it('finds the smallest crossing and where the build stays cheaper on a saw-tooth package price', () => {
    // Per month: f = 35,000 + 0.2 V - 12,000 x ceil(V / 50,000) (equal resolution rates, so the
    // people cancel). Tooth k spans (50,000 k, 50,000 (k + 1)]: its lowest point, just above
    // 50,000 k, is 23,000 - 2,000 k, <= 0 from k = 12 (600,000); its highest, at 50,000 (k + 1), is
    // 35,000 - 2,000 (k + 1): positive up to k = 16 (1,000 at 850,000), so the build stays cheaper
    // only above 850,000.
    const { vendor: v, build: b } = options(
      {},
      { unit: 'contact', price: undefined, package: { size: 50000, price: 12000 } },
      { runFixedMonthly: 35000, marginalPerContact: 0.2, buildCost: 0 },
    );
    const found = crossings(b, v, 4, 24, 1_000_000);
    expectClose(found.crossover, 600000, 1e-6);
    expectClose(found.buildCheaperThroughout, 850000, 1e-6);
    // the smooth average price (0.24 a contact) would say 875,000: the saw-tooth matters
    expect(found.crossover!).toBeLessThan(601000);
  });

  it('gives the same volume for both when there is one crossing, and null for both when none', () => {
    const { vendor: v, build: b } = options({}, {});
    const one = crossings(b, v, 4, 24, 1e6);
    expect(one.buildCheaperThroughout).toBe(one.crossover);
    const { vendor: cheap, build: b2 } = options({}, { price: 0.2 });
    expect(crossings(b2, cheap, 4, 24, 100_000)).toEqual({
      crossover: null,
      buildCheaperThroughout: null,
    });
  });

  it('is the build cheaper just past the crossover and never cheaper on a fine grid below it (random packages)', () => {
    fc.assert(
      fc.property(
        between(100, 100000),
        between(10, 50000),
        between(0, 1),
        between(0, 50000),
        (size, price, marginal, fixed) => {
          const { vendor: v, build: b } = options(
            {},
            { unit: 'contact', price: undefined, package: { size, price } },
            { runFixedMonthly: fixed, marginalPerContact: marginal, buildCost: 0 },
          );
          const limit = 1_000_000;
          const f = (x: number) => buildSteadyYear(b, x, 4, 24) - vendorSteadyYear(v, x, 4);
          const { crossover, buildCheaperThroughout } = crossings(b, v, 4, 24, limit);
          const grid = Array.from({ length: 1001 }, (_, i) => (limit * i) / 1000);
          if (crossover === null) {
            expect(buildCheaperThroughout).toBeNull();
            return;
          }
          if (crossover > 0) {
            for (const x of grid)
              if (x < crossover * (1 - 1e-6) && x > 0) expect(f(x)).toBeGreaterThan(-1e-6);
            expect(f(crossover * (1 + 1e-6))).toBeLessThanOrEqual(1e-6 * Math.abs(f(0)) + 1e-6);
          }
          if (buildCheaperThroughout !== null) {
            expect(buildCheaperThroughout).toBeGreaterThanOrEqual(crossover);
            for (const x of grid)
              if (x > buildCheaperThroughout * (1 + 1e-6)) expect(f(x)).toBeLessThanOrEqual(1e-6);
          } else {
            expect(f(limit)).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
