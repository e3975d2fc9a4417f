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
/** Reconcile an events file against the generator's definition at $0.99 an outcome. */
const reconcileAt99 = (events = EVENTS) => [
  'reconcile',
  events,
  '--definition',
  GENERATOR_DEFINITION,
  '--price',
  '0.99',
];
/** The --json reconciliation of the example events with `rule` as the buyer's definition, at $1. */
const reconciledBy = async (rule: string) =>
  JSON.parse(
    (await crossover('reconcile', EVENTS, '--definition', rule, '--price', '1', '--json')).out,
  );
const dir = mkdtempSync(join(tmpdir(), 'crossover-reconcile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crossover reconcile', () => {
  it('prints the monthly table and the corrected invoice', async () => {
    const { code, out } = await crossover(...reconcileAt99());
    expect(code).toBe(0);
    expect(out).toContain("Vendor billed 41,000 outcomes; the buyer's definition finds 27,000.");
    expect(out).toContain('overcharge $13,860.00');
    expect(out).toContain('corrected invoice $26,730.00');
    expect(out).toMatch(/^2025-01 /m);
    expect(out).toMatch(/Measured overcount: k0 = 1\.36\d+/);
  });

  it('--json and --engine duckdb give the same reconciliation as in process', async () => {
    const js = await crossover(...reconcileAt99(), '--tolerance', '0.5', '--json');
    const duck = await crossover(
      ...reconcileAt99(),
      ...['--tolerance', '0.5', '--json', '--engine', 'duckdb'],
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
    const args = [...reconcileAt99(), '--apply-to', scenario, '--option', 'Per resolution'];
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
    [['reconcile', '--definition', 'csat >= 4', '--price', '1'], /needs an EVENTS file/],
    [
      ['reconcile', '--definition', 'csat >= 4', '--price', '1', '--engine', 'postgres'],
      /--engine postgres needs --url/,
    ],
    [
      [
        'reconcile',
        ...['--definition', 'csat >= 4', '--price', '1', '--engine', 'postgres'],
        ...['--url', 'postgres://a@127.0.0.1:1/db'],
      ],
      /--engine postgres needs --table NAME/,
    ],
    [
      ['reconcile', EVENTS, '--definition', 'csat >= 4', '--price', '1', '--table', 'events'],
      /--url and --table go with --engine postgres/,
    ],
    [
      [
        ...['reconcile', EVENTS, '--definition', 'csat >= 4', '--price', '1'],
        ...['--billed', 'charged', '--vendor-definition', 'csat >= 1'],
      ],
      /billed column "charged" is not in .*support-desk.csv/,
    ],
    [
      [
        ...['reconcile', EVENTS, '--definition', 'csat >= 4', '--price', '1'],
        ...['--vendor-definition', 'scsat >= 1'],
      ],
      /--vendor-definition: unknown column "scsat"/,
    ],
    [['reconcile', EVENTS, '--price', '1'], /--definition is required/],
    [['reconcile', EVENTS, '--definition', 'csat >= 4'], /--price is required/],
    [
      ['reconcile', EVENTS, '--definition', 'csat >= 4', '--price', 'cheap'],
      /--price must be a number >= 0, got "cheap"/,
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
    ...['js', 'duckdb'].map((engine): [string[], RegExp] => [
      ['reconcile', 'test', '--definition', 'csat >= 4', '--price', '1', '--engine', engine],
      /cannot read events file test: it is a directory, not a file/,
    ]),
    [
      [
        'reconcile',
        'nope.parquet',
        '--definition',
        'csat >= 4',
        '--price',
        '1',
        '--engine',
        'duckdb',
      ],
      /cannot read events file nope.parquet: no such file/,
    ],
    [
      ['reconcile', EVENTS, '--definition', 'csat >= 4', '--price', '1', '--engine', 'spark'],
      /--engine must be one of js, duckdb, postgres, got "spark"/,
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

describe('crossover reconcile: the gap by clause, the vendor rule, the warehouse', () => {
  const base = reconcileAt99();

  it('ends the text view with the clause table, adding up to the overcharge', async () => {
    const { code, out } = await crossover(...base);
    expect(code).toBe(0);
    const tail = out.trimEnd().split('\n').slice(-8);
    expect(tail[0]).toBe(
      '14,804 billed contacts are not outcomes; 6,650 of them fail `csat >= 4` first: $6,583.50.',
    );
    expect(tail[1]).toMatch(/^clause \(billed, not outcome\) +first failing +failing +overcharge$/);
    expect(tail[3]).toMatch(/^status == "closed" +4,441 +4,441 +\$4,396\.59$/);
    expect(tail[4]).toMatch(
      /^\(isblank\(reopen_days\) or reopen_days > 14\) +3,713 +3,713 +\$3,675\.87$/,
    );
    expect(tail[5]).toMatch(/^csat >= 4 +6,650 +13,359 +\$6,583\.50$/);
    expect(tail[6]).toMatch(/^less: outcomes not billed +-804 +-\$795\.96$/);
    expect(tail[7]).toMatch(/^vendor − buyer +14,000 +\$13,860\.00$/);
  });

  it('--json carries the clauses, as written, in the total and in every month', async () => {
    const { code, out } = await crossover(...base, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.total.clauses.map((c: { clause: string }) => c.clause)).toEqual([
      'status == "closed"',
      '(isblank(reopen_days) or reopen_days > 14)',
      'csat >= 4',
    ]);
    for (const p of [...json.months, json.total]) {
      const first = p.clauses.reduce(
        (s: number, c: { firstFailing: number }) => s + c.firstFailing,
        0,
      );
      expect(first).toBe(p.billedNotOutcome);
      const priced = p.clauses.reduce(
        (s: number, c: { overcharge: number }) => s + c.overcharge,
        0,
      );
      expect(priced - 0.99 * p.outcomeNotBilled).toBeCloseTo(p.overcharge, 9);
      for (const c of p.clauses) expect(c.overcharge).toBeCloseTo(0.99 * c.firstFailing, 9);
    }
    const january = json.months[0].clauses;
    expect(january.map((c: { failing: number }) => c.failing)).toEqual(
      json.months[0].clauses.map((c: { failing: number }) => c.failing),
    );
    expect(json.vendorCount).toEqual({ from: 'billed flag', column: 'vendor_billed' });
  });

  it('--vendor-definition beside the billed flag says how close the rule comes, month by month', async () => {
    const rule = 'status == "closed"';
    const { code, out } = await crossover(...base, '--vendor-definition', rule, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.vendorCount).toEqual({
      from: 'billed flag',
      column: 'vendor_billed',
      ruleTested: rule,
    });
    expect(json.total.vendorCount).toBe(41_000);
    const closed = await reconciledBy(rule);
    json.months.forEach(
      (m: { vendorRule: Record<string, number>; vendorCount: number }, i: number) => {
        expect(m.vendorRule.ruleCount).toBe(closed.months[i].buyerCount);
        expect(m.vendorRule.billedCount).toBe(m.vendorCount);
        expect(m.vendorRule.difference).toBe(m.vendorRule.ruleCount - m.vendorCount);
        expect(m.vendorRule.both).toBe(closed.months[i].both);
      },
    );
    const text = await crossover(...base, '--vendor-definition', rule);
    expect(text.out).toContain(
      'The vendor\'s stated rule `status == "closed"` against the billed flag:',
    );
  });

  it('--vendor-definition alone is the vendor count of an export without a billed flag', async () => {
    const lines = readFileSync(EVENTS, 'utf8').trimEnd().split('\n');
    const header = lines[0].split(',');
    const billed = header.indexOf('vendor_billed');
    const stripped = lines
      .map((l) =>
        l
          .split(',')
          .filter((_, i) => i !== billed)
          .join(','),
      )
      .join('\n');
    const file = join(dir, 'no-flag.csv');
    writeFileSync(file, `${stripped}\n`);
    const rule = 'status == "closed" and (isblank(reopen_days) or reopen_days > 3)';
    for (const engine of ['js', 'duckdb']) {
      const { code, out } = await crossover(
        ...reconcileAt99(file),
        ...['--vendor-definition', rule, '--json', '--engine', engine],
      );
      expect(code).toBe(0);
      const json = JSON.parse(out);
      expect(json.vendorCount).toEqual({ from: 'vendor rule', rule });
      const byRule = await reconciledBy(rule);
      expect(json.months.map((m: { vendorCount: number }) => m.vendorCount)).toEqual(
        byRule.months.map((m: { buyerCount: number }) => m.buyerCount),
      );
    }
    const { out } = await crossover(...reconcileAt99(file), '--vendor-definition', rule);
    expect(out).toContain("The vendor count is the vendor's stated rule");
  });

  it('a PostgreSQL that cannot be reached is an input error naming the URL without its password', async () => {
    const { code, err } = await crossover(
      ...['reconcile', '--definition', GENERATOR_DEFINITION, '--price', '0.99'],
      ...[
        '--engine',
        'postgres',
        '--url',
        'postgres://auditor:hunter2@127.0.0.1:1/warehouse',
        '--table',
        'events',
      ],
    );
    expect(code).toBe(2);
    expect(err).toContain(
      'cannot connect to PostgreSQL at postgres://auditor@127.0.0.1:1/warehouse',
    );
    expect(err).not.toContain('hunter2');
  });
});

describe('crossover sql', () => {
  const sqlFor = (dialect: string, definition: string, ...rest: string[]) =>
    crossover('sql', '--dialect', dialect, '--definition', definition, ...rest);

  it('prints the counts query for a warehouse', async () => {
    const { code, out } = await sqlFor(
      'bigquery',
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
    const definition = 'period >= "2025-03-01" and closed_on < "2025-04-01"';
    const { code, out } = await sqlFor('postgres', definition);
    expect(code).toBe(0);
    expect(out).toContain(`COALESCE(("period" >= DATE '2025-03-01'), FALSE) AS c1`);
    expect(out).toContain(`COALESCE(("closed_on" < DATE '2025-04-01'), FALSE) AS c2`);
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
