import { runBundled } from '../run-bundled';
import { HyperFormula } from 'hyperformula';
import { evaluateScenario } from '../../src/engine/evaluate';
import { buildWorkbookModel } from '../../src/export/build-workbook-model';
import { inputsSheet } from '../../src/export/inputs-sheet';
import { parseRef } from '../../src/export/a1';
import { createKernel, newCaseResult } from '../../src/uncertainty/kernel';
import { riskModel } from '../../src/uncertainty/risk-model';
import { drawInputValues } from '../../src/uncertainty/sampling';
import { benchScenario, FIVE_INPUTS, type RiskFigures } from '../risk-workload';
import type { Figure } from '../run';

/**
 * The simulation as it ships (an esbuild bundle run by node, like the engine suite), tornado and
 * switch values for 10 inputs, and the same trials done the way a spreadsheet add-in does them:
 * set the inputs of the exported workbook and recalculate it (HyperFormula), trial by trial.
 */
export default async function risk(): Promise<Figure[]> {
  const bundled = measureBundled();
  const perTrial = spreadsheetPerTrial(20);
  return [
    {
      name: 'simulation, 100,000 trials, 4 options x 36 months, 5 ranges (bundled)',
      value: bundled.simulationMs,
      unit: 'ms',
      budget: '<= 1000',
    },
    {
      name: 'the same, CPU time of the process (a loaded machine inflates wall time)',
      value: bundled.simulationCpuMs,
      unit: 'ms',
    },
    {
      name: 'simulation, 100,000 trials, five correlated inputs (bundled)',
      value: bundled.correlatedMs,
      unit: 'ms',
      budget: '<= 1000',
    },
    {
      name: 'the same, CPU time of the process',
      value: bundled.correlatedCpuMs,
      unit: 'ms',
    },
    {
      name: "Iman-Conover's reordering alone, 100,000 trials x 5 variables",
      value: bundled.reorderingMs,
      unit: 'ms',
    },
    {
      name: 'tornado and switch values, 10 inputs (bundled)',
      value: bundled.sensitivityMs,
      unit: 'ms',
      budget: '<= 200',
    },
    {
      name: 'one trial, recalculating the workbook in HyperFormula',
      value: perTrial.spreadsheetMs,
      unit: 'ms',
    },
    { name: 'one trial, the kernel', value: perTrial.kernelMs, unit: 'ms' },
    {
      name: 'spreadsheet per trial / kernel per trial (20 trials)',
      value: perTrial.spreadsheetMs / perTrial.kernelMs,
      unit: 'x',
    },
    {
      name: 'largest relative NPV difference, spreadsheet vs kernel',
      value: perTrial.largestDifference,
      unit: '',
      budget: '<= 1e-9',
    },
  ];
}

function measureBundled(): RiskFigures {
  return runBundled('risk-workload', 'riskFigures');
}

/** Per-trial time of HyperFormula recalculating the board workbook against the kernel's. */
function spreadsheetPerTrial(trials: number) {
  const scenario = benchScenario(FIVE_INPUTS, 100);
  const model = riskModel(scenario);
  const values = drawInputValues(model.inputs, trials, 1, 'lhs', scenario.horizonMonths);
  const workbook = buildWorkbookModel(scenario, evaluateScenario(scenario), {
    exportDate: '2026-12-01',
    version: 'bench',
  });
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const sheet of workbook.sheets) {
    const grid: (string | number | boolean | null)[][] = [];
    for (const cell of sheet.cells) {
      const { column, row } = parseRef(cell.ref);
      (grid[row - 1] ??= [])[column - 1] = cell.formula ? `=${cell.formula}` : (cell.value ?? null);
    }
    sheets[sheet.name] = Array.from(grid, (r) => Array.from(r ?? [], (c) => c ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  const refs = inputsSheet(scenario).refs;
  const o = (name: string) => scenario.options.findIndex((x) => x.name === name);
  const inputCells = [
    refs.contactsPerMonth,
    refs.options[o('Build in-house')].fields.buildMonths,
    refs.options[o('Per resolution')].fields.driftAnnual,
    refs.options[o('Hybrid capped')].fields.resolutionRate,
    refs.humanCostPerContact,
  ].map((ref) => {
    const [sheet, cell] = ref.replace(/\$/g, '').split('!');
    const { column, row } = parseRef(cell);
    return { sheet: hf.getSheetId(sheet)!, col: column - 1, row: row - 1 };
  });
  // Summary's NPV cells: the formula cells calling NPV( over the Schedule
  const summary = workbook.sheets.find((s) => s.name === 'Summary')!;
  const npvCells = summary.cells
    .filter((c) => c.formula?.startsWith('NPV('))
    .map((c) => {
      const { column, row } = parseRef(c.ref);
      return { sheet: hf.getSheetId('Summary')!, col: column - 1, row: row - 1 };
    });

  const kernel = createKernel(scenario, model.inputs);
  const out = newCaseResult(kernel);
  let largestDifference = 0;
  const startSheet = performance.now();
  const sheetNpvs: number[][] = [];
  for (let t = 0; t < trials; t++) {
    hf.batch(() => {
      inputCells.forEach((address, j) => hf.setCellContents(address, [[values[j][t]]]));
    });
    sheetNpvs.push(npvCells.map((address) => hf.getCellValue(address) as number));
  }
  const spreadsheetMs = (performance.now() - startSheet) / trials;
  const startKernel = performance.now();
  const repeats = 200;
  for (let r = 0; r < repeats; r++) {
    for (let t = 0; t < trials; t++) kernel.evaluate((j) => values[j][t], out);
  }
  const kernelMs = (performance.now() - startKernel) / (trials * repeats);
  for (let t = 0; t < trials; t++) {
    kernel.evaluate((j) => values[j][t], out);
    const sorted = [...out.npv];
    for (const npv of sheetNpvs[t]) {
      const nearest = Math.min(...sorted.map((x) => Math.abs(x - npv) / Math.abs(x)));
      largestDifference = Math.max(largestDifference, nearest);
    }
  }
  hf.destroy();
  return { spreadsheetMs, kernelMs, largestDifference };
}
