import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { chartParts } from './chart-parts';
import { saturationWarnings } from '../cli/run-cli';
import { reconciliationJson } from '../support/reconciliation-json';

// `crossover export SCENARIO --reconciliation R.json`, R.json being `crossover reconcile --json`:
// the board workbook gains a Reconciliation sheet; a bad or mismatched R.json is an input error
// (exit 2) naming the file and the field, and nothing is written.

const reconciliation = reconciliationJson('crossover-export-reconciliation-', [
  '--tolerance',
  '0.05',
]);

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

/** `crossover export examples/support-team.json -o XLSX --reconciliation FILE` */
const exportWith = (xlsx: string, file: string) =>
  cli(['export', 'examples/support-team.json', '-o', xlsx, '--reconciliation', file]);

describe('export --reconciliation', () => {
  it('adds a Reconciliation sheet: the months, the overcharge, the clause table and a native chart', async () => {
    const xlsx = join(reconciliation.dir, 'board.xlsx');
    const { code, err } = await exportWith(xlsx, reconciliation.path);
    expect(err).toBe(saturationWarnings('examples/support-team.json'));
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Inputs',
      'Schedule',
      'Crossover',
      'Reconciliation',
      'Definitions',
    ]);
    const sheet = wb.getWorksheet('Reconciliation')!;
    const months = reconciliation.reconciled().months as {
      month: string;
      vendorCount: number;
      buyerCount: number;
    }[];
    months.forEach((m, i) => {
      expect(sheet.getCell(`A${9 + i}`).value).toBe(m.month);
      expect(sheet.getCell(`C${9 + i}`).value).toBe(m.vendorCount);
      expect(sheet.getCell(`D${9 + i}`).value).toBe(m.buyerCount);
    });
    const total = sheet.getRow(9 + months.length);
    expect(total.getCell(1).value).toBe('total');
    // the overcharge: price x (vendor - buyer), summed, as the reconcile output states it
    const overcharge = (total.getCell(10).model as { result?: number }).result!;
    expect(Math.abs(overcharge - reconciliation.reconciled().total.overcharge)).toBeLessThan(
      1e-9 * overcharge,
    );
    expect(String(sheet.getCell('A4').value)).toMatch(/^Overcharge \$[\d,]+ over \d+ months/);
    expect(sheet.getCell('A2').value).toBe(`Definition: ${GENERATOR_DEFINITION}`);
    const charts = (await chartParts(new Uint8Array(readFileSync(xlsx)))).filter(
      (c) => c.sheet === 'Reconciliation',
    );
    expect(charts.map((c) => c.series.map((s) => s.ref))).toEqual([
      [
        `Reconciliation!$C$9:$C$${8 + months.length}`,
        `Reconciliation!$D$9:$D$${8 + months.length}`,
      ],
    ]);
  });

  it.each([
    [
      'not JSON',
      () => reconciliation.writeBeside('not-json.json', '{"months": ['),
      /not-json\.json: not valid JSON/,
    ],
    [
      'a missing field',
      () => reconciliation.variant('missing.json', (r) => delete r.months[2].vendorCount),
      /missing\.json: 1 problem\(s\)[^]*months\[2\]\.vendorCount: .*\(got missing\)/,
    ],
    [
      'a field of the wrong type',
      () => reconciliation.variant('mistyped.json', (r) => (r.price = '0.99')),
      /mistyped\.json: 1 problem\(s\)[^]*price: .*\(got "0\.99"\)/,
    ],
    [
      'an overcharge the counts do not give',
      () => reconciliation.variant('edited.json', (r) => (r.total.overcharge += 100)),
      /edited\.json: 1 problem\(s\)[^]*total\.overcharge: does not match the counts and the price/,
    ],
    [
      'another currency than the scenario',
      () => reconciliation.variant('euros.json', (r) => (r.currency = 'EUR')),
      /euros\.json: currency: EUR, but the scenario is in USD/,
    ],
    [
      'a file that is not there',
      () => join(reconciliation.dir, 'absent.json'),
      /absent\.json: no such file/,
    ],
  ])(
    'refuses %s with exit 2, naming the file and the field, and writes nothing',
    async (_what, make, message) => {
      const xlsx = join(reconciliation.dir, `refused-${_what.replace(/\W+/g, '-')}.xlsx`);
      const { code, err } = await exportWith(xlsx, make());
      expect(code).toBe(2);
      expect(err).toMatch(message);
      expect(existsSync(xlsx)).toBe(false);
    },
  );

  it('reads what it needs and ignores fields it does not know (the output may grow)', async () => {
    const grown = reconciliation.variant('grown.json', (r) => {
      r.driftApplied = false;
      r.driftReason = 'drift cannot be told from 3 months';
    });
    const xlsx = join(reconciliation.dir, 'grown.xlsx');
    const { code } = await exportWith(xlsx, grown);
    expect(code).toBe(0);
  });

  it('takes no --reconciliation with --all-examples', async () => {
    const { code, err } = await cli([
      'export',
      '--all-examples',
      join(reconciliation.dir, 'all'),
      '--reconciliation',
      reconciliation.path,
    ]);
    expect(code).toBe(2);
    expect(err).toMatch(/--all-examples DIR takes no .*--reconciliation/);
  });
});

describe('the reconciliation figures the sheet and the deck share', () => {
  it('close to the overcharge: price x (vendor - buyer), and the clause rows add up to it', async () => {
    const { reconciliationFigures } =
      await import('../../src/reconcile/report/reconciliation-figures');
    const { parseReconciliationFile } =
      await import('../../src/reconcile/report/reconciliation-file');
    const parsed = parseReconciliationFile(reconciliation.reconciled());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const f = reconciliationFigures(parsed.file.reconciliation, 'USD');
    const months = reconciliation.reconciled().months as {
      month: string;
      vendorCount: number;
      buyerCount: number;
    }[];
    const vendor = months.reduce((a, m) => a + m.vendorCount, 0);
    const buyer = months.reduce((a, m) => a + m.buyerCount, 0);
    const expected = 0.99 * (vendor - buyer);
    expect(Math.abs(f.overcharge - expected)).toBeLessThanOrEqual(1e-9 * expected);
    expect(f.months).toEqual(months.map((m) => m.month));
    expect(f.vendorCounts).toEqual(months.map((m) => m.vendorCount));
    expect(f.buyerCounts).toEqual(months.map((m) => m.buyerCount));
    const clauses = f.clauses.filter((c) => c.kind !== 'total');
    const sum = clauses.reduce((a, c) => a + c.overcharge, 0);
    expect(Math.abs(sum - expected)).toBeLessThanOrEqual(1e-9 * expected);
    expect(f.headline).toBe(
      `Overcharge $${Math.round(expected).toLocaleString('en-US')} over ${months.length} months: the vendor billed ${vendor.toLocaleString('en-US')} outcomes, the buyer's definition finds ${buyer.toLocaleString('en-US')}, ${(vendor - buyer).toLocaleString('en-US')} more (${((100 * (vendor - buyer)) / buyer).toFixed(1)}%) at $0.99 each; over the 5% tolerance in ${f.monthsOverTolerance} of ${months.length}.`,
    );
  });
});
