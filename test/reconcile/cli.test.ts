import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';

async function crossover(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

const EVENTS = 'examples/events/support-desk.csv';
const dir = mkdtempSync(join(tmpdir(), 'crossover-reconcile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crossover reconcile', () => {
  it('prints the monthly table and the corrected invoice', async () => {
    const { code, out } = await crossover(
      'reconcile',
      EVENTS,
      '--definition',
      GENERATOR_DEFINITION,
      '--price',
      '0.99',
    );
    expect(code).toBe(0);
    expect(out).toContain("Vendor billed 41,000 outcomes; the buyer's definition finds 27,000.");
    expect(out).toContain('overcharge $13,860.00');
    expect(out).toContain('corrected invoice $26,730.00');
    expect(out).toMatch(/^2025-01 /m);
    expect(out).toMatch(/Measured overcount: k0 = 1\.36\d+/);
  });

  it('--json and --engine duckdb give the same reconciliation as in process', async () => {
    const js = await crossover(
      'reconcile',
      EVENTS,
      '--definition',
      GENERATOR_DEFINITION,
      '--price',
      '0.99',
      '--tolerance',
      '0.5',
      '--json',
    );
    const duck = await crossover(
      'reconcile',
      EVENTS,
      '--definition',
      GENERATOR_DEFINITION,
      '--price',
      '0.99',
      '--tolerance',
      '0.5',
      '--json',
      '--engine',
      'duckdb',
    );
    expect(js.code).toBe(0);
    expect(duck.code).toBe(0);
    const a = JSON.parse(js.out);
    const b = JSON.parse(duck.out);
    expect(b.months).toEqual(a.months);
    expect(b.total).toEqual(a.total);
    expect(a.tolerance).toBe(0.5);
    // the ratio stays under 1.5 until it drifts past it: the clause bites only in later months
    const exceeded = a.months.map((m: { toleranceExceeded: boolean }) => m.toleranceExceeded);
    expect(exceeded[0]).toBe(false);
    expect(exceeded[11]).toBe(true);
  });

  it('--apply-to writes a new scenario file beside the original and never overwrites', async () => {
    const scenario = join(dir, 'support-team.json');
    copyFileSync('examples/support-team.json', scenario);
    const before = readFileSync(scenario, 'utf8');
    const args = [
      'reconcile',
      EVENTS,
      '--definition',
      GENERATOR_DEFINITION,
      '--price',
      '0.99',
      '--apply-to',
      scenario,
      '--option',
      'Per resolution',
    ];
    const first = await crossover(...args);
    expect(first.code).toBe(0);
    const written = join(dir, 'support-team.reconciled.json');
    expect(first.out).toContain(`Wrote ${written}`);
    expect(readFileSync(scenario, 'utf8')).toBe(before);
    const updated = JSON.parse(readFileSync(written, 'utf8'));
    expect(updated.options[1].overcount.initialRatio).toBeCloseTo(1.368, 2);
    expect(updated.options[1].overcount.driftAnnual).toBeCloseTo(0.25, 2);
    const again = await crossover(...args);
    expect(again.code).toBe(2);
    expect(again.err).toContain('already exists');
    const out = join(dir, 'other.json');
    expect((await crossover(...args, '--out', out)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it.each([
    [['reconcile'], /needs an EVENTS file/],
    [['reconcile', EVENTS, '--price', '1'], /--definition is required/],
    [['reconcile', EVENTS, '--definition', 'csat >= 4'], /--price is required/],
    [
      ['reconcile', EVENTS, '--definition', 'csat >= 4', '--price', 'cheap'],
      /--price must be a number, got "cheap"/,
    ],
    [
      ['reconcile', EVENTS, '--definition', 'csat >= 4', '--price=-2'],
      /price must be a number >= 0.*got -2/,
    ],
    [
      ['reconcile', EVENTS, '--definition', 'csta >= 4', '--price', '1'],
      /--definition: unknown column "csta" at character 1 .*available columns: contact_id, period/,
    ],
    [
      ['reconcile', EVENTS, '--definition', 'csta >= 4', '--price', '1', '--engine', 'duckdb'],
      /unknown column "csta".*available columns: contact_id/,
    ],
    [
      ['reconcile', 'nope.csv', '--definition', 'csat >= 4', '--price', '1'],
      /cannot read events file nope.csv: no such file/,
    ],
    [
      ['reconcile', EVENTS, '--definition', 'csat >= 4', '--price', '1', '--engine', 'spark'],
      /--engine must be js or duckdb, got "spark"/,
    ],
    [
      ['reconcile', EVENTS, '--definition', 'csat >= 4', '--price', '1', '--apply-to', 'x.json'],
      /--apply-to needs --option/,
    ],
  ])('%j is refused with exit 2', async (argv, message) => {
    const { code, err } = await crossover(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});

describe('crossover reconcile without a period column', () => {
  it.each(['js', 'duckdb'])(
    '--engine %s uses the only column of dates, says so on stderr and in --json',
    async (engine) => {
      const file = join(dir, `no-period-${engine}.csv`);
      writeFileSync(
        file,
        readFileSync(EVENTS, 'utf8')
          .replace(/^contact_id,period,/, 'contact_id,created,')
          .replace(/,closed_on,/, ',closed_note,')
          .replace(/,\d{4}-\d{2}-\d{2},(\d)$/gm, ',x,$1'),
      );
      const args = ['reconcile', file, '--definition', 'csat >= 4', '--price', '1'];
      const text = await crossover(...args, '--engine', engine);
      expect(text.code).toBe(0);
      expect(text.err).toBe(
        `note: ${file} has no column named "period"; using "created", its only column of dates or months\n`,
      );
      expect(text.out).toMatch(/^2025-12 /m);
      const json = await crossover(...args, '--engine', engine, '--json');
      const parsed = JSON.parse(json.out);
      expect(parsed.periodColumn).toBe('created');
      expect(parsed.notes).toEqual([text.err.slice('note: '.length, -1)]);
      expect(parsed.total.contacts).toBe(54_000);
    },
  );
});

describe('crossover sql', () => {
  it('prints the counts query for a warehouse', async () => {
    const { code, out } = await crossover(
      'sql',
      '--dialect',
      'bigquery',
      '--definition',
      GENERATOR_DEFINITION,
      '--table',
      'support.events',
    );
    expect(code).toBe(0);
    expect(out).toContain('FROM support.events');
    expect(out).toContain("(`status` = 'closed')");
    expect(out).toContain("FORMAT_DATE('%Y-%m', DATE(`period`)) AS month");
  });
  it('compares a column with a YYYY-MM-DD text as a date, as docs/reconcile.md shows', async () => {
    const { code, out } = await crossover(
      'sql',
      '--dialect',
      'postgres',
      '--definition',
      'period >= "2025-03-01" and closed_on < "2025-04-01"',
    );
    expect(code).toBe(0);
    expect(out).toContain(
      `(("period" >= DATE '2025-03-01') AND ("closed_on" < DATE '2025-04-01'))`,
    );
  });
  it.each([
    [
      ['sql', '--definition', 'x > 1'],
      /--dialect must be one of duckdb, postgres, bigquery, snowflake, got nothing/,
    ],
    [['sql', '--dialect', 'oracle', '--definition', 'x > 1'], /got "oracle"/],
    [['sql', '--dialect', 'duckdb'], /--definition is required/],
    [['sql', '--dialect', 'duckdb', '--definition', 'x.constructor'], /property access/],
    [
      ['sql', '--dialect', 'duckdb', '--definition', 'x > 1', '--table', 'events; DROP TABLE x'],
      /--table must be a table name/,
    ],
    [
      ['sql', '--dialect', 'duckdb', '--definition', 'period >= "2025-02-30"'],
      /"2025-02-30" is not a date \(YYYY-MM-DD, years 0001 to 9999\)/,
    ],
  ])('%j is refused with exit 2', async (argv, message) => {
    const { code, err } = await crossover(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
