import { describe, expect, it } from 'vitest';
import { benchScenario } from '../../bench/engine-workload';
import { typedArrayKernel } from '../../bench/typed-array-kernel';
import { evaluateScenario } from '../../src/engine/evaluate';
import { SCHEDULE_FIELDS } from '../../src/engine/schedule';
import { expectClose } from '../support/close';

// The engine benchmark reports the engine's rate as a ratio to this kernel; the ratio is honest
// only if the kernel does the engine's arithmetic: the same numbers, month by month.
describe('the typed-array kernel of the engine benchmark', () => {
  const scenario = benchScenario();
  const engine = evaluateScenario(scenario);
  const kernel = typedArrayKernel(scenario)();
  const H = scenario.horizonMonths;

  it('gives the engine totals and NPVs to 1e-9', () => {
    engine.options.forEach((option, o) => {
      expectClose(kernel.totalCost[o], option.totalCost, 1e-9, `${option.name} totalCost`);
      expectClose(kernel.npv[o], option.npv, 1e-9, `${option.name} npv`);
    });
  });

  it('writes the engine monthly lines and accounting expense, to 1e-9', () => {
    engine.options.forEach((option, o) => {
      SCHEDULE_FIELDS.forEach((field, line) => {
        for (let m = 0; m < H; m++) {
          const at = (o * 22 + line) * H + m;
          expectClose(
            kernel.columns[at],
            option.schedule[field][m],
            1e-9,
            `${option.name} ${field} ${m + 1}`,
          );
        }
      });
      for (let m = 0; m < H; m++)
        expectClose(kernel.columns[(o * 22 + 21) * H + m], option.accounting.expense[m], 1e-9);
    });
  });

  it('gives the engine breakevens and both crossings of every comparison', () => {
    expect(engine.comparisons.map((c) => c.vendor)).toEqual([
      'Per resolution',
      'Tiered',
      'Gain-share',
    ]);
    // the kernel's pairs: Tiered, Per resolution, Gain-share
    const order = [1, 0, 2];
    engine.comparisons.forEach((c, i) => {
      const p = order[i];
      expect(kernel.breakeven[p], c.vendor).toBe(c.breakevenMonth ?? Infinity);
      const crossover = Number.isNaN(kernel.crossover[p]) ? null : kernel.crossover[p];
      const throughout = Number.isNaN(kernel.buildCheaperThroughout[p])
        ? null
        : kernel.buildCheaperThroughout[p];
      expectClose(crossover, c.crossoverContactsPerMonth, 1e-9, `${c.vendor} crossover`);
      expectClose(throughout, c.buildCheaperThroughout, 1e-9, `${c.vendor} throughout`);
    });
  });
});
