import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { DIALECTS } from '../../src/reconcile/sql/dialects';
import { formatNumber } from '../../src/text/format';
import { runInProcess } from '../cli/run-cli';
import { libreOffice } from '../export/libreoffice';
import { DEFINITION, HIDDEN, generatedCsv, reconcileOneRow, tempDir, writeTemp } from './support';

const dir = tempDir();
const csv = generatedCsv(HIDDEN);
const events = writeTemp(dir, 'hidden.csv', csv);
const lines = csv.trimEnd().split('\n');
const billedIndex = lines[0].split(',').indexOf('vendor_billed');
const BASE = ['exhibit', events, '--definition', DEFINITION, '--price', '0.85'];

/** The text lines of a file as LibreOffice Writer reads it, trimmed (a table cell a line). */
function writerText(docx: string): string[] {
  const [txt] = libreOffice().convert([docx], 'txt:Text (encoded):UTF8', join(dir, 'txt'));
  return readFileSync(txt, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim());
}

describe('crossover exhibit writes a .docx that LibreOffice Writer opens', () => {
  it('holding every clause, each dialect query, the vectors reconcile agrees with, the tolerance and the figures', async () => {
    const out = join(dir, 'exhibit.docx');
    const run = await runInProcess([
      ...BASE,
      '--tolerance',
      '0.1',
      '--scenario',
      'examples/support-team.json',
      '--option',
      'Per resolution',
      '-o',
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`wrote ${out}`);
    const text = writerText(out);
    const all = text.join('\n');
    for (const clause of [
      'status == "closed"',
      '(isblank(reopen_days) or reopen_days > 14)',
      'csat >= 4',
    ])
      expect(text).toContain(clause);
    expect(all).toContain("the contact's csat is at least 4");
    for (const dialect of DIALECTS) {
      const sql = await runInProcess(['sql', '--dialect', dialect, '--definition', DEFINITION]);
      for (const line of sql.stdout
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean))
        expect(text, `${dialect}: ${line}`).toContain(line);
    }
    // the vectors: each decision cell closes a row of cells (row, id, period, the three columns
    // the definition reads, the billed flag); reconcile, on that data row alone, decides alike
    const decisions = text.filter((l) => /^(not )?an outcome: /.test(l));
    expect(decisions).toHaveLength(4);
    const rowsShown = text.flatMap((l, i) => (decisions.includes(l) ? [text[i - 7]] : []));
    for (const [i, row] of rowsShown.entries()) {
      const decided = reconcileOneRow(lines[0], lines[Number(row)], billedIndex, DEFINITION);
      expect(decisions[i]).toContain(
        decided.outcome
          ? 'an outcome: meets every clause'
          : `fails clause ${decided.firstFailingClause} first`,
      );
    }
    expect(all).toContain('by more than 10.0% of the buyer');
    const { reconciliation } = reconcileCsvText(
      csv,
      'hidden.csv',
      reconcileSettings({ definition: DEFINITION, price: 0.85, tolerance: 0.1 }),
    );
    const t = reconciliation.total;
    expect(all).toContain(
      `the vendor counted ${formatNumber(t.vendorCount)} outcomes; the buyer's definition finds ${formatNumber(t.buyerCount)}`,
    );
    expect(all).toContain(
      `would have applied in ${reconciliation.months.filter((m) => m.toleranceExceeded).length} of ${HIDDEN.months} month(s)`,
    );
    expect(all).toMatch(/Measured overcount: k0 = \d\.\d{4} \(95% interval/);
    expect(all).toMatch(/Price to ask per vendor-counted outcome: \$0\.\d{4}/);
  }, 120_000);
});

describe('crossover exhibit --format md', () => {
  it('prints the seven sections on stdout without -o', async () => {
    const run = await runInProcess([
      ...BASE,
      '--format',
      'md',
      '--dialect',
      'bigquery',
      '--dialect',
      'snowflake,duckdb',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const headings = run.stdout.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## 1. The billable outcome',
      '## 2. The counting query',
      '## 3. Test vectors for counterfactual replay',
      '## 4. The raw-event export owed to the buyer',
      '## 5. Re-classification',
      '## 6. Drift discount, cap and price to ask',
      "## 7. The pilot's figures",
    ]);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('### '))).toEqual([
      '### BigQuery',
      '### Snowflake',
      '### DuckDB',
    ]);
    expect(run.stdout).toContain('No bid was given');
  });

  it('works without a pilot export, saying what it lacks', async () => {
    const run = await runInProcess([
      'exhibit',
      '--definition',
      DEFINITION,
      '--price',
      '1',
      '--format',
      'md',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.match(/No pilot export was given/g)).toHaveLength(3);
  });
});

describe('crossover exhibit on an export without a period column', () => {
  it('counts by its one column of dates, says so, and writes the queries over it', async () => {
    const path = writeTemp(
      dir,
      'created.csv',
      'id,created,status,vendor_billed\n1,2025-01-02,closed,1\n2,2025-02-03,open,1\n',
    );
    const run = await runInProcess([
      'exhibit',
      path,
      '--definition',
      'status == "closed"',
      '--price',
      '1',
      '--format',
      'md',
      '--dialect',
      'duckdb',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^note: .*created/m);
    expect(run.stdout).toContain(`strftime(CAST("created" AS DATE), '%Y-%m') AS month`);
    expect(run.stdout).toContain('calendar month of the `created` column');
  });
});

describe('crossover exhibit refuses bad input, naming it (exit 2)', () => {
  it.each([
    [['--definition', 'status == "closed" and satisfaction >= 4'], /--definition: .*satisfaction/],
    [
      ['--definition', DEFINITION, '--vendor-definition', 'nope > 1'],
      /--vendor-definition: .*nope/,
    ],
    [['--definition', DEFINITION, '--period', 'when'], /period column "when"/],
    [['--definition', DEFINITION, '--id', 'ticket'], /id column "ticket" is not in the export/],
    [
      ['--definition', DEFINITION, '--dialect', 'oracle'],
      /--dialect must be one of .*got "oracle"/,
    ],
    [
      ['--definition', DEFINITION, '--format', 'pdf'],
      /--format must be one of docx, md, got "pdf"/,
    ],
    [['--definition', DEFINITION, '--format', 'docx'], /-o FILE is required for --format docx/],
    [['--definition', DEFINITION, '--format', 'md', '-o', 'x.docx'], /-o must name a \.md file/],
    [
      ['--definition', DEFINITION, '--format', 'md', '--scenario', 'examples/support-team.json'],
      /--scenario FILE and --option NAME go together/,
    ],
    [
      [
        '--definition',
        DEFINITION,
        '--format',
        'md',
        '--scenario',
        'examples/support-team.json',
        '--option',
        'Status quo',
      ],
      /option "Status quo" is not a vendor option/,
    ],
  ])('%j', async (args, message) => {
    const md = args.includes('--format') ? [] : ['--format', 'md'];
    const run = await runInProcess(['exhibit', events, '--price', '1', ...md, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('crossover exhibit keeps an existing file', () => {
  it('unless --force, and then replaces it', async () => {
    const out = join(dir, 'kept.md');
    writeFileSync(out, 'the lawyer’s edits\n');
    const kept = await runInProcess([...BASE, '--format', 'md', '-o', out]);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toMatch(/pass --force to replace it/);
    expect(readFileSync(out, 'utf8')).toBe('the lawyer’s edits\n');
    const forced = await runInProcess([...BASE, '--format', 'md', '-o', out, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Exhibit: definition of the billable outcome/);
    expect(statSync(out).size).toBeGreaterThan(1000);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });
});
