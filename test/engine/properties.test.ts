import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakevenMonth } from '../../src/engine/breakeven';
import { contractYear } from '../../src/engine/time';
import { evaluateScenario, type OptionResult } from '../../src/engine/evaluate';
import { graduatedPrice, volumePrice } from '../../src/engine/pricing/tiers';
import { SCHEDULE_FIELDS } from '../../src/engine/schedule';
import type { Scenario } from '../../src/scenario/schema';
import type { VendorOption } from '../../src/engine/model';
import { scenarioArb, tiersArb } from '../support/arbitraries';
import { expectClose } from '../support/close';
import { oracle } from '../support/domain-oracle';
import { between } from '../support/engine-arbitraries';
import { valid } from '../support/valid-scenario';

const runs = { numRuns: 400 };

type ScenarioJson = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** Checks random valid scenarios, each with the JSON it was read from. */
const overRandomScenarios = (check: (s: Scenario, json: ScenarioJson) => void) =>
  fc.assert(
    fc.property(scenarioArb, (json) => check(valid(json), json)),
    runs,
  );

/** Checks each vendor option of random scenarios: its terms, its result and the scenario. */
const overRandomVendors = (
  check: (spec: VendorOption, option: OptionResult, s: Scenario) => void,
) =>
  overRandomScenarios((s) =>
    evaluateScenario(s).options.forEach((option, i) => {
      const spec = s.options[i];
      if (spec.kind === 'vendor') check(spec, option, s);
    }),
  );

