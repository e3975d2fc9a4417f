import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { createKernel, newCaseResult } from '../../src/uncertainty/kernel';
import { parseFieldPath, setAtPath } from '../../src/scenario/field-path';
import { resolveInputs } from '../../src/scenario/resolve-inputs';
import { drawInputValues } from '../../src/uncertainty/sampling';
import type { UncertaintyInput } from '../../src/scenario/uncertainty-schema';
import { scenarioArb } from '../support/arbitraries';
import { expectClose } from '../support/close';
import { candidates, valid, type Candidate } from './support';

// The kernel against evaluateScenario, trial by trial: random scenarios, random ranged inputs
// among the catalogue's fields, trials drawn by the simulation's own sampler.

function rangeAround(c: Candidate, shape: number, width: number): UncertaintyInput {
  const w = Math.max(Math.abs(c.base), 1) * width;
  const where = { ...(c.option === undefined ? {} : { option: c.option }), field: c.field };
  switch (shape) {
    case 0:
      return { ...where, dist: 'uniform', low: c.base - w, high: c.base + w };
    case 1:
      return { ...where, dist: 'triangular', low: c.base - w, mode: c.base, high: c.base + 2 * w };
    case 2:
      return { ...where, dist: 'pert', low: c.base - 2 * w, mode: c.base, high: c.base + w };
    default:
      return { ...where, dist: 'normal', mean: c.base, sd: w };
  }
}

const caseArb = fc
  .record({
    json: scenarioArb,
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    shapes: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
    width: fc.double({ min: 0.05, max: 1.5, noNaN: true }),
    seed: fc.nat(),
    sampling: fc.constantFrom('lhs' as const, 'random' as const),
  })
  .map(({ json, ...rest }) => ({
    ...rest,
    json:
      json.options.length >= 2
        ? json
        : { ...json, options: [...json.options, { kind: 'status-quo', name: 'People' }] },
  }));

describe('simulation kernel', () => {
  it("gives evaluateScenario's NPV, total cost and breakeven month for any trial, to 1e-9", () => {
    fc.assert(
      fc.property(caseArb, ({ json, picks, shapes, width, seed, sampling }) => {
        const scenario = valid(json);
        const all = candidates(scenario);
        const chosen = [...new Set(picks.map((p) => p % all.length))].map((i) => all[i]);
        const inputs = chosen.map((c, k) => rangeAround(c, shapes[k], width));
        const { inputs: resolved, problems } = resolveInputs(scenario, inputs);
        if (problems.length) throw new Error(JSON.stringify(problems));
        const H = scenario.horizonMonths;
        const values = drawInputValues(resolved, 100, seed, sampling, H);
        const kernel = createKernel(scenario, resolved);
        const out = newCaseResult(kernel);
        for (const t of [0, 37, 99]) {
          kernel.evaluate((j) => values[j][t], out);
          const applied = structuredClone(scenario);
          resolved.forEach((input, j) => setAtPath(applied, input.keys, values[j][t]));
          const reparsed = parseScenario(applied);
          if (!reparsed.ok) throw new Error(JSON.stringify(reparsed.problems));
          const expected = evaluateScenario(reparsed.scenario);
          expected.options.forEach((o, i) => {
            expectClose(out.npv[i], o.npv, 1e-9, `${o.name} npv, trial ${t}`);
            expectClose(out.totalCost[i], o.totalCost, 1e-9, `${o.name} totalCost, trial ${t}`);
          });
          expected.comparisons.forEach((c, p) => {
            expect(out.breakeven[p], `${c.build}/${c.vendor}`).toBe(c.breakevenMonth ?? Infinity);
          });
        }
        // Every path the catalogue names parses as a path.
        for (const c of chosen) if (!parseFieldPath(c.field)) throw new Error(c.field);
      }),
      { numRuns: 150 },
    );
  });
});
