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
});
