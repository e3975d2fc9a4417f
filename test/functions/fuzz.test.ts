// Thousands of random argument tuples per function, shaped like what Excel passes (numbers,
// negatives, blanks, text, booleans, ranges of odd shapes): each call gives a finite number,
// text, a spilled block of those, or an Excel error with a message; never a throw, NaN or
// Infinity. Every function in the generated functions.json is covered, new ones included.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FunctionError } from '../../functions/errors';
import { SCHEDULE_FIELDS } from '../../src/engine/schedule';
import { loadFunctions, type LoadedFunctions } from './load-functions';
import { SUPPORT_TEAM_RANGES } from '../support/engine-support-ranges';

const RUNS = 2000;
const SCENARIO = readFileSync('examples/support-team.json', 'utf8');
const SWITCH_SCENARIO = readFileSync('examples/buy-then-build.json', 'utf8');
/** The same scenario with a few ranges, so the risk functions are reached. */
const RANGED_SCENARIO = JSON.stringify({
  ...JSON.parse(SCENARIO),
  uncertainty: {
    trials: 100,
    inputs: [
      ...SUPPORT_TEAM_RANGES,
      {
        option: 'Hybrid capped',
        field: 'charges.price',
        dist: 'pert',
        low: 0.5,
        mode: 0.8,
        high: 2,
      },
    ],
  },
});
const RANGED_FIELDS = ['demand.contactsPerMonth', 'resolutionRate', 'buildMonths', 'charges.price'];
const WORDS = [
  'graduated',
  'volume',
  'VOLUME',
  'total',
  'npv',
  'breakeven',
  'crossover',
  'Build in-house',
  'Per resolution',
  'Hybrid capped',
  'Buy then build',
  'month',
  'bestSwitchNpv',
  ...SCHEDULE_FIELDS,
  'expense',
  'ebitdaCost',
  'amortization',
];

const plausible = fc.oneof(
  fc.integer({ min: 0, max: 100_000 }),
  fc.double({ min: 0, max: 2, noNaN: true }),
  fc.integer({ min: 1, max: 60 }),
);
const number = fc.oneof(
  { weight: 4, arbitrary: plausible },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1e308, -1e308, 5e-324, Infinity, -Infinity, NaN) },
);
const cell = fc.oneof(
  { weight: 6, arbitrary: number },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, '') },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: number.map((n) => String(n)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...WORDS, SCENARIO, SWITCH_SCENARIO, '{}', '{"name":1}'),
  },
);
const range = (rows: fc.Arbitrary<number>, cols: fc.Arbitrary<number>) =>
  fc
    .tuple(rows, cols)
    .chain(([r, c]) =>
      fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
    );
const anyRange = fc.oneof(
  range(fc.integer({ min: 1, max: 40 }), fc.constant(1)), // a column of months
  range(fc.constant(1), fc.integer({ min: 1, max: 30 })), // a row
  range(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 })), // tiers and odd shapes
  range(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), // empty and tiny
);
const scalarArgument = fc.oneof({ weight: 8, arbitrary: cell }, { weight: 1, arbitrary: anyRange });
const rangeArgument = fc.oneof({ weight: 5, arbitrary: anyRange }, { weight: 1, arbitrary: cell });

/** Valid tier tables now and then, so the pricing arithmetic is reached, not only the checks. */
const tierTable = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 5000 }), plausible, fc.option(plausible)), {
    minLength: 1,
    maxLength: 5,
  })
  .map((rows) => {
    let upTo = 0;
    return rows.map(([step, price, fee], i) => {
      upTo += step;
      return [i === rows.length - 1 ? null : upTo, price, fee];
    });
  });
const OPTION_NAMES = [
  'Status quo',
  'Per resolution',
  'Per conversation',
  'Action credits',
  'Hybrid capped',
  'Build in-house',
];

/** Event exports with a header row, now and then, so reconciliation is reached. */
const eventRow = fc.tuple(
  fc.integer({ min: 45658, max: 46000 }),
  fc.constantFrom('closed', 'open', ''),
  fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 40 })),
  fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 5 })),
  fc.constantFrom(0, 1),
);
const eventTable = fc
  .array(eventRow, { minLength: 1, maxLength: 30 })
  .map((rows) => [['period', 'status', 'reopen_days', 'csat', 'vendor_billed'], ...rows]);
const DEFINITIONS = [
  'csat >= 4',
  'status == "closed" and (isblank(reopen_days) or reopen_days > 14) and csat >= 4',
  'not (status == "open")',
];

