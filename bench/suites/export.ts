import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { buildWorkbookModel, writeXlsx } from '../../src/export/index';
import { libreOffice } from '../../test/export/libreoffice';
import type { Figure } from '../run';
import { medianMs } from '../timing';
import { benchScenario } from '../engine-workload';

/** The engine's 5-option, 60-month bench scenario plus a package-priced vendor: 6 options. */
function sixOptionScenario(): Scenario {
  const base = benchScenario();
  const result = parseScenario({
    ...base,
    options: [
      ...base.options,
      {
        kind: 'vendor',
        name: 'Action packages',
        resolutionRate: 0.5,
        onboardingMonths: 2,
        charges: {
          unit: 'action',
          unitsPerContact: 12,
          package: { size: 100000, price: 9000 },
          escalatorAnnual: 0.05,
        },
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

const META = { exportDate: '2026-01-01', version: 'bench' };

export default async function exportBench(): Promise<Figure[]> {
  const scenario = sixOptionScenario();
  const exportOnce = async () =>
    writeXlsx(buildWorkbookModel(scenario, evaluateScenario(scenario), META));
  await exportOnce(); // warm-up
  const exportMs = await medianMs(exportOnce, 7);
  // the same workbook with no chart: what adding the chart parts to the package costs
  const model = buildWorkbookModel(scenario, evaluateScenario(scenario), META);
  const chartless = { ...model, sheets: model.sheets.map((s) => ({ ...s, charts: [] })) };
  const writeMs = await medianMs(() => writeXlsx(model), 7);
  const chartlessMs = await medianMs(() => writeXlsx(chartless), 7);

  const dir = mkdtempSync(join(tmpdir(), 'crossover-bench-'));
  const file = join(dir, 'bench-6x60.xlsx');
  writeFileSync(file, await exportOnce());
  const emptyFile = join(dir, 'empty.xlsx');
  writeFileSync(emptyFile, await writeXlsx({ sheets: [{ name: 'Empty', cells: [] }] }));
  const lo = libreOffice();
  lo.convert([emptyFile], 'xlsx', join(dir, 'warm')); // first start builds the profile
  const startupMs = await medianMs(() => lo.convert([emptyFile], 'xlsx', join(dir, 'empty')), 3);
  const recalcMs = await medianMs(() => lo.convert([file], 'xlsx', join(dir, 'recalc')), 3);
  return [
    {
      name: 'export 6 options x 60 months (model, layout, xlsx, charts)',
      value: exportMs,
      unit: 'ms',
      budget: '<= 1000',
    },
    { name: 'of which writing the xlsx with its native chart', value: writeMs, unit: 'ms' },
    { name: 'writing the same xlsx without the chart', value: chartlessMs, unit: 'ms' },
    { name: 'LibreOffice: open, recalculate, save that workbook', value: recalcMs, unit: 'ms' },
    { name: 'LibreOffice: same for an empty workbook (start-up)', value: startupMs, unit: 'ms' },
  ];
}
