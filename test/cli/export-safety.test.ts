import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateChecked } from '../../src/engine/evaluate-checked';
import { parseScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import {
  buildWorkbookModel,
  cellText,
  CELL_TEXT_LIMIT,
  MAX_WORKBOOK_CELLS,
  scheduleCsv,
  workbookSize,
  writeXlsx,
} from '../../src/export/index';
import { result as resultFunction } from '../../functions/scenario';
import { FunctionError } from '../../functions/errors';
import { runInProcess } from './run-cli';

const EXAMPLE = readFileSync('examples/support-team.json', 'utf8');
const fresh = () => mkdtempSync(join(tmpdir(), 'crossover-safety-'));
const example = () => JSON.parse(EXAMPLE) as Record<string, any>;

function scenarioFile(dir: string, change: (s: Record<string, any>) => void = () => {}) {
  const s = example();
  delete s.$schema;
  change(s);
  const path = join(dir, 'scenario.json');
  writeFileSync(path, JSON.stringify(s));
  return path;
}

/** Every file in dir with its bytes and modification time: what "untouched" means. */
function snapshot(dir: string) {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      [readFileSync(join(dir, f), 'utf8'), statSync(join(dir, f)).mtimeMs],
    ]),
  );
}

describe('results that are not finite numbers', () => {
  const overflowing: [string, (s: Record<string, any>) => void, string][] = [
    [
      'contactsPerMonth 1e308',
      (s) => (s.demand.contactsPerMonth = 1e308),
      'demand.contactsPerMonth',
    ],
    [
      'growthAnnual 1e20 over 240 months',
      (s) =>
        Object.assign(s, {
          horizonMonths: 240,
          demand: { contactsPerMonth: 40000, growthAnnual: 1e20 },
        }),
      'demand.growthAnnual',
    ],
    ['price 1e308', (s) => (s.options[1].charges.price = 1e308), 'options[1].charges.price'],
    ['humanCostPerContact 1e305', (s) => (s.humanCostPerContact = 1e305), 'humanCostPerContact'],
    [
      'wageInflationAnnual 1e20 over 240 months',
      (s) => Object.assign(s, { horizonMonths: 240, wageInflationAnnual: 1e20 }),
      'wageInflationAnnual',
    ],
  ];

  it.each(overflowing)(
    '%s: exit 2 naming the field, in run, run --json, validate and export',
    async (_l, change, path) => {
      const dir = fresh();
      const file = scenarioFile(dir, change);
      for (const args of [
        ['run', file],
        ['run', file, '--json'],
        ['validate', file],
      ]) {
        const { code, stdout, stderr } = await runInProcess(args);
        expect(code).toBe(2);
        expect(stdout).toBe('');
        expect(stderr).toContain(`${path}: is too large for the results to be finite numbers`);
        expect(stderr).not.toMatch(/\$∞|\$NaN|\n\s+at /);
      }
      const out = join(dir, 'out.xlsx');
      const exported = await runInProcess([
        'export',
        file,
        '-o',
        out,
        '--csv',
        join(dir, 'out.csv'),
        '--json',
        join(dir, 'out.json'),
      ]);
      expect(exported.code).toBe(2);
      expect(exported.stderr).toContain(path);
      expect(readdirSync(dir)).toEqual(['scenario.json']);
    },
  );

  it('the functions reading scenario text give #VALUE! naming the field', () => {
    const s = example();
    s.options[1].charges.price = 1e308;
    const value = resultFunction(JSON.stringify(s), 'Per resolution');
    expect(value).toBeInstanceOf(FunctionError);
    expect((value as FunctionError).kind).toBe('value');
    expect((value as FunctionError).message).toContain('options[1].charges.price');
  });

  it('no writer emits a non-finite number, even when handed one', async () => {
    const parsed = parseScenario(example());
    if (!parsed.ok) throw new Error('example invalid');
    const checked = evaluateChecked(parsed.scenario);
    if (!checked.ok) throw new Error('example not finite');
    const result = checked.result;
    result.options[1].schedule.usage[3] = Infinity;
    expect(() => scheduleCsv(result)).toThrow(/not|refusing/);
    const model = buildWorkbookModel(parsed.scenario, result, {
      exportDate: '2026-01-01',
      version: 't',
    });
    await expect(writeXlsx(model)).rejects.toThrow(/not a finite number/);
  });
});

