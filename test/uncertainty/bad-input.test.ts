import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { OUTCOME_VENDOR, SMALL_BUILD, twelveMonths } from '../support/engine-scenario-json';

const scenario = (inputs: unknown[], extra: Record<string, unknown> = {}) =>
  twelveMonths('bad ranges', [OUTCOME_VENDOR, SMALL_BUILD], { uncertainty: { inputs, ...extra } });

const uniform = (field: string, low: number, high: number, option?: string) => ({
  ...(option ? { option } : {}),
  field,
  dist: 'uniform',
  low,
  high,
});

function problems(json: unknown) {
  const r = parseScenario(json);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

// Each bad input is named by its path, with the value found.
const cases: [string, unknown, string, unknown, RegExp][] = [
  [
    'unknown field',
    scenario([uniform('resolutionRat', 0, 1, 'V')]),
    'uncertainty.inputs[0].field',
    'resolutionRat',
    /not a number of a vendor option/,
  ],
  [
    'non-numeric field',
    scenario([uniform('charges.unit', 0, 1, 'V')]),
    'uncertainty.inputs[0].field',
    'charges.unit',
    /not a number/,
  ],
  [
    'not a path',
    scenario([uniform('charges..price', 0, 1, 'V')]),
    'uncertainty.inputs[0].field',
    'charges..price',
    /not a field path/,
  ],
  [
    'field of another kind',
    scenario([uniform('buildMonths', 0, 5, 'V')]),
    'uncertainty.inputs[0].field',
    'buildMonths',
    /build options; "V" is a vendor/,
  ],
  [
    'option field without option',
    scenario([uniform('resolutionRate', 0, 1)]),
    'uncertainty.inputs[0].field',
    'resolutionRate',
    /name the option/,
  ],
  [
    'missing option',
    scenario([uniform('resolutionRate', 0, 1, 'W')]),
    'uncertainty.inputs[0].option',
    'W',
    /no option of that name/,
  ],
  [
    'status quo',
    scenario([uniform('resolutionRate', 0, 1, 'Status quo')]),
    'uncertainty.inputs[0].option',
    'Status quo',
    /no numbers/,
  ],
  [
    'same field twice',
    scenario([uniform('resolutionRate', 0, 1, 'V'), uniform('resolutionRate', 0.2, 0.9, 'V')]),
    'uncertainty.inputs[1].field',
    'resolutionRate',
    /twice/,
  ],
  [
    'low >= high',
    scenario([uniform('resolutionRate', 0.6, 0.6, 'V')]),
    'uncertainty.inputs[0].low',
    0.6,
    /below high/,
  ],
  [
    'mode outside',
    scenario([
      { option: 'V', field: 'resolutionRate', dist: 'pert', low: 0.2, mode: 0.9, high: 0.8 },
    ]),
    'uncertainty.inputs[0].mode',
    0.9,
    /mode must lie/,
  ],
  [
    'sd <= 0',
    scenario([{ field: 'humanCostPerContact', dist: 'normal', mean: 4, sd: 0 }]),
    'uncertainty.inputs[0].sd',
    0,
    /sd must be above 0/,
  ],
  [
    'trials below 100',
    scenario([uniform('humanCostPerContact', 3, 5)], { trials: 50 }),
    'uncertainty.trials',
    50,
    /100/,
  ],
  [
    'trials above 1,000,000',
    scenario([uniform('humanCostPerContact', 3, 5)], { trials: 2_000_000 }),
    'uncertainty.trials',
    2_000_000,
    /1000000/,
  ],
  [
    'base outside support',
    scenario([uniform('humanCostPerContact', 5, 6)]),
    'uncertainty.inputs[0].low',
    5,
    /base value 4 .*outside/,
  ],
  [
    'not rangeable',
    scenario([uniform('horizonMonths', 6, 18)]),
    'uncertainty.inputs[0].field',
    'horizonMonths',
    /horizon/,
  ],
  [
    'tier bound',
    scenario([uniform('charges.tiers[0].upTo', 0, 5, 'V')]),
    'uncertainty.inputs[0].field',
    'charges.tiers[0].upTo',
    /tier bounds/,
  ],
  [
    'absent optional field',
    scenario([uniform('charges.annualCap', 0, 5, 'V')]),
    'uncertainty.inputs[0].field',
    'charges.annualCap',
    /has no charges.annualCap/,
  ],
  [
    'unknown distribution',
    scenario([{ field: 'humanCostPerContact', dist: 'lognormal', low: 1, high: 5 }]),
    'uncertainty.inputs[0].dist',
    'lognormal',
    /./,
  ],
  [
    'bad sampling',
    scenario([uniform('humanCostPerContact', 3, 5)], { sampling: 'sobol' }),
    'uncertainty.sampling',
    'sobol',
    /./,
  ],
];

describe('bad uncertainty input', () => {
  it.each(cases)('%s', (_, json, path, value, message) => {
    const found = problems(json).find((p) => p.path === path);
    expect(found, JSON.stringify(problems(json))).toBeDefined();
    expect(found!.value).toEqual(value);
    expect(found!.message).toMatch(message);
  });

  it('a scenario with ranges needs two options', () => {
    const json = scenario([uniform('humanCostPerContact', 3, 5)]);
    json.options = json.options.slice(0, 1);
    expect(problems(json).map((p) => p.path)).toContain('options');
  });

  it('reports range problems beside the others in the file', () => {
    const json = { ...scenario([uniform('resolutionRate', 0.6, 0.6, 'V')]), horizonMonths: 300 };
    expect(problems(json).map((p) => p.path)).toEqual(
      expect.arrayContaining(['horizonMonths', 'uncertainty.inputs[0].low']),
    );
  });

  it('accepts the example of DOMAIN.md, defaults filled in', () => {
    const r = parseScenario(
      scenario([uniform('demand.contactsPerMonth', 500, 2000), uniform('buildMonths', 1, 9, 'B')]),
    );
    expect(r.ok && r.scenario.uncertainty).toMatchObject({
      trials: 10000,
      seed: 1,
      sampling: 'lhs',
    });
  });
});
