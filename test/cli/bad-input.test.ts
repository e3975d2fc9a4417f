import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, runInProcess, runOk } from './run-cli';
import { namedPath } from '../support/named-path';
import {
  OUTCOME_VENDOR,
  SMALL_BUILD,
  TWO_TIERS,
  twelveMonths,
} from '../support/engine-scenario-json';

const dir = mkdtempSync(join(tmpdir(), 'crossover-bad-'));
const base = () =>
  twelveMonths('bad', [
    OUTCOME_VENDOR,
    {
      kind: 'vendor',
      name: 'T',
      resolutionRate: 0.5,
      charges: { unit: 'outcome', tiers: TWO_TIERS },
    },
    SMALL_BUILD,
  ]);
type Scenario = ReturnType<typeof base> & Record<string, unknown>;

const cases: [string, (s: Scenario) => void, string, string][] = [
  ['negative volume', (s) => (s.demand.contactsPerMonth = -5), 'demand.contactsPerMonth', '-5'],
  [
    'negative price',
    (s) => ((s.options[1] as any).charges.price = -1),
    'options[1].charges.price',
    '-1',
  ],
  [
    'rate above 1',
    (s) => ((s.options[1] as any).resolutionRate = 1.2),
    'options[1].resolutionRate',
    '1.2',
  ],
  [
    'rate below 0',
    (s) => ((s.options[3] as any).resolutionRate = -0.1),
    'options[3].resolutionRate',
    '-0.1',
  ],
  [
    'tiers not ascending',
    (s) => (s.options[2] as any).charges.tiers.unshift({ upTo: 500, price: 2 }),
    'options[2].charges.tiers[1].upTo',
    '100',
  ],
  [
    'bounded last tier',
    (s) => ((s.options[2] as any).charges.tiers[1].upTo = 900),
    'options[2].charges.tiers[1].upTo',
    '900',
  ],
  ['horizon too long', (s) => (s.horizonMonths = 241), 'horizonMonths', '241'],
  ['horizon zero', (s) => (s.horizonMonths = 0), 'horizonMonths', '0'],
  [
    'series shorter than H',
    (s) => ((s.demand as any).contactsByMonth = [1, 2, 3]),
    'demand.contactsByMonth',
    '[1,2,3]',
  ],
  ['unknown kind', (s) => ((s.options[1] as any).kind = 'vendr'), 'options[1].kind', '"vendr"'],
  [
    'unknown unit',
    (s) => ((s.options[1] as any).charges.unit = 'ticket'),
    'options[1].charges.unit',
    '"ticket"',
  ],
  ['duplicate names', (s) => ((s.options[2] as any).name = 'V'), 'options[2].name', '"V"'],
  [
    'misspelt field',
    (s) => ((s.options[1] as any).charges.anualCap = 5),
    'options[1].charges.anualCap',
    '5',
  ],
  [
    'missing price',
    (s) => delete (s.options[1] as any).charges.price,
    'options[1].charges.price',
    'missing',
  ],
  ['bad currency', (s) => (s.currency = 'dollars'), 'currency', '"dollars"'],
  ['text for a number', (s) => (s.humanCostPerContact = '4' as any), 'humanCostPerContact', '"4"'],
];

describe('malformed scenarios', () => {
  it.each(cases)(
    '%s: exit 2, naming the path and the value',
    async (_label, breakIt, path, value) => {
      const s = base() as Scenario;
      breakIt(s);
      const file = join(dir, `${path.replace(/\W/g, '_')}.json`);
      writeFileSync(file, JSON.stringify(s));
      for (const command of ['run', 'validate']) {
        const { code, stderr, stdout } = await runInProcess([command, file]);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toContain(`${namedPath(path, s)}:`);
        expect(stderr).toContain(`(got ${value})`);
        expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
      }
    },
  );

  it('reports every problem at once', async () => {
    const s = base() as Scenario;
    cases.slice(0, 4).forEach(([, breakIt]) => breakIt(s));
    const file = join(dir, 'many.json');
    writeFileSync(file, JSON.stringify(s));
    const { stderr } = await runInProcess(['validate', file]);
    for (const [, , path] of cases.slice(0, 4)) expect(stderr).toContain(`${namedPath(path, s)}:`);
  });

  it('rejects a file that is not JSON, a missing file and unknown commands and flags', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ "name": ');
    expect((await runInProcess(['run', file])).stderr).toMatch(/not valid JSON/);
    const missing = await runInProcess(['run', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    expect((await runInProcess(['fly'])).code).toBe(2);
    expect((await runInProcess(['run', '--jsn'])).code).toBe(2);
  });

  it('exits 2 from the real bin with messages on stderr only', () => {
    const s = base() as Scenario;
    s.horizonMonths = 500;
    const file = join(dir, 'bin.json');
    writeFileSync(file, JSON.stringify(s));
    const { code, stdout, stderr } = runBin(['run', file]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('horizonMonths:');
  });

  it('validates good files with exit 0', async () => {
    const stdout = await runOk([
      'validate',
      'examples/support-team.json',
      'examples/gain-share-offer.json',
    ]);
    expect(stdout).toMatch(/support-team.json: valid/);
  });
});
