import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { parseFieldPath, setAtPath } from '../../src/scenario/field-path';
import { flatScenario, SMALL_BUILD, TWO_TIERS } from '../support/engine-scenario-json';

type Json = Record<string, any>;
const base = (): Json =>
  flatScenario(
    { name: 'bad terms', horizonMonths: 12, contactsPerMonth: 1000, humanCostPerContact: 4 },
    [
      {
        kind: 'vendor',
        name: 'Classes',
        resolutionRate: 0.5,
        charges: {
          unit: 'outcome',
          classes: [
            { name: 'simple', share: 0.7, price: 0.5 },
            { name: 'complex', share: 0.3, price: 3 },
          ],
        },
      },
      {
        kind: 'vendor',
        name: 'Tiers',
        resolutionRate: 0.5,
        charges: {
          unit: 'outcome',
          tiers: TWO_TIERS,
          tierBasis: 'year-to-date',
          prepaid: { annualAmount: 1000 },
          phases: [{ months: 1, priceFactor: 0 }],
        },
      },
      { ...SMALL_BUILD, name: 'Build' },
      { kind: 'switch', name: 'Switch', vendor: 'Tiers', build: 'Build', switchMonth: 13 },
    ],
  );

// Bad values written where the problem is named: that path, with the value.
const badValues: [string, string, unknown][] = [
  ['classes with another price form', 'options[0].charges.price', 1],
  ['classes with a non-outcome unit', 'options[0].charges.unit', 'contact'],
  ['duplicate class names', 'options[0].charges.classes[1].name', 'simple'],
  ['a phase of 0 months', 'options[1].charges.phases[0].months', 0],
  ['a switch naming a missing option', 'options[3].vendor', 'Nobody'],
  ['a switch naming an option of the wrong kind', 'options[3].build', 'Classes'],
  ['a switch month beyond H + 1', 'options[3].switchMonth', 14],
  ['a switch month of 0', 'options[3].switchMonth', 0],
];

/** A label, how the base scenario is broken, the path the problem names and what it shows. */
type Case = [string, (s: Json) => void, string, string];

const cases: Case[] = [
  ...badValues.map(([label, path, value]): Case => [
    label,
    (s) => setAtPath(s, parseFieldPath(path)!, value),
    path,
    String(value),
  ]),
  [
    'class shares not summing to 1',
    (s) => (s.options[0].charges.classes[1].share = 0.4),
    'options[0].charges.classes',
    'sum to 1.1',
  ],
  [
    'prepaid together with annualCommit',
    (s) => (s.options[1].charges.annualCommit = 500),
    'options[1].charges.prepaid',
    'annualAmount',
  ],
  [
    'year-to-date with volume tiers',
    (s) => (s.options[1].charges.tierMode = 'volume'),
    'options[1].charges.tierBasis',
    'year-to-date',
  ],
  [
    'year-to-date without tiers',
    (s) => {
      delete s.options[1].charges.tiers;
      s.options[1].charges.price = 1;
    },
    'options[1].charges.tierBasis',
    'year-to-date',
  ],
  [
    'no contacts at all',
    (s) => delete s.demand.contactsPerMonth,
    'demand.contactsPerMonth',
    'undefined',
  ],
];

describe('bad vendor terms and switch options', () => {
  it('accepts the base scenario', () => {
    const r = parseScenario(base());
    expect(r.ok).toBe(true);
  });

  it.each(cases)('%s: named by its JSON path and value', (_label, breakIt, path, value) => {
    const s = base();
    breakIt(s);
    const r = parseScenario(s);
    if (r.ok) expect.fail('accepted');
    const problem = r.problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(r.problems)).toBeDefined();
    const shown = `${problem!.message} ${JSON.stringify(problem!.value) ?? 'undefined'}`;
    expect(shown).toContain(value);
  });

  it('needs no contactsPerMonth when contactsByMonth is given, and takes C0 from the series', () => {
    const s = base();
    delete s.demand.contactsPerMonth;
    s.demand.contactsByMonth = Array.from({ length: 12 }, (_, m) => 1000 + m);
    const r = parseScenario(s);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const result = evaluateScenario(r.scenario);
    expect(result.options[2].schedule.contacts[11]).toBe(1011);
    const withC0 = parseScenario({ ...s, demand: { ...s.demand, contactsPerMonth: 5 } });
    if (!withC0.ok) throw new Error('invalid');
    // the series wins everywhere, the crossover's search limit included
    expect(evaluateScenario(withC0.scenario).comparisons).toEqual(result.comparisons);
  });
});
