// Correlated ranges (DOMAIN.md "Correlated inputs"): what the block may say, the repair of a
// matrix that cannot hold, and Iman-Conover's reordering of the draws.
import { eigs } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { seededRandom } from '../../src/math/seeded-random';
import { inputCorrelation } from '../../src/uncertainty/correlation-matrix';
import { riskModel } from '../../src/uncertainty/risk-model';
import { riskReport } from '../../src/uncertainty/risk-report';
import { drawInputValues } from '../../src/uncertainty/sampling';
import { uncertaintyWarnings } from '../../src/uncertainty/uncertainty-warnings';
import { OUTCOME_VENDOR, SMALL_BUILD, twelveMonths } from '../support/engine-scenario-json';
import { naiveSpearman } from './gaussian-copula';
import { valid } from './support';

// Six inputs, one group of two: variables [0], [1, 2] ("g"), [3], [4], [5].
const INPUTS = [
  { field: 'demand.contactsPerMonth', dist: 'triangular', low: 600, mode: 1000, high: 1600 },
  { option: 'V', field: 'charges.price', dist: 'pert', low: 0.5, mode: 1, high: 2, group: 'g' },
  { option: 'B', field: 'marginalPerContact', dist: 'uniform', low: 0.05, high: 0.2, group: 'g' },
  { field: 'humanCostPerContact', dist: 'normal', mean: 4, sd: 0.5 },
  { option: 'B', field: 'buildCost', dist: 'uniform', low: 500, high: 2000 },
  { option: 'V', field: 'resolutionRate', dist: 'pert', low: 0.3, mode: 0.5, high: 0.7 },
];

const json = (uncertainty: Record<string, unknown>) =>
  twelveMonths('correlated', [OUTCOME_VENDOR, SMALL_BUILD], {
    uncertainty: { trials: 10_000, inputs: INPUTS, ...uncertainty },
  });

function problemsOf(correlations: unknown) {
  const r = parseScenario(json({ correlations }));
  if (r.ok) throw new Error(`expected problems for ${JSON.stringify(correlations)}`);
  return r.problems;
}

describe('bad correlations: an input error naming uncertainty.correlations[k] and the value', () => {
  const cases: [string, unknown[], string, unknown, RegExp][] = [
    [
      'an index outside the inputs',
      [{ between: [0, 6], rho: 0.3 }],
      'uncertainty.correlations[0].between[1]',
      6,
      /no input 6: inputs has 6 entries \(indices 0 to 5\)/,
    ],
    [
      'a negative index',
      [{ between: [-1, 2], rho: 0.3 }],
      'uncertainty.correlations[0].between[0]',
      -1,
      /an index into inputs/,
    ],
    [
      'an index that is not whole',
      [{ between: [0, 1.5], rho: 0.3 }],
      'uncertainty.correlations[0].between[1]',
      1.5,
      /an index into inputs/,
    ],
    [
      'rho of 1',
      [{ between: [0, 3], rho: 1 }],
      'uncertainty.correlations[0].rho',
      1,
      /between -1 and 1, both excluded/,
    ],
    [
      'rho below -1',
      [
        { between: [0, 3], rho: 0.2 },
        { between: [4, 5], rho: -1.5 },
      ],
      'uncertainty.correlations[1].rho',
      -1.5,
      /between -1 and 1, both excluded/,
    ],
    [
      'the same input twice',
      [{ between: [3, 3], rho: 0.3 }],
      'uncertainty.correlations[0].between',
      [3, 3],
      /names input 3 twice/,
    ],
    [
      'a pair inside one group',
      [{ between: [2, 1], rho: 0.3 }],
      'uncertainty.correlations[0].between',
      [2, 1],
      /inputs 2 and 1 are both in group "g"/,
    ],
    [
      'two disagreeing pairs on the same two inputs',
      [
        { between: [0, 3], rho: 0.3 },
        { between: [3, 0], rho: 0.4 },
      ],
      'uncertainty.correlations[1].rho',
      0.4,
      /correlations\[0\] already gives input 3 and input 0 rho 0.3/,
    ],
    [
      'two disagreeing pairs reaching one group through two of its inputs',
      [
        { between: [0, 1], rho: 0.3 },
        { between: [2, 0], rho: -0.2 },
      ],
      'uncertainty.correlations[1].rho',
      -0.2,
      /input 2 \(group "g"\) and input 0 rho 0.3; two pairs reaching the same two variables must agree/,
    ],
    [
      'an unknown key',
      [{ between: [0, 3], rho: 0.3, r: 0.3 }],
      'uncertainty.correlations[0].r',
      0.3,
      /unknown field/,
    ],
    [
      'one index only',
      [{ between: [0], rho: 0.3 }],
      'uncertainty.correlations[0].between',
      [0],
      /2 items/,
    ],
  ];
  for (const [what, correlations, path, value, message] of cases) {
    it(what, () => {
      const problems = problemsOf(correlations);
      expect(problems).toHaveLength(1);
      expect(problems[0].path).toBe(path);
      expect(problems[0].value).toEqual(value);
      expect(problems[0].message).toMatch(message);
    });
  }

  it('accepts a pair repeated with the same rho, and pairs from one group to different inputs', () => {
    for (const correlations of [
      [
        { between: [0, 3], rho: 0.3 },
        { between: [3, 0], rho: 0.3 },
      ],
      [
        { between: [1, 0], rho: 0.3 },
        { between: [2, 3], rho: -0.4 },
      ],
      [],
    ]) {
      expect(parseScenario(json({ correlations })).ok).toBe(true);
    }
  });

  it('leaves the JSON the user gave untouched when refusing it', () => {
    const given = json({ correlations: [{ between: [0, 9], rho: 2 }] });
    const copy = structuredClone(given);
    expect(parseScenario(given).ok).toBe(false);
    expect(given).toEqual(copy);
  });
});

