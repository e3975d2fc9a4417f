// Everything the taskpane asks of the host. Components receive an adapter through context and
// never call Office.js themselves: ExcelAdapter inside Excel, BrowserAdapter elsewhere.
import type { WorkbookModel } from '../../src/export/workbook-model';
import type { BidsTable } from './bids-table';

export interface ChartRequest {
  /** Sheet the chart is placed on. */
  sheet: string;
  /** Sheet holding the data. */
  dataSheet: string;
  /** A1 range on dataSheet with a header row and one series per column after the first. */
  sourceRange: string;
  title: string;
  /** Top-left cell for the chart. */
  anchor: string;
}

export interface FunctionExample {
  label: string;
  /** A native formula without the leading '='. */
  formula: string;
}

export interface WorkbookAdapter {
  readonly isExcel: boolean;
  /** The Excel table named `Bids` as header names and rows of cell values. */
  readBidsTable(): Promise<BidsTable>;
  /** Numbers from the selected range, row by row. */
  readSelectedSeries(): Promise<number[]>;
  writeWorkbookModel(model: WorkbookModel): Promise<void>;
  writeChart(chart: ChartRequest): Promise<void>;
  writeFunctionExamples(sheet: string, examples: FunctionExample[]): Promise<void>;
  /** Keeps the scenario with the document (Excel) or the browser (localStorage). */
  saveScenarioSetting(json: string): Promise<void>;
  loadScenarioSetting(): Promise<string | null>;
}

export class NotInExcelError extends Error {
  constructor(action: string) {
    super(`${action} needs Excel: open Crossover as an Excel add-in to use it`);
  }
}
