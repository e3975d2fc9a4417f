import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demandSeries } from '../../src/engine/demand';
import { scheduleFor } from '../../src/engine/options/schedule-for';
import { evaluateScenario, type ScenarioResult } from '../../src/engine/evaluate';
import { SCHEDULE_FIELDS } from '../../src/engine/schedule';
import type { Scenario } from '../../src/scenario/schema';
import { scenarioArb } from '../support/arbitraries';
import { valid } from '../support/valid-scenario';

/** The result with every typed array as a plain array, so toEqual compares the numbers. */
function plain(result: ScenarioResult): unknown {
  return JSON.parse(
    JSON.stringify(result, (_, value) =>
      value instanceof Float64Array
        ? Array.from(value, (x) => (Object.is(x, -0) ? '-0' : x))
        : value,
    ),
  );
}

/** Checks a property of random valid scenarios. */
function forScenarios(numRuns: number, check: (scenario: Scenario) => void): void {
  fc.assert(
    fc.property(scenarioArb, (json) => check(valid(json))),
    { numRuns },
  );
}

const demandOf = (scenario: Scenario) => demandSeries(scenario);

/** Every monthly column of a result: each option's schedule lines and its P&L's. */
function columnsOf(result: ScenarioResult): Float64Array[] {
  return result.options.flatMap((o) => [
    ...SCHEDULE_FIELDS.map((field) => o.schedule[field]),
    o.accounting.amortization,
    o.accounting.expense,
  ]);
}

// An evaluation is a function of its scenario alone: no memory of an earlier one, every line of a
// schedule a column of its own, and a schedule written again (zeroed first) holding only its own
// numbers.
describe('an evaluation', () => {
  it('gives the same numbers whatever was evaluated before it', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, (json, before) => {
        const scenario = valid(json);
        const alone = plain(evaluateScenario(scenario));
        evaluateScenario(valid(before));
        expect(plain(evaluateScenario(scenario))).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });

  it('gives every line of an option as the option scheduled on its own', () => {
    forScenarios(300, (scenario) => {
      const result = evaluateScenario(scenario);
      scenario.options.forEach((option, o) => {
        const alone = scheduleFor(option, demandOf(scenario), undefined, scenario.options);
        for (const field of SCHEDULE_FIELDS)
          expect(Array.from(result.options[o].schedule[field]), `${option.name} ${field}`).toEqual(
            Array.from(alone[field]),
          );
      });
    });
  });

  it('holds every line in a column of its own', () => {
    forScenarios(100, (scenario) => {
      const ranges = columnsOf(evaluateScenario(scenario))
        .map((c) => ({ buffer: c.buffer, from: c.byteOffset, to: c.byteOffset + c.byteLength }))
        .sort((a, b) => a.from - b.from);
      for (let i = 1; i < ranges.length; i++)
        if (ranges[i].buffer === ranges[i - 1].buffer)
          expect(ranges[i].from).toBeGreaterThanOrEqual(ranges[i - 1].to);
    });
  });

  // the simulation's workspace: one schedule per option, zeroed and written again trial by trial
  it('writes into a schedule zeroed after holding another option what it writes into a new one', () => {
    forScenarios(200, (scenario) => {
      const demand = demandOf(scenario);
      const reused = scheduleFor(scenario.options[0], demand, undefined, scenario.options);
      for (const option of scenario.options) {
        const fresh = scheduleFor(option, demand, undefined, scenario.options);
        for (const field of SCHEDULE_FIELDS) reused[field].fill(0);
        scheduleFor(option, demand, reused, scenario.options);
        for (const field of SCHEDULE_FIELDS)
          expect(Array.from(reused[field]), `${option.name} ${field}`).toEqual(
            Array.from(fresh[field]),
          );
      }
    });
  });

  it('leaves no SLA credit when the vendor meets its guarantee, after one that fell short', () => {
    const withSla = (resolutionRate: number) =>
      valid({
        name: 'sla',
        horizonMonths: 24,
        discountRateAnnual: 0.08,
        demand: { contactsPerMonth: 10000, growthAnnual: 0 },
        humanCostPerContact: 4,
        options: [
          { kind: 'status-quo', name: 'Status quo' },
          {
            kind: 'vendor',
            name: 'Vendor',
            resolutionRate,
            charges: {
              unit: 'outcome',
              price: 1,
              sla: { guaranteedResolutionRate: 0.6, creditRate: 0.1 },
            },
          },
        ],
      });
    const credited = evaluateScenario(withSla(0.5));
    expect(credited.options[1].schedule.slaCredit[0]).toBeGreaterThan(0);
    const met = evaluateScenario(withSla(0.7));
    expect(Array.from(met.options[1].schedule.slaCredit)).toEqual(new Array(24).fill(0));
    expect(credited.options[1].schedule.slaCredit[0]).toBeGreaterThan(0);
  });
});