describe('the correlation matrix', () => {
  it('is over the variables (a group is one), 1 on the diagonal, each rho, 0 elsewhere', () => {
    const c = inputCorrelation(INPUTS, [
      { between: [2, 0], rho: 0.4 },
      { between: [3, 5], rho: -0.25 },
    ])!;
    expect(c.variables).toEqual([[0], [1, 2], [3], [4], [5]]);
    expect(c.written).toEqual([
      [1, 0.4, 0, 0, 0],
      [0.4, 1, 0, 0, 0],
      [0, 0, 1, 0, -0.25],
      [0, 0, 0, 1, 0],
      [0, 0, -0.25, 0, 1],
    ]);
    expect(c.used).toEqual(c.written);
    expect(c.repair).toBeNull();
    expect(inputCorrelation(INPUTS, undefined)).toBeNull();
    expect(inputCorrelation(INPUTS, [])).toBeNull();
  });

  it('when it cannot hold, is replaced by the nearest correlation matrix with a warning naming the largest change', () => {
    // 0 and 3 strongly together, 3 and 5 strongly together, but 0 and 5 strongly apart
    const correlations = [
      { between: [0, 3], rho: 0.9 },
      { between: [3, 5], rho: 0.9 },
      { between: [0, 5], rho: -0.9 },
    ];
    const scenario = valid(json({ correlations }));
    const c = riskModel(scenario).correlation!;
    expect(c.repair).not.toBeNull();
    const used = c.used;
    const eigenvalues = (eigs(used).values as number[]).map(Number);
    expect(Math.min(...eigenvalues)).toBeGreaterThanOrEqual(1e-6 * (1 - 1e-9));
    expect(used.every((row, i) => row[i] === 1)).toBe(true);
    // the largest change over the off-diagonal entries, and where it was written
    const changes = used.flatMap((row, a) =>
      row.map((x, b) => (a < b ? Math.abs(x - c.written[a][b]) : 0)),
    );
    const largest = Math.max(...changes);
    const { variables, from, to, entry } = c.repair!;
    expect(Math.abs(to - from)).toBe(largest);
    expect(entry).not.toBeNull();
    const pair = correlations[entry!].between.map((j) =>
      c.variables.findIndex((v) => v.includes(j)),
    );
    expect([...pair].sort()).toEqual([...variables].sort());
    expect(from).toBe(correlations[entry!].rho);
    const [warning] = uncertaintyWarnings(scenario);
    expect(warning.path).toBe(`uncertainty.correlations[${entry}].rho`);
    expect(warning.value).toBe(from);
    expect(warning.message).toMatch(/not positive definite.*nearest correlation matrix/);
    expect(warning.message).toContain(`${from} becomes ${Number(to.toFixed(4))}`);
    // never blocks: the simulation runs with the repaired matrix
    const report = riskReport(scenario, { trials: 2000 });
    expect(report.simulation.trials).toBe(2000);
    const possible = [
      { between: [0, 3], rho: 0.6 },
      { between: [3, 5], rho: 0.6 },
    ];
    expect(uncertaintyWarnings(valid(json({ correlations: possible })))).toEqual([]);
  });
});

