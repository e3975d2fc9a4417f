import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { smallScenario, vendor } from '../support/scenarios';
import { flatScenario } from '../support/engine-scenario-json';
import { buyThenBuild, SWITCH_BUILD, switchOptions } from '../support/engine-switch-example';

function evaluate(
  switchFields: Record<string, unknown> = {},
  charges: Record<string, unknown> = {},
) {
  const result = evaluateScenario(
    smallScenario(switchOptions(switchFields, charges), { horizonMonths: 4 }),
  );
  return result.options[2];
}

// Vendor: 500 usage + 1,000 people = 1,500 a month. Build: 1,500 spend in months 1-2, then
// 200 run + 400 people (80% resolved).
describe('buy now, switch later', () => {
  it('pays the vendor until the build goes live, the build throughout, and the exit fee at S', () => {
    const o = evaluate();
    expect(o.switchMonth).toBe(3);
    expect(Array.from(o.schedule.total)).toEqual([3000, 3000, 850, 600]);
    expect(Array.from(o.schedule.buildSpend)).toEqual([1500, 1500, 0, 0]);
    expect(Array.from(o.schedule.usage)).toEqual([500, 500, 0, 0]);
    expect(Array.from(o.schedule.run)).toEqual([0, 0, 200, 200]);
    expect(Array.from(o.schedule.exitFee)).toEqual([0, 0, 250, 0]);
    expect(Array.from(o.schedule.vendorCharges)).toEqual([500, 500, 250, 0]);
    // after the switch the build's outcomes are the counted ones
    expect(Array.from(o.schedule.vendorCountedOutcomes)).toEqual([500, 500, 800, 800]);
    expect(o.totalCost).toBe(7450);
    expect([o.effectivePricePerOutcome, o.ruleOfThumb, o.driftDiscount]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('finds the switch month with the lowest NPV', () => {
    // S = 1: 8,450; 2: 7,950; 3: 7,450; 4: 8,350; 5 (never): 9,000
    const totals = [1, 2, 3, 4, 5].map((S) => evaluate({ switchMonth: S }).totalCost);
    expect(totals).toEqual([8450, 7950, 7450, 8350, 9000]);
    const o = evaluate({ switchMonth: 5 });
    expect(o.bestSwitchMonth).toBe(3);
    expect(o.bestSwitchNpv).toBe(7450);
  });

  it('prorates the vendor commitment to the months served', () => {
    // 12,000 a year over 2 months served is 2,000 against 1,000 of usage: a 1,000 true-up in month 2
    const o = evaluate({}, { annualCommit: 12000 });
    expect(Array.from(o.schedule.trueUp)).toEqual([0, 1000, 0, 0]);
    expect(o.schedule.total[1]).toBe(4000);
  });

  it('leaves every contact to people when switched to before the build is live', () => {
    const o = evaluate({ switchMonth: 2 });
    expect(o.schedule.residual[1]).toBe(2000);
    expect(o.schedule.run[1]).toBe(0);
  });

  it('is ranked with the others and enters no build/vendor comparison', () => {
    const result = evaluateScenario(smallScenario(switchOptions(), { horizonMonths: 4 }));
    expect(result.ranking).toHaveLength(3);
    expect(result.comparisons.map((c) => [c.build, c.vendor])).toEqual([['Build', 'Vendor']]);
  });

  it('defaults the switch month to the go-live month, at most H + 1', () => {
    const r = parseScenario(
      flatScenario(
        { name: 'long build', horizonMonths: 2, contactsPerMonth: 10, humanCostPerContact: 1 },
        [
          vendor({ unit: 'outcome', price: 1 }),
          { ...SWITCH_BUILD, buildMonths: 6 },
          buyThenBuild(),
        ],
      ),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(evaluateScenario(r.scenario).options[2].switchMonth).toBe(3);
  });
});
