// The one place the taskpane turns a scenario into workbook content: the board workbook from
// src/export (the same model `crossover export` writes), its cumulative-cost chart for a native
// Excel chart, and the Functions sheet of OUTCOME examples written beside it inside Excel.
import { version } from '../../package.json';
import {
  buildWorkbookModel,
  type ExportMeta,
  type WorkbookExtras,
  type ChartModel,
  type SheetModel,
  type WorkbookModel,
  type Scenario,
  type ScenarioResult,
  functionsSheet,
  workbookCharts,
} from '../../src/index';

export interface WorkbookContent {
  /** The board workbook: Summary, Inputs, Schedule, Crossover, Definitions. */
  board: WorkbookModel;
  /** The cumulative cost per option, drawn as a native chart on Summary. */
  chart: ChartModel;
  /** Every chart of the board workbook (Summary's first), for native Excel charts. */
  charts: ChartModel[];
  /** OUTCOME function examples over the board's inputs (Excel only: they need the add-in). */
  functions: SheetModel;
}

export function exportMeta(now: Date = new Date()): ExportMeta {
  return { exportDate: now.toISOString().slice(0, 10), version };
}

export function buildWorkbookContent(
  scenario: Scenario,
  result: ScenarioResult,
  meta: ExportMeta = exportMeta(),
  extras: WorkbookExtras = {},
): WorkbookContent {
  const board = buildWorkbookModel(scenario, result, meta, extras);
  const charts = workbookCharts(board);
  if (charts.length === 0) throw new Error('the board workbook has no cumulative-cost chart');
  return { board, chart: charts[0], charts, functions: functionsSheet(scenario, result) };
}

/** What "write into this workbook" writes: the board's sheets and the Functions sheet. */
export function workbookForExcel(content: WorkbookContent): WorkbookModel {
  return { ...content.board, sheets: [...content.board.sheets, content.functions] };
}
