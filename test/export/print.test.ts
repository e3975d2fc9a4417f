import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWorkbookModel, writeXlsx, type WorkbookModel } from '../../src/export/index';
import { pageLayout } from '../../src/export/page-layout';
import { blocks } from '../../src/export/lay-out-sheet';
import { libreOffice } from './libreoffice';
import { exportCases, META, supportTeamSinceLastQuarter } from './scenarios';
import { supportDeskReconciliation } from './support-desk';

// The board workbook as LibreOffice prints it: every example's workbook, and one with the
// Changes and Reconciliation sheets, converted to PDF and read back as text (poppler's pdftotext):
// the Summary on one page, no ###, no sheet wider than a page (LibreOffice adds no page beyond
// those planned: columns cut at the page edge would add pages), each page footed with its
// scenario, sheet and "Page N of M", each chart whole on one page.

interface Printed {
  model: WorkbookModel;
  pages: string[];
  /** the sheet each page belongs to, from its footer */
  sheets: string[];
}

const printed = new Map<string, Printed>();

function withExtras(): { stem: string; model: WorkbookModel } {
  const { scenario, result, comparison } = supportTeamSinceLastQuarter();
  return {
    stem: 'support-team-with-changes-and-reconciliation',
    model: buildWorkbookModel(scenario, result, META, {
      compare: { comparison, label: 'support-team-last-quarter.json' },
      reconciliation: supportDeskReconciliation(),
    }),
  };
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossover-print-'));
  const workbooks = [
    ...exportCases()
      .filter((c) => c.file.startsWith('examples/'))
      .map((c) => ({ stem: c.stem, model: buildWorkbookModel(c.scenario, c.result, META) })),
    withExtras(),
  ];
  const files: string[] = [];
  for (const w of workbooks) {
    const file = join(dir, `${w.stem}.xlsx`);
    writeFileSync(file, await writeXlsx(w.model));
    files.push(file);
  }
  const pdfs = libreOffice().convert(files, 'pdf', join(dir, 'pdf'));
  workbooks.forEach((w, i) => {
    const text = execFileSync('pdftotext', ['-layout', pdfs[i], '-'], { encoding: 'utf8' });
    const pages = text.split('\f').slice(0, -1);
    const names = w.model.sheets.map((s) => s.name);
    const sheets = pages.map((page) => {
      const footer = page.trimEnd().split('\n').at(-1)!;
      return names.find((n) => new RegExp(`\\s${n}\\s+Page \\d+ of \\d+$`).test(footer)) ?? '?';
    });
    printed.set(w.stem, { model: w.model, pages, sheets });
  });
}, 300_000);

const all = () => [...printed.entries()];

