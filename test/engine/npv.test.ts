import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { monthlyRate } from '../../src/engine/time';
import { npv } from '../../src/engine/npv';
import { smallScenario } from '../support/scenarios';
import { expectClose } from '../support/close';
import { between } from '../support/engine-arbitraries';

describe('NPV', () => {
  it('discounts month-end cash at the monthly equivalent rate', () => {
    expectClose(monthlyRate(0.1), Math.pow(1.1, 1 / 12) - 1);
    expectClose(npv(0.1, [100, 100]), 100 / 1.1 ** (1 / 12) + 100 / 1.1 ** (2 / 12));
    expect(npv(0, [1, 2, 3])).toBe(6);
  });
  it("equals Excel's NPV as implemented by formulajs", () => {
    fc.assert(
      fc.property(
        between(0, 0.5),
        fc.array(between(0, 1e7), { minLength: 1, maxLength: 240 }),
        (rate, flows) => {
          expectClose(npv(rate, flows), formulajs.NPV(monthlyRate(rate), ...flows) as number);
        },
      ),
    );
  });
  it('is what each option reports', () => {
    const s = smallScenario([{ kind: 'status-quo', name: 'S' }], {
      discountRateAnnual: 0.08,
      horizonMonths: 24,
    });
    const option = evaluateScenario(s).options[0];
    expectClose(
      option.npv,
      formulajs.NPV(monthlyRate(0.08), ...Array.from(option.schedule.total)) as number,
    );
  });
});
