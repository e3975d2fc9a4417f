// The workbook's Risk sheet and the deck's risk slide with correlated ranges: the matrix used,
// the contributions and the spider on the sheet, the largest contribution on the slide, each the
// engine's figure for the same file and seed.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildDeckModel } from '../../src/deck/build-deck-model';
import { buildWorkbookModel } from '../../src/export/build-workbook-model';
import type { SheetModel } from '../../src/export/workbook-model';
import { writeXlsx } from '../../src/export/write-xlsx';
import { PERCENT } from '../../src/export/number-formats';
import { evaluateScenario } from '../../src/engine/evaluate';
import { formatPercent } from '../../src/text/format';
import { largestContributionLine } from '../../src/uncertainty/contribution-line';
import { riskModel } from '../../src/uncertainty/risk-model';
import { riskReport } from '../../src/uncertainty/risk-report';
import { valid } from './support';

const base = JSON.parse(readFileSync('examples/support-team-ranges.json', 'utf8'));
const withCorrelations = (correlations: unknown[]) =>
  valid({ ...base, uncertainty: { ...base.uncertainty, trials: 2000, correlations } });
// contacts with human cost, Hybrid capped's resolution rate against contacts: they cannot all
// hold with the third pair, so the matrix is repaired
const scenario = withCorrelations([
  { between: [0, 6], rho: 0.6 },
  { between: [0, 5], rho: -0.8 },
  { between: [5, 6], rho: 0.7 },
]);
const report = riskReport(scenario);
const META = { exportDate: '2026-12-02', version: 'test' };
const sheetOf = (s: typeof scenario) =>
  buildWorkbookModel(s, evaluateScenario(s), META).sheets.find((x) => x.name === 'Risk')!;
const sheet = sheetOf(scenario);
const at = (s: SheetModel, ref: string) => s.cells.find((c) => c.ref === ref)?.value;
const rowOf = (s: SheetModel, text: string) => {
  const cell = s.cells.find((c) => c.value === text);
  if (!cell) throw new Error(`no "${text}"`);
  return Number(cell.ref.replace(/^[A-Z]+/, ''));
};
const COLUMNS = 'BCDEFGHIJ';

describe('the Risk sheet with correlations', () => {
  it('lists the matrix the simulation used: the repaired one, labelled by variable', () => {
    const used = riskModel(scenario).correlation!.used;
    const top = rowOf(sheet, 'Variable') + 1;
    expect(at(sheet, `A${top}`)).toBe('1: contacts per month (#1)');
    expect(at(sheet, `A${top + 3}`)).toBe('4: group drift (#4, #5)');
    used.forEach((values, v) =>
      values.forEach((x, w) => expect(at(sheet, `${COLUMNS[w]}${top + v}`)).toBe(x)),
    );
    const note = String(at(sheet, `A${rowOf(sheet, 'Correlations used by the simulation') + 1}`));
    expect(note).toMatch(/cannot all hold at once.*nearest correlation matrix/);
    expect(note).toMatch(/ignore the correlations/);
    // without correlations the section has no matrix, the rest as before
    const plain = sheetOf(valid(base));
    expect(plain.cells.some((c) => c.value === 'Variable')).toBe(false);
    expect(plain.cells.some((c) => c.value === 'Contribution to variance')).toBe(true);
  });

  it('holds the contributions, largest first, and the spider of the report', () => {
    const first = rowOf(sheet, 'Rank correlation') + 1;
    report.contributions.forEach((r, i) => {
      expect(at(sheet, `A${first + i}`)).toBe(r.input + 1);
      expect(at(sheet, `C${first + i}`)).toBe(r.rankCorrelation);
      expect(at(sheet, `D${first + i}`)).toBe(r.contribution);
    });
    const spider = rowOf(sheet, 'Spider: the margin with each input at its percentiles') + 3;
    expect(['C', 'D', 'E', 'F', 'G'].map((c) => at(sheet, `${c}${spider - 1}`))).toEqual([
      'P10',
      'P25',
      'P50',
      'P75',
      'P90',
    ]);
    report.spider.forEach((s, i) => {
      expect(['C', 'D', 'E', 'F', 'G'].map((c) => at(sheet, `${c}${spider + i}`))).toEqual(
        s.points.map((p) => p.margin),
      );
    });
    const values = rowOf(sheet, 'Input value at') + 1;
    report.spider.forEach((s, i) => {
      expect(['C', 'D', 'E', 'F', 'G'].map((c) => at(sheet, `${c}${values + i}`))).toEqual(
        s.points.map((p) => p.value),
      );
    });
  });

  it('reaches the .xlsx file: the matrix and contributions read back by ExcelJS', async () => {
    const bytes = await writeXlsx(buildWorkbookModel(scenario, evaluateScenario(scenario), META));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = book.getWorksheet('Risk')!;
    const top = rowOf(sheet, 'Variable') + 1;
    const used = riskModel(scenario).correlation!.used;
    expect(ws.getCell(`F${top}`).value).toBe(used[0][4]);
    const first = rowOf(sheet, 'Rank correlation') + 1;
    expect(ws.getCell(`D${first}`).value).toBe(report.contributions[0].contribution);
    expect(ws.getCell(`D${first}`).numFmt).toBe(PERCENT);
  });
});

describe('the deck with correlations', () => {
  it('names the largest contribution on the risk slide', () => {
    const deck = buildDeckModel(scenario, evaluateScenario(scenario), {
      date: '2026-12-02',
      version: 'test',
    });
    const slide = deck.slides.find((s) => s.id === 'risk')!;
    const line = largestContributionLine(scenario, report.contributions)!;
    expect(slide.texts.map((t) => t.text)).toContain(line);
    const top = report.contributions[0];
    expect(line).toBe(
      `Largest contribution to the margin's variance: Hybrid capped's resolution rate (${formatPercent(Math.abs(top.contribution), 0)}; a rise widens the margin)`,
    );
  });
});