describe('the board workbook printed by LibreOffice', () => {
  it('prints every example and the workbook with Changes and Reconciliation', () => {
    expect(printed.size).toBe(
      exportCases().filter((c) => c.file.startsWith('examples/')).length + 1,
    );
    const sheets = new Set(all().flatMap(([, p]) => p.sheets));
    for (const name of [
      'Summary',
      'Inputs',
      'Schedule',
      'Crossover',
      'Accounting',
      'Changes',
      'Risk',
      'Reconciliation',
      'Definitions',
    ])
      expect(sheets).toContain(name);
  });

  it('foots every page with the scenario, its sheet and "Page N of M"', () => {
    for (const [stem, { model, pages, sheets }] of all()) {
      expect(
        sheets.filter((s) => s === '?'),
        stem,
      ).toEqual([]);
      pages.forEach((page, i) => {
        const footer = page.trimEnd().split('\n').at(-1)!;
        expect(footer).toContain(model.title!.slice(0, 30));
        expect(footer).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}$`));
      });
      // sheet by sheet, in workbook order
      expect([...new Set(sheets)]).toEqual(model.sheets.map((s) => s.name));
    }
  });

  it('prints the Summary on one page', () => {
    for (const [stem, { sheets }] of all())
      expect(
        sheets.filter((s) => s === 'Summary'),
        stem,
      ).toHaveLength(1);
  });

  it('shows no ### (no figure wider than its column)', () => {
    for (const [stem, { pages }] of all())
      expect(pages.filter((p) => p.includes('###')).length, stem).toBe(0);
  });

  it('prints no sheet wider than a page: exactly the pages planned, none added for columns cut at the edge', () => {
    for (const [stem, { model, sheets }] of all()) {
      for (const sheet of model.sheets) {
        const layout = pageLayout(sheet);
        const planned = (layout.rowBreaks.length + 1) * (layout.columnBreaks.length + 1);
        expect(sheets.filter((s) => s === sheet.name).length, `${stem} ${sheet.name}`).toBe(
          planned,
        );
      }
    }
  });

  it('breaks no page inside a table section or a chart that fits on one', () => {
    for (const [stem, { model }] of all()) {
      for (const sheet of model.sheets) {
        const { rowBreaks } = pageLayout(sheet);
        const charts = (sheet.charts ?? []).map((c) => ({
          from: Number(c.from.replace(/[A-Z]+/, '')),
          to: Number(c.to.replace(/[A-Z]+/, '')),
        }));
        for (const section of [...blocks(sheet), ...charts]) {
          const inside = rowBreaks.filter((r) => r >= section.from && r < section.to);
          // a section taller than a page (the Schedule's months, a long table) may continue
          const rows = section.to - section.from + 1;
          if (rows <= 25)
            expect(inside, `${stem} ${sheet.name} rows ${section.from}-${section.to}`).toEqual([]);
        }
      }
    }
  });

  it('prints each chart whole: its title and its axis titles on one page', () => {
    let seen = 0;
    for (const [stem, { model, pages, sheets }] of all()) {
      for (const sheet of model.sheets) {
        for (const chart of sheet.charts ?? []) {
          const mine = pages.filter((_, i) => sheets[i] === sheet.name);
          const flat = (t: string) => t.replace(/\s+/g, ' ');
          const words = (t: string) => t.split(' ').slice(0, 3).join(' ');
          const holding = mine.filter((p) => flat(p).includes(chart.title));
          expect(holding.length, `${stem}: ${chart.title}`).toBe(1);
          expect(flat(holding[0])).toContain(words(chart.yTitle));
          expect(flat(holding[0])).toContain(words(chart.xTitle));
          for (const s of chart.series.filter((x) => !x.hidden))
            expect(flat(holding[0])).toContain(s.name);
          seen++;
        }
      }
    }
    // the Summary's line per workbook, the bridge and the reconciliation's, and the Risk sheet's
    // tornado, contribution bars and spider
    expect(seen).toBeGreaterThanOrEqual(15);
  });

  it("prints on the Summary's one page what each vendor's count costs, with the saturation warning", () => {
    let tables = 0;
    for (const [stem, { model, pages, sheets }] of all()) {
      const summary = model.sheets.find((s) => s.name === 'Summary')!;
      const page = pages[sheets.indexOf('Summary')].replace(/\s+/g, ' ');
      const said = (c: { value?: unknown }) => typeof c.value === 'string' && c.value.length < 160;
      const lines = summary.cells.filter(
        (c) => said(c) && /^(What the vendor’s count costs|Warning: )/.test(String(c.value)),
      );
      for (const line of lines) expect(page, stem).toContain(String(line.value));
      if (lines.length > 0) tables++;
      // a breakeven past the horizon prints with its month
      for (const c of summary.cells.filter((x) =>
        /after the \d+-month horizon/.test(String(x.result)),
      ))
        expect(page, stem).toContain(String(c.result).split(',')[0]);
    }
    expect(tables).toBeGreaterThanOrEqual(3);
  });

  it('prints the Schedule a group of columns at a time, each page under its option', () => {
    for (const [stem, { model, pages, sheets }] of all()) {
      const sheet = model.sheets.find((s) => s.name === 'Schedule')!;
      const layout = pageLayout(sheet);
      const mine = pages.filter((_, i) => sheets[i] === 'Schedule');
      const down = layout.rowBreaks.length + 1;
      const titles = sheet.cells.filter((c) => c.ref.endsWith('4') && /^[A-Z]+4$/.test(c.ref));
      [1, ...layout.columnBreaks].forEach((first, g) => {
        const last = layout.columnBreaks[g] ?? Infinity;
        const title = titles.find((c) => {
          const col = c.ref.replace('4', '');
          const n = [...col].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
          return n >= first && n < last;
        });
        expect(title, `${stem} group ${g}`).toBeDefined();
        for (let p = 0; p < down; p++)
          expect(mine[g * down + p], `${stem} group ${g}`).toContain(
            String(title!.value).slice(0, 14),
          );
      });
    }
  });
});
