// The board workbook as plain data: sheets of cells holding values or native formulas with the
// engine's values as cached results. The xlsx writer (exceljs) and the taskpane's in-workbook
// writer (Office.js) both render this one model, so the two never diverge.

export type CellValue = number | string | boolean | null;

export type CellRole =
  'title' | 'header' | 'label' | 'input' | 'working' | 'output' | 'check' | 'note';

export interface CellStyle {
  role?: CellRole;
  /** Excel number format, from number-formats.ts, e.g. '"$"#,##0_)' or '0.0%'. */
  numFmt?: string;
  bold?: boolean;
  wrap?: boolean;
  /** Horizontal alignment; unset: text left, numbers right (a header takes its column's). */
  align?: 'left' | 'right';
  /** Vertical alignment; unset: the bottom of the row (a row of wrapped text: its top). */
  valign?: 'top' | 'bottom';
  /** Indent from the aligned edge, in characters (a right-aligned header clears the next column). */
  indent?: number;
  /** Background colour as 6 hex digits (RGB). */
  fill?: string;
}

export interface SheetCell {
  /** A1 reference on its sheet, e.g. 'B7'. */
  ref: string;
  /** A constant (inputs, labels). Mutually exclusive with formula. */
  value?: CellValue;
  /** A native formula without the leading '=', e.g. 'SUM(Schedule!C5:C40)'. */
  formula?: string;
  /** The engine's value for a formula cell, written as the cached result. */
  result?: CellValue;
  style?: CellStyle;
}

/** Rows `from` to `to` (1-based, inclusive). */
export interface RowSpan {
  from: number;
  to: number;
}

/** How a sheet prints: the writer turns it into page setup, a scale and page breaks. */
export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  /** 'page': the whole sheet on one page; 'width': one page wide, as many pages down as needed. */
  fit: 'page' | 'width';
  /** Rows repeated at the top of every page (a table's header). */
  headerRows?: RowSpan;
  /**
   * A sheet too wide for one page (the Schedule) prints in groups of columns instead: the title
   * columns repeat at the left of every page, and each group (by its first column) starts a page.
   */
  titleColumns?: { from: number; to: number };
  columnGroups?: number[];
}

/** A native chart over ranges of the workbook, drawn on its sheet between two cells. */
export interface ChartModel {
  /**
   * 'line' (default); 'column': clustered columns; 'stacked-bar': stacked columns, with a
   * hidden series as the invisible base of a waterfall; 'tornado': horizontal bars from `base`
   * (the category axis crosses the value axis there), the first category at the top; 'bar':
   * horizontal bars from zero, the first category at the top.
   */
  kind?: 'line' | 'column' | 'stacked-bar' | 'tornado' | 'bar';
  sheet: string;
  title: string;
  /** Top-left and bottom-right cells the chart covers (both included), e.g. 'A20' and 'H41'. */
  from: string;
  to: string;
  xTitle: string;
  yTitle: string;
  /** Excel number format of the value axis, e.g. '"$"#,##0'. */
  valueFormat: string;
  /** Category labels along the category axis (months, steps, inputs), as the cells hold them. */
  categories: (number | string)[];
  /** The same categories as a range of cells. */
  categoriesRef: string;
  /** tornado: the value the bars start from (the base case). */
  base?: number;
  /** Values as ranges of cells and as the engine computed them (the chart's cached values). */
  series: { name: string; ref: string; values: number[]; color: string; hidden?: boolean }[];
}

export interface SheetModel {
  name: string;
  cells: SheetCell[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Row heights in points, by 1-based row number (rows of wrapped text). */
  rowHeights?: Record<number, number>;
  /** Merged ranges, e.g. 'A2:H2' (a note wrapped across a table's width). */
  merges?: string[];
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
  /** Row spans printed on one page: a table with its title and header, a chart's rows. */
  sections?: RowSpan[];
  charts?: ChartModel[];
  /** Left out of printing and hidden from view (still calculated). */
  hidden?: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Printed at the foot of every page beside the sheet's name and page number (the scenario). */
  title?: string;
  /** Workbook-level names, e.g. { name: 'HumanCostPerContact', ref: 'Inputs!$C$9' }. */
  definedNames?: { name: string; ref: string }[];
}

/** Every chart of the workbook, sheet by sheet. */
export function workbookCharts(model: WorkbookModel): ChartModel[] {
  return model.sheets.flatMap((s) => s.charts ?? []);
}
