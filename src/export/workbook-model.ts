// The board workbook as plain data: sheets of cells holding values or native formulas with the
// engine's values as cached results. The xlsx writer (exceljs) and the taskpane's in-workbook
// writer (Office.js) both render this one model, so the two never diverge.

export type CellValue = number | string | boolean | null;

export type CellRole =
  'title' | 'header' | 'label' | 'input' | 'working' | 'output' | 'check' | 'note';

export interface CellStyle {
  role?: CellRole;
  /** Excel number format, e.g. '"$"#,##0.00' or '0.0%'. */
  numFmt?: string;
  bold?: boolean;
  wrap?: boolean;
  /** Background colour as 6 hex digits (RGB), e.g. a chart legend swatch. */
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

export interface SheetModel {
  name: string;
  cells: SheetCell[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Row heights in points, by 1-based row number (rows of wrapped headers). */
  rowHeights?: Record<number, number>;
  freeze?: { rows: number; columns: number };
  print?: { landscape: boolean; fitToOnePage: boolean };
  /** Left out of printing and hidden from view (still calculated). */
  hidden?: boolean;
}

/** A line chart over ranges of the model; the xlsx writer draws it as an image. */
export interface ChartModel {
  /**
   * 'line' (default), 'stacked-bar' for a waterfall drawn as stacked columns, or 'tornado':
   * horizontal bars from `base` to each series' value, one row per category.
   */
  kind?: 'line' | 'stacked-bar' | 'tornado';
  sheet: string;
  title: string;
  /** Top-left and bottom-right cells the chart covers, e.g. 'H3' and 'P24'. */
  from: string;
  to: string;
  xTitle: string;
  yTitle: string;
  /** Category values along the x axis (months). */
  categories: number[];
  /** The same categories as a range (the Schedule's month column), for native charts. */
  categoriesRef: string;
  /** tornado: the value the bars start from (the base case). */
  base?: number;
  /** hidden: the invisible base of a stacked-bar waterfall. */
  series: { name: string; ref: string; values: number[]; color: string; hidden?: boolean }[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  /** Workbook-level names, e.g. { name: 'HumanCostPerContact', ref: 'Inputs!$C$9' }. */
  definedNames?: { name: string; ref: string }[];
  charts?: ChartModel[];
}