/** Arguments that, by name, are mostly of their kind: scenarios, option names, fields, tiers. */
const HINTS: Record<string, fc.Arbitrary<unknown>> = {
  scenario: fc.oneof(
    { weight: 3, arbitrary: fc.constant(SCENARIO) },
    { weight: 2, arbitrary: fc.constant(RANGED_SCENARIO) },
    { weight: 2, arbitrary: fc.constant(SWITCH_SCENARIO) },
    { weight: 1, arbitrary: cell },
  ),
  switch_option: fc.oneof(
    { weight: 4, arbitrary: fc.constant('Buy then build') },
    { weight: 1, arbitrary: fc.constantFrom(...OPTION_NAMES) },
    { weight: 1, arbitrary: cell },
  ),
  // class tables that sum to 1 now and then, so the blended price is reached
  shares: fc.oneof(
    { weight: 2, arbitrary: fc.constant([[0.5], [0.3], [0.2]]) },
    { weight: 1, arbitrary: rangeArgument },
  ),
  prices: fc.oneof(
    { weight: 2, arbitrary: fc.array(fc.tuple(plausible), { minLength: 3, maxLength: 3 }) },
    { weight: 1, arbitrary: rangeArgument },
  ),
  drifts: fc.oneof(
    { weight: 2, arbitrary: fc.array(fc.tuple(plausible), { minLength: 3, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 1, arbitrary: rangeArgument },
  ),
  option: fc.oneof(
    { weight: 3, arbitrary: fc.constant('Hybrid capped') },
    { weight: 3, arbitrary: fc.constantFrom(...OPTION_NAMES, '') },
    { weight: 1, arbitrary: cell },
  ),
  field: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...RANGED_FIELDS) },
    { weight: 2, arbitrary: fc.constantFrom(...SCHEDULE_FIELDS) },
    { weight: 1, arbitrary: cell },
  ),
  // small trial counts keep 2,000 simulations quick; the rest checks the argument
  trials: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 100, max: 300 }) },
    { weight: 1, arbitrary: cell.filter((c) => !(typeof c === 'number' && c > 300)) },
  ),
  option_name: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...OPTION_NAMES) },
    { weight: 1, arbitrary: cell },
  ),
  build_name: fc.oneof(
    { weight: 4, arbitrary: fc.constant('Build in-house') },
    { weight: 1, arbitrary: cell },
  ),
  vendor_name: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...OPTION_NAMES) },
    { weight: 1, arbitrary: cell },
  ),
  tiers: fc.oneof({ weight: 2, arbitrary: tierTable }, { weight: 1, arbitrary: rangeArgument }),
  table: fc.oneof({ weight: 2, arbitrary: eventTable }, { weight: 1, arbitrary: rangeArgument }),
  definition: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...DEFINITIONS) },
    { weight: 1, arbitrary: cell },
  ),
  price_or_tiers: fc.oneof(
    { weight: 1, arbitrary: tierTable },
    { weight: 2, arbitrary: rangeArgument },
  ),
};

/** A finite number, text, a block of those, or a FunctionError: what a cell may show. */
function checkCellResult(value: unknown) {
  if (value instanceof FunctionError) {
    expect(['value', 'num', 'na', 'div0']).toContain(value.kind);
    expect(value.message.length).toBeGreaterThan(0);
    // guard's last resort: an exception the argument checks should have prevented
    expect(value.message).not.toMatch(/^unexpected error/);
    return;
  }
  if (Array.isArray(value)) {
    expect(value.length).toBeGreaterThan(0);
    const width = (value[0] as unknown[]).length;
    expect(width).toBeGreaterThan(0);
    for (const row of value as unknown[][]) {
      expect(row).toHaveLength(width);
      for (const item of row) checkScalar(item);
    }
    return;
  }
  checkScalar(value);
}

function checkScalar(value: unknown) {
  if (typeof value === 'number') expect(Number.isFinite(value), `${value} is finite`).toBe(true);
  else expect(typeof value).toBe('string');
}

// Top-level await: the list of functions (one test each) comes from the built functions.json.
const loaded: LoadedFunctions = await loadFunctions();

describe('fuzz: every function gives a value or an Excel error, never a throw, NaN or Infinity', () => {
  it('covers every function of functions.json', () => {
    expect(Object.keys(loaded.implementations).sort()).toEqual(
      loaded.metadata.functions.map((f) => f.id).sort(),
    );
    expect(loaded.metadata.functions.length).toBeGreaterThanOrEqual(15);
  });

  for (const fn of loaded.metadata.functions) {
    it(`OUTCOME.${fn.name}`, () => {
      const implementation = loaded.implementations[fn.id];
      const required = fn.parameters.filter((p) => !p.optional).length;
      const argumentsOf = fn.parameters.map(
        (p) => HINTS[p.name] ?? (p.dimensionality === 'matrix' ? rangeArgument : scalarArgument),
      );
      const tuple = fc
        .integer({ min: Math.max(0, required - 1), max: fn.parameters.length })
        .chain((n) => fc.tuple(...argumentsOf.slice(0, Math.max(n, 1))));
      let values = 0;
      fc.assert(
        fc.property(tuple, (args) => {
          let result: unknown;
          expect(() => {
            result = implementation(...args);
          }, `${fn.id} does not throw`).not.toThrow();
          checkCellResult(result);
          if (!(result instanceof FunctionError)) values++;
        }),
        { numRuns: RUNS, seed: 20261123 + fn.id.length },
      );
      // The generators reach the functions' arithmetic, not only their argument checks.
      expect(values, `${fn.id}: some random tuples give a value`).toBeGreaterThan(RUNS / 200);
    });
  }
});