describe('export never loses what the user had', () => {
  it('refuses an output path equal to the scenario file, for --json, --csv and -o', async () => {
    const dir = fresh();
    const file = scenarioFile(dir);
    const before = snapshot(dir);
    for (const flag of ['--json', '--csv']) {
      const { code, stderr } = await runInProcess([
        'export',
        file,
        '-o',
        join(dir, 'b.xlsx'),
        flag,
        file,
      ]);
      expect(code).toBe(2);
      expect(stderr).toContain('an output never replaces an input');
    }
    const linked = join(dir, 'link.json');
    symlinkSync(file, linked);
    const viaLink = await runInProcess([
      'export',
      file,
      '-o',
      join(dir, 'b.xlsx'),
      '--json',
      linked,
      '--force',
    ]);
    expect(viaLink.code).toBe(2);
    expect(viaLink.stderr).toContain('an output never replaces an input');
    expect(snapshot(dir)).toEqual({ ...before, 'link.json': expect.anything() });
  });

  it('keeps existing outputs unless --force, and checks every output before writing any', async () => {
    const dir = fresh();
    const file = scenarioFile(dir);
    const xlsx = join(dir, 'board.xlsx');
    const csv = join(dir, 'schedule.csv');
    writeFileSync(csv, 'my own work');
    const refused = await runInProcess(['export', file, '-o', xlsx, '--csv', csv]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      `${csv} already exists; pass --force to replace it (nothing was written)`,
    );
    expect(existsSync(xlsx)).toBe(false); // the workbook was fine, but nothing is written unless all are
    expect(readFileSync(csv, 'utf8')).toBe('my own work');
    const forced = await runInProcess(['export', file, '-o', xlsx, '--csv', csv, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toMatch(/^option,kind,month/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const help = await runInProcess(['export', '--help']);
    expect(help.stdout).toContain('--force');
    expect(help.stdout).toMatch(/existing file is\s+replaced only with --force/);
  });

  it('a failed write leaves the existing output as it was (temporary file, then rename)', async () => {
    const dir = fresh();
    const file = scenarioFile(dir);
    const xlsx = join(dir, 'board.xlsx');
    writeFileSync(xlsx, 'previous board');
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file, not a directory');
    const { code, stderr } = await runInProcess([
      'export',
      file,
      '-o',
      xlsx,
      '--csv',
      join(blocked, 's.csv'),
      '--force',
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${blocked} is not a directory`);
    expect(readFileSync(xlsx, 'utf8')).toBe('previous board');
  });

  it('refuses up front a workbook too large to write, saying how the limit is computed', async () => {
    const dir = fresh();
    const file = scenarioFile(dir, (s) => {
      s.horizonMonths = 240;
      const vendor = s.options[1];
      const build = s.options[5];
      s.options = [
        ...Array.from({ length: 100 }, (_, i) => ({ ...vendor, name: `Vendor ${i}` })),
        ...Array.from({ length: 100 }, (_, i) => ({ ...build, name: `Build ${i}` })),
      ];
    });
    const started = Date.now();
    const { code, stderr } = await runInProcess(['export', file, '-o', join(dir, 'big.xlsx')]);
    expect(code).toBe(2);
    expect(stderr).toContain(
      `more than the limit of ${MAX_WORKBOOK_CELLS.toLocaleString('en-US')}`,
    );
    expect(stderr).toContain(
      '240 months x 2,405 lines a month (Schedule: 200 options, a vendor bid 16 to 40 lines by its terms, a build 8) + 100 builds x 100 vendors x 110',
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(readdirSync(dir)).toEqual(['scenario.json']);
  });

  it('estimates the cells a workbook holds within 25% (the limit means what it says)', () => {
    const cases: [number, number, number][] = [
      [36, 1, 4],
      [120, 3, 6],
    ];
    for (const [months, builds, vendors] of cases) {
      const base = example();
      const options = [
        ...Array.from({ length: vendors }, (_, i) => ({ ...base.options[1], name: `V${i}` })),
        ...Array.from({ length: builds }, (_, i) => ({ ...base.options[5], name: `B${i}` })),
      ];
      const parsed = parseScenario({ ...base, horizonMonths: months, options });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const scenario: Scenario = parsed.scenario;
      const checked = evaluateChecked(scenario);
      if (!checked.ok) throw new Error('not finite');
      const model = buildWorkbookModel(scenario, checked.result, {
        exportDate: '2026-01-01',
        version: 't',
      });
      const actual = model.sheets.reduce((n, s) => n + s.cells.length, 0);
      const estimate = workbookSize(scenario).cells;
      expect(Math.abs(estimate - actual) / actual).toBeLessThan(0.25);
    }
  });

  it('estimates within 25% too for bids with the newer terms and switch options', () => {
    const files = [
      'examples/buy-then-build.json',
      'examples/complexity-tiered-outcomes.json',
      'examples/credit-prepaid-bid.json',
      'test/export/fixtures/switch-prepaid-capitalised.json',
    ];
    for (const file of files) {
      const raw = JSON.parse(readFileSync(file, 'utf8'));
      raw.horizonMonths = 120;
      const parsed = parseScenario(raw);
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
      const checked = evaluateChecked(parsed.scenario);
      if (!checked.ok) throw new Error('not finite');
      const model = buildWorkbookModel(parsed.scenario, checked.result, {
        exportDate: '2026-01-01',
        version: 't',
      });
      const actual = model.sheets.reduce((n, s) => n + s.cells.length, 0);
      const estimate = workbookSize(parsed.scenario).cells;
      expect(Math.abs(estimate - actual) / actual, file).toBeLessThan(0.25);
    }
  });

  it('cuts text longer than a cell holds, with a note, and escapes control characters in cells', async () => {
    const long = 'x'.repeat(40_000);
    const cut = cellText(long);
    expect(cut.length).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    expect(cut).toMatch(
      /\[truncated: 40,000 characters, a cell holds 32,767; the full text is in the scenario file\]$/,
    );
    expect(cellText('a\u001bb')).toBe('a\\u001bb');
    const dir = fresh();
    const file = scenarioFile(dir, (s) => {
      s.description = long;
      s.options[1].name = 'Per \u001b[31mresolution';
      s.options[1].notes = long;
    });
    const xlsx = join(dir, 'board.xlsx');
    const csv = join(dir, 'schedule.csv');
    const { code } = await runInProcess(['export', file, '-o', xlsx, '--csv', csv]);
    expect(code).toBe(0);
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    let longest = 0;
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const text = typeof cell.value === 'string' ? cell.value : '';
          longest = Math.max(longest, text.length);
          // eslint-disable-next-line no-control-regex
          expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
        }),
      ),
    );
    expect(longest).toBeLessThanOrEqual(CELL_TEXT_LIMIT);
    const csvText = readFileSync(csv, 'utf8');
    expect(csvText).toContain('Per \\u001b[31mresolution');
  });
});

describe('reconcile --out: path errors are input errors', () => {
  const events = 'examples/events/support-desk.csv';
  const args = (out: string) => [
    'reconcile',
    events,
    '--definition',
    'status == "closed"',
    '--price',
    '1',
    '--apply-to',
    'examples/support-team.json',
    '--option',
    'Per resolution',
    '--out',
    out,
  ];

  it.each([
    ['a missing directory', (dir: string) => join(dir, 'missing', 'out.json'), 'does not exist'],
    [
      'a file where a directory is expected',
      (dir: string) => {
        writeFileSync(join(dir, 'file'), 'x');
        return join(dir, 'file', 'out.json');
      },
      'is not a directory',
    ],
    [
      'a dangling link',
      (dir: string) => {
        symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.json'));
        return join(dir, 'dangling.json');
      },
      'already exists',
    ],
    [
      'an existing directory',
      (dir: string) => {
        mkdirSync(join(dir, 'sub.json'));
        return join(dir, 'sub.json');
      },
      'is a directory',
    ],
  ])('%s: exit 2 naming the path', async (_label, make, message) => {
    const dir = fresh();
    const out = make(dir);
    const { code, stderr } = await runInProcess(args(out));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain(
      out.includes('missing') ? join(dir, 'missing') : out.replace(/\/out\.json$/, ''),
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
