// What the taskpane's downloads contain: the board workbook as .xlsx bytes and the schedule as
// CSV. The xlsx writer (exceljs) is loaded on demand, as its own chunk, so it does not weigh on
// the taskpane's start-up.
import {
  scheduleCsv,
  workbookSizeProblem,
  type Scenario,
  type ScenarioResult,
  type WorkbookExtras,
} from '../../src/index';
import { buildWorkbookContent } from './export-seam';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';

/** A file name from the scenario's name: lower case, words joined by dashes. */
export function exportBaseName(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return base || 'scenario';
}

/** The board workbook; `extras` adds the Changes or Reconciliation sheet, as the CLI's options do. */
export async function boardWorkbookBytes(
  scenario: Scenario,
  result: ScenarioResult,
  extras: WorkbookExtras = {},
): Promise<Uint8Array> {
  const tooLarge = workbookSizeProblem(scenario);
  if (tooLarge) throw new Error(tooLarge);
  const [{ writeXlsxBytes }, { board }] = await Promise.all([
    import('../../src/export/write-xlsx'),
    Promise.resolve(buildWorkbookContent(scenario, result, undefined, extras)),
  ]);
  return writeXlsxBytes(board);
}

export function scheduleCsvText(result: ScenarioResult): string {
  return scheduleCsv(result);
}