/** The draws of the correlated example, and the same block's draws without correlations. */
function draws(correlations: unknown[], sampling: 'lhs' | 'random', seed = 1, trials = 10_000) {
  const scenario = valid(json({ correlations, sampling, seed, trials }));
  const model = riskModel(scenario);
  const H = scenario.horizonMonths;
  return {
    correlated: drawInputValues(
      model.inputs,
      trials,
      seed,
      sampling,
      H,
      scenario.uncertainty!.correlations,
    ),
    plain: drawInputValues(model.inputs, trials, seed, sampling, H),
  };
}

const sorted = (x: Float64Array) => Float64Array.from(x).sort();

describe('Iman-Conover', () => {
  const CORRELATIONS = [
    { between: [0, 1], rho: 0.7 },
    { between: [3, 5], rho: -0.4 },
    { between: [4, 0], rho: 0.25 },
    { between: [2, 4], rho: -0.3 },
    { between: [5, 0], rho: 0.4 },
  ];

  for (const sampling of ['lhs', 'random'] as const) {
    it(`${sampling}: rank correlations near (6/pi) asin(r/2), within 0.02 of r, at 10,000 trials`, () => {
      const { correlated } = draws(CORRELATIONS, sampling);
      for (const { between, rho } of CORRELATIONS) {
        const spearman = naiveSpearman(correlated[between[0]], correlated[between[1]]);
        const expected = (6 / Math.PI) * Math.asin(rho / 2);
        expect(Math.abs(spearman - expected), `${between}: ${spearman}`).toBeLessThan(0.015);
        expect(Math.abs(spearman - rho), `${between}: ${spearman}`).toBeLessThanOrEqual(0.02);
      }
      // an unlisted pair stays near 0
      expect(Math.abs(naiveSpearman(correlated[3], correlated[4]))).toBeLessThan(0.03);
    });

    it(`${sampling}: each input's marginal is unchanged: its sorted draws equal the uncorrelated run's`, () => {
      const { correlated, plain } = draws(CORRELATIONS, sampling);
      correlated.forEach((values, j) => expect(sorted(values)).toEqual(sorted(plain[j])));
      // and the order did change
      expect(correlated[0]).not.toEqual(plain[0]);
    });
  }

  it("keeps a group's inputs moving together", () => {
    const { correlated } = draws(CORRELATIONS, 'lhs', 3, 2000);
    const order = (x: Float64Array) => Array.from(x.keys()).sort((i, j) => x[i] - x[j] || i - j);
    expect(order(correlated[2])).toEqual(order(correlated[1]));
  });

  it('one file and seed give the same trials; another seed others', () => {
    const a = draws(CORRELATIONS, 'lhs', 5, 1000).correlated;
    const b = draws(CORRELATIONS, 'lhs', 5, 1000).correlated;
    const c = draws(CORRELATIONS, 'lhs', 6, 1000).correlated;
    expect(b).toEqual(a);
    expect(c[0]).not.toEqual(a[0]);
  });

  it('without correlations the draws are as before, bit for bit: the seeded stream, group by group', () => {
    // the Latin hypercube written again: a Fisher-Yates shuffle of the slices, then one uniform
    // inside each slice, group after group from one generator seeded once
    const trials = 500;
    const random = seededRandom(9);
    const variables = [[0], [1, 2], [3], [4], [5]];
    const u = variables.map(() => {
      const order = Array.from({ length: trials }, (_, t) => t);
      for (let t = trials - 1; t > 0; t--) {
        const k = Math.floor(random() * (t + 1));
        [order[t], order[k]] = [order[k], order[t]];
      }
      return order.map((slice) => (slice + random()) / trials);
    });
    const { plain, correlated } = draws([], 'lhs', 9, trials);
    expect(correlated).toEqual(plain);
    // the uniform input (buildCost, variable 3) is low + u (high - low) exactly
    expect(Array.from(plain[4])).toEqual(u[3].map((p) => 500 + p * 1500));
    const none = riskReport(valid(json({ trials, seed: 9 })));
    const empty = riskReport(valid(json({ trials, seed: 9, correlations: [] })));
    expect(empty).toEqual(none);
  });
});
