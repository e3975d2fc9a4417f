import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { reconciliationWorkbookModel } from '../../src/export/reconciliation-workbook';
import { writeXlsx } from '../../src/export/write-xlsx';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { compareRecalculated, describeMismatch } from '../export/compare-recalculated';
import { libreOffice } from '../export/libreoffice';

const EVENTS = 'examples/events/support-desk.csv';
const dir = mkdtempSync(join(tmpdir(), 'crossover-reconcile-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function model(definition = GENERATOR_DEFINITION) {
  const settings = reconcileSettings({ definition, price: 0.99, tolerance: 0.5 });
  const { reconciliation } = reconcileCsvText(readFileSync(EVENTS, 'utf8'), EVENTS, settings);
  return reconciliationWorkbookModel({
    reconciliation,
    definition,
    source: EVENTS,
    currency: 'USD',
    exportDate: '2026-01-01',
    version: 'test',
  });
}

const valueAt = (m: ReturnType<typeof model>, label: string, column: string) => {
  const cells = m.sheets[0].cells;
  const row = cells.find((c) => c.ref.startsWith('A') && c.value === label)!.ref.slice(1);
  const cell = cells.find((c) => c.ref === `${column}${row}`)!;
  return cell.formula === undefined ? cell.value : cell.result;
};

describe('the reconciliation workbook', () => {
  it('carries the clause table, priced, closing to the overcharge', () => {
    const m = model();
    expect(valueAt(m, 'status == "closed"', 'B')).toBe(4441);
    expect(valueAt(m, '(isblank(reopen_days) or reopen_days > 14)', 'C')).toBe(3713);
    expect(valueAt(m, 'csat >= 4', 'C')).toBe(13_359);
    expect(valueAt(m, 'csat >= 4', 'D')).toBeCloseTo(0.99 * 6650, 9);
    expect(valueAt(m, 'less: outcomes not billed', 'B')).toBe(-804);
    expect(valueAt(m, 'vendor − buyer', 'B')).toBe(14_000);
    expect(valueAt(m, 'vendor − buyer', 'D')).toBeCloseTo(13_860, 9);
    expect(valueAt(m, 'total', 'J')).toBeCloseTo(13_860, 9);
    expect(valueAt(m, 'total', 'M')).toBeCloseTo(31_355.28, 6);
  });

  it('escapes a clause that would read as a formula', () => {
    const m = model('-csat < -3 and status == "closed"');
    const texts = m.sheets[0].cells.map((c) => c.value).filter((v) => typeof v === 'string');
    expect(texts).toContain("'-csat < -3");
  });

  it('LibreOffice recalculates every formula to the engine value', async () => {
    const m = model();
    const file = join(dir, 'reconciliation.xlsx');
    writeFileSync(file, await writeXlsx(m));
    const [recalculated] = libreOffice().convert([file], 'xlsx', join(dir, 'recalculated'));
    const { compared, mismatches } = await compareRecalculated(m, recalculated);
    expect(compared).toBeGreaterThan(100);
    expect(mismatches.map(describeMismatch)).toEqual([]);
  }, 180_000);

  it('crossover reconcile --xlsx writes it', async () => {
    const out = join(dir, 'cli.xlsx');
    let err = '';
    const code = await main(
      ['reconcile', EVENTS, '--definition', GENERATOR_DEFINITION, '--price', '0.99', '--xlsx', out],
      { out: () => undefined, err: (t) => (err += t) },
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Reconciliation')!;
    const labels: unknown[] = [];
    sheet.getColumn(1).eachCell((cell) => labels.push(cell.value));
    expect(labels).toContain('(isblank(reopen_days) or reopen_days > 14)');
    expect(labels).toContain('The gap clause by clause (in total)');
  });
});