describe('engine properties over random scenarios', () => {
  it('agrees with an independent reading of DOMAIN.md, month by month', () => {
    overRandomScenarios((s, json) => {
      const result = evaluateScenario(s);
      const expected = oracle(json);
      result.options.forEach((option, i) => {
        const o = expected.options[i];
        expectClose(option.totalCost, o.totalCost, 1e-9, `${option.name} totalCost`);
        expectClose(option.npv, o.npv, 1e-9, `${option.name} npv`);
        expectClose(option.trueOutcomes, o.trueOutcomes, 1e-9, `${option.name} trueOutcomes`);
        expectClose(
          option.vendorCountedOutcomes,
          o.vendorCountedOutcomes,
          1e-9,
          `${option.name} vendorCountedOutcomes`,
        );
        expectClose(
          option.effectivePricePerOutcome,
          o.effectivePricePerOutcome,
          1e-9,
          `${option.name} effective price`,
        );
        o.rows.forEach((row, m) => {
          for (const field of Object.keys(row)) {
            if (field !== 'month')
              expectClose(
                option.schedule[field as 'total'][m],
                row[field],
                1e-9,
                `${option.name} ${field} month ${m + 1}`,
              );
          }
        });
      });
      result.options.forEach((option, i) => {
        const o = expected.options[i];
        if (o.bestSwitchMonth === undefined) return;
        expect(option.switchMonth, `${option.name} switchMonth`).toBe(o.switchMonth);
        expectClose(option.bestSwitchNpv!, o.bestSwitchNpv!, 1e-9, `${option.name} best npv`);
        // a near tie may pick another month; its NPV must then equal the best to 1e-9
        if (option.bestSwitchMonth !== o.bestSwitchMonth) {
          const alt = oracle({
            ...json,
            options: json.options.map((x: any) =>
              x.kind === 'switch' ? { ...x, switchMonth: option.bestSwitchMonth } : x,
            ),
          });
          expectClose(alt.options[i].npv, o.bestSwitchNpv!, 1e-9, `${option.name} tie`);
        }
      });
      expectClose(result.statusQuoTotalCost, expected.statusQuo);
    });
  });

  it('never charges more than the cap in a contract year', () => {
    overRandomVendors((spec, option) => {
      const cap = spec.charges.annualCap;
      if (cap === undefined) return;
      const byYear = new Map<number, number>();
      option.schedule.usage.forEach((u, m) =>
        byYear.set(contractYear(m + 1), (byYear.get(contractYear(m + 1)) ?? 0) + u),
      );
      for (const total of byYear.values()) expect(total).toBeLessThanOrEqual(cap * (1 + 1e-12));
    });
  });

  it('meets the (prorated) commitment every contract year', () => {
    overRandomVendors((spec, option, s) => {
      const commit = spec.charges.annualCommit;
      if (commit === undefined) return;
      const sched = option.schedule;
      for (let start = 0; start < s.horizonMonths; start += 12) {
        const end = Math.min(start + 12, s.horizonMonths);
        let spent = 0;
        for (let m = start; m < end; m++)
          spent += sched.usage[m] + sched.platform[m] + sched.trueUp[m];
        expect(spent).toBeGreaterThanOrEqual(((commit * (end - start)) / 12) * (1 - 1e-12));
      }
    });
  });

  it('conserves prepaid credit: every prepayment is drawn, carried or expires', () => {
    overRandomVendors((spec, option) => {
      if (!spec.charges.prepaid) return;
      const { prepayment, prepaidDrawn, prepaidExpired, usage } = option.schedule;
      let paid = 0;
      let used = 0;
      prepayment.forEach((p, m) => {
        paid += p;
        used += prepaidDrawn[m] + prepaidExpired[m];
        expect(prepaidDrawn[m]).toBeLessThanOrEqual(usage[m] * (1 + 1e-12) + 1e-12);
      });
      expectClose(used, paid, 1e-9, 'drawn + expired = prepaid');
    });
  });

  it('finds no switch month cheaper than the best one', () => {
    overRandomScenarios((s) => {
      for (const option of evaluateScenario(s).options) {
        if (option.kind !== 'switch') continue;
        expect(option.npv).toBeGreaterThanOrEqual(
          option.bestSwitchNpv! - 1e-9 * Math.max(1, Math.abs(option.npv)),
        );
      }
    });
  });

  it('produces no negative cost line and no NaN', () => {
    overRandomScenarios((s) => {
      for (const option of evaluateScenario(s).options) {
        const floor = -1e-9 * Math.max(1, option.totalCost);
        for (const field of SCHEDULE_FIELDS) {
          const bad = Array.from(option.schedule[field]).findIndex(
            (v) => !Number.isFinite(v) || v < floor,
          );
          if (bad >= 0)
            expect.fail(
              `${option.name} ${field} month ${bad + 1} = ${option.schedule[field][bad]}`,
            );
        }
      }
    });
  });

  it('reports breakeven months that agree with cumulative totals', () => {
    overRandomScenarios((s) => {
      const result = evaluateScenario(s);
      for (const c of result.comparisons) {
        const build = result.options.find((o) => o.name === c.build)!.schedule.total;
        const vendor = result.options.find((o) => o.name === c.vendor)!.schedule.total;
        expect(c.breakevenMonth).toBe(breakevenMonth(build, vendor));
        let cb = 0;
        let cv = 0;
        for (let m = 0; m < build.length; m++) {
          cb += build[m];
          cv += vendor[m];
          if (c.breakevenMonth === null || m + 1 < c.breakevenMonth) expect(cb).toBeGreaterThan(cv);
          if (m + 1 === c.breakevenMonth) expect(cb).toBeLessThanOrEqual(cv);
        }
      }
    });
  });

  it('with only a per-outcome charge, effective price = price x overcount', () => {
    fc.assert(
      fc.property(between(0.01, 5), between(0.01, 0.6), between(0.5, 1.6), (price, r, k0) => {
        const s = valid({
          name: 'p',
          horizonMonths: 24,
          demand: { contactsPerMonth: 5000, growthAnnual: 0.1 },
          humanCostPerContact: 3,
          options: [
            {
              kind: 'vendor',
              name: 'V',
              resolutionRate: r,
              overcount: { initialRatio: k0 },
              charges: { unit: 'outcome', price },
            },
          ],
        });
        expectClose(evaluateScenario(s).options[0].effectivePricePerOutcome, price * k0);
      }),
      runs,
    );
  });
});

describe('tier properties', () => {
  it('graduated prices are continuous except for flat fees, and never decrease', () => {
    fc.assert(
      fc.property(tiersArb, between(0, 300000), between(0, 100), (tiers, q, step) => {
        const withoutFees = tiers.map(({ upTo, price }) => ({ upTo, price }));
        expect(graduatedPrice(q + step, tiers)).toBeGreaterThanOrEqual(
          graduatedPrice(q, tiers) - 1e-9,
        );
        const jump = graduatedPrice(q + 1e-7, withoutFees) - graduatedPrice(q, withoutFees);
        expect(jump).toBeLessThanOrEqual(1e-7 * Math.max(...tiers.map((t) => t.price)) + 1e-9);
      }),
    );
  });

  it('volume tiers price every unit at the tier that holds the quantity', () => {
    fc.assert(
      fc.property(tiersArb, between(0.001, 300000), (tiers, q) => {
        let lower = 0;
        const tier = tiers.find((t) => {
          const inside = q > lower && (t.upTo === null || q <= t.upTo);
          lower = t.upTo ?? Infinity;
          return inside;
        })!;
        expectClose(volumePrice(q, tiers), q * tier.price + (tier.flatFee ?? 0));
      }),
    );
  });
});
