// Everything the taskpane asks of the host. Components receive an adapter through context and
// never call Office.js themselves: ExcelAdapter inside Excel, BrowserAdapter elsewhere.
import type { ChartModel, WorkbookModel } from '../../src/index';
import type { BidsTable } from './bids-table';

export interface WorkbookAdapter {
  readonly isExcel: boolean;
  /** The Excel table named `Bids` as header names and rows of cell values. */
  readBidsTable(): Promise<BidsTable>;
  /** Numbers from the selected range, row by row. */
  readSelectedSeries(): Promise<number[]>;
  /**
   * The selected table's values, header row first: the whole Excel table when the selection is
   * inside one, otherwise the selected range.
   */
  readSelectedTable(): Promise<unknown[][]>;
  /** Writes the model's sheets, replacing sheets (and names) of the same names. */
  writeWorkbookModel(model: WorkbookModel): Promise<void>;
  /** A native line chart: one series per option from its range, the months as categories. */
  writeChart(chart: ChartModel): Promise<void>;
  /** Keeps the scenario with the document (Excel) or the browser (localStorage). */
  saveScenarioSetting(json: string): Promise<void>;
  loadScenarioSetting(): Promise<string | null>;
}

export class NotInExcelError extends Error {
  constructor(action: string) {
    super(`${action} needs Excel: open Crossover as an Excel add-in to use it`);
  }
}
