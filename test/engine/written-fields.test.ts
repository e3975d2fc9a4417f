import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactsSeries, humanCostSeries } from '../../src/engine/demand';
import { scheduleFor } from '../../src/engine/options/schedule-for';
import { writtenFields } from '../../src/engine/options/written-fields';
import { evaluateScenario, SCHEDULE_FIELDS } from '../../src/index';
import { scenarioArb } from '../support/arbitraries';
import { valid } from '../support/valid-scenario';

// evaluateScenario lets the lines an option never writes share one zero column (ColumnArena):
// that is right only if no schedule writes anything but 0 into a line writtenFields leaves out.
describe('the lines an option never writes', () => {
  it('hold only zeros, and every line equals the option scheduled on its own', () => {
    fc.assert(
      fc.property(scenarioArb, (json) => {
        const scenario = valid(json);
        const demand = { contacts: contactsSeries(scenario), humanCost: humanCostSeries(scenario) };
        const result = evaluateScenario(scenario);
        scenario.options.forEach((option, o) => {
          const alone = scheduleFor(option, demand, undefined, scenario.options);
          const written = writtenFields(option);
          SCHEDULE_FIELDS.forEach((field, k) => {
            const label = `${option.name} ${field}`;
            expect(Array.from(result.options[o].schedule[field]), label).toEqual(
              Array.from(alone[field]),
            );
            if (!written[k])
              expect(
                alone[field].every((x) => x === 0),
                label,
              ).toBe(true);
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
