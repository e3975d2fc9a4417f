import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, type ScenarioResult } from '../../src/index';
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

// evaluateScenario(scenario, previous) writes again into the memory of a result the caller no
// longer reads (bench, the NPV bridge's steps): the numbers must be those of a fresh evaluation,
// whatever the previous scenario held, larger or smaller.
describe('an evaluation written into a previous result', () => {
  it('gives every number a fresh evaluation gives', () => {
    fc.assert(
      fc.property(scenarioArb, scenarioArb, (before, json) => {
        const scenario = valid(json);
        const previous = evaluateScenario(valid(before));
        const reused = evaluateScenario(scenario, previous);
        expect(plain(reused)).toEqual(plain(evaluateScenario(scenario)));
      }),
      { numRuns: 200 },
    );
  });

  it('writes into the previous result when its memory is large enough', () => {
    fc.assert(
      fc.property(scenarioArb, (json) => {
        const scenario = valid(json);
        const previous = evaluateScenario(scenario);
        const memory = previous.options[0].schedule.total.buffer;
        const reused = evaluateScenario(scenario, previous);
        expect(reused.options[0].schedule.total.buffer).toBe(memory);
        expect(plain(reused)).toEqual(plain(evaluateScenario(scenario)));
      }),
      { numRuns: 100 },
    );
  });

  // a scenario laid out alike (the same options, other numbers) is written into the very columns
  // of the previous result: each must hold the new numbers, the lines left at 0 included
  it('writes into the very columns of a result laid out alike, after one laid out otherwise', () => {
    fc.assert(
      fc.property(
        scenarioArb,
        scenarioArb,
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        (json, other, scale) => {
          const scenario = valid(json);
          // (other resolution rates: an SLA credit may now apply, or no longer)
          const changed = valid({
            ...json,
            humanCostPerContact: scenario.humanCostPerContact * scale,
            discountRateAnnual: scenario.discountRateAnnual / scale,
            options: scenario.options.map((option) =>
              'resolutionRate' in option
                ? { ...option, resolutionRate: Math.min(1, option.resolutionRate * scale) }
                : option,
            ),
          });
          const previous = evaluateScenario(scenario);
          const columns = previous.options.map((o) => o.schedule.total);
          const reused = evaluateScenario(changed, previous);
          expect(reused.options.map((o) => o.schedule.total)).toEqual(columns);
          reused.options.forEach((o, i) => expect(o.schedule.total).toBe(columns[i]));
          expect(plain(reused)).toEqual(plain(evaluateScenario(changed)));
          // then one laid out otherwise into the same memory, and the first scenario again
          const between = evaluateScenario(valid(other), reused);
          expect(plain(evaluateScenario(scenario, between))).toEqual(
            plain(evaluateScenario(scenario)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('leaves no number of the previous result in a line the new one does not write', () => {
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
    const credit = credited.options[1].schedule.slaCredit;
    const reused = evaluateScenario(withSla(0.7), credited);
    expect(reused.options[1].schedule.slaCredit).toBe(credit);
    expect(Array.from(credit)).toEqual(new Array(24).fill(0));
    expect(plain(reused)).toEqual(plain(evaluateScenario(withSla(0.7))));
  });
});
