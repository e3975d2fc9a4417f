import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/commands/export';
import { compareScenarios } from '../../src/analysis/npv-bridge';
import { buildWorkbookModel, type WorkbookModel } from '../../src/export/index';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { chartParts } from './chart-parts';
import { compareRecalculated, describeMismatch } from './compare-recalculated';
import { libreOffice } from './libreoffice';
import { META } from './scenarios';

// `export NEW --compare OLD.json`: the Changes sheet, written by the CLI, recalculated by a real
// LibreOffice, every formula cell equal to the engine, the bridge ending at the workbook's NPV.

const load = (path: string) => {
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(path);
  return { file, scenario: parsed.scenario };
};
const OLD = 'examples/quarters/support-team-last-quarter.json';
const NEW = 'examples/support-team.json';
const now = load(NEW);
const result = evaluateScenario(now.scenario);
const comparison = compareScenarios(load(OLD), { ...now, result });
let model: WorkbookModel;
let written: string;
let recalculated: string;

beforeAll(async () => {
  model = buildWorkbookModel(now.scenario, result, META, {
    compare: { comparison, label: 'support-team-last-quarter.json' },
  });
  const dir = mkdtempSync(join(tmpdir(), 'crossover-changes-'));
  written = join(dir, 'board.xlsx');
  const lines: string[] = [];
  const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
  expect(await run([NEW, '-o', written, '--compare', OLD], io)).toBe(0);
  [recalculated] = libreOffice().convert([written], 'xlsx', join(dir, 'recalculated'));
});

describe('the Changes sheet', () => {
  it('comes after the other sheets with the changed inputs, added and removed options', () => {
    expect(model.sheets.map((s) => s.name)).toEqual([
      'Summary',
      'Inputs',
      'Schedule',
      'Crossover',
      'Changes',
      'Definitions',
    ]);
    const changes = model.sheets.find((s) => s.name === 'Changes')!;
    const values = changes.cells.map((c) => c.value);
    expect(values).toContain("Per resolution's price per unit");
    // in words, as the taskpane, `diff` and the deck say it: no JSON path on the board's sheet
    expect(values.filter((v) => typeof v === 'string' && /options\[|\.charges\./.test(v))).toEqual(
      [],
    );
    expect(values).toContain(1.1);
    expect(values).toContain(0.99);
    expect(values).toContain('Hybrid capped');
    expect(values).toContain('Copilot seats');
    expect(values).toContain('Recommendation: Per resolution before, Hybrid capped now.');
  });

  it('recalculated by LibreOffice, every formula cell equals the engine and the bridge ends at the workbook’s NPV', async () => {
    const { compared, mismatches } = await compareRecalculated(model, recalculated);
    expect(mismatches.map(describeMismatch)).toEqual([]);
    expect(compared).toBeGreaterThan(100);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated);
    const sheet = model.sheets.find((s) => s.name === 'Changes')!;
    const checks = sheet.cells.filter((c) => c.style?.role === 'check');
    expect(checks).toHaveLength(Object.keys(comparison.totalChange).length);
    for (const check of checks) {
      const cell = wb.getWorksheet('Changes')!.getCell(check.ref);
      expect((cell.model as { result?: unknown }).result).toBe('equal');
    }
  });

  it('draws the bridge chart as stacked bars (a native chart in the xlsx) over its data cells', async () => {
    const chart = model.sheets.find((s) => s.name === 'Changes')!.charts![0];
    expect(chart.kind).toBe('stacked-bar');
    expect(chart.title).toBe('NPV bridge: Per resolution');
    const [, level, rise, fall] = chart.series;
    expect(level.values[0]).toBe(comparison.npvBefore['Per resolution']);
    expect(level.values.at(-1)).toBe(comparison.npvAfter['Per resolution']);
    expect(rise.values[1]).toBeCloseTo(comparison.bridge[0].effect['Per resolution'], 6);
    expect(fall.values[3]).toBeCloseTo(-comparison.bridge[2].effect['Per resolution'], 6);
    const parts = await chartParts(new Uint8Array(readFileSync(written)));
    expect(parts.filter((p) => p.sheet === 'Changes').map((p) => p.title)).toEqual([
      'NPV bridge: Per resolution',
    ]);
  });
});
