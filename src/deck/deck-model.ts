// The board deck as plain data: slides of text boxes, tables and native charts, each slide with
// speaker notes naming where its numbers come from. The pptx writer (pptxgenjs) renders it, in
// Node for `crossover deck` and in the browser for the taskpane's Export menu.

/** Positions and sizes in inches on a 13.333 x 7.5 in (16:9) slide. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface DeckText extends Box {
  text: string;
  fontSize: number;
  bold?: boolean;
  /** 6 hex digits. */
  color?: string;
}

export interface DeckTable extends Box {
  header: string[];
  rows: string[][];
  fontSize: number;
  /** Column widths in inches. */
  columnWidths?: number[];
  /** Per column: text reads from the left, numbers line up on the right (the header too). */
  align: ('left' | 'right')[];
}

export interface DeckSeries {
  name: string;
  values: number[];
  color: string;
  /** Drawn without fill or line: the invisible base of a stacked-bar waterfall. */
  hidden?: boolean;
  /** A line's dash and marker, so that lines that coincide stay told apart. */
  dash?: LineDash;
  marker?: LineMarker;
}

export type LineDash = 'solid' | 'dash' | 'sysDot' | 'lgDash' | 'dashDot' | 'lgDashDot';
export type LineMarker = 'none' | 'circle' | 'square' | 'triangle' | 'diamond';

export interface DeckChart extends Box {
  /** 'bar': horizontal clustered bars (the tornado); 'column': vertical clustered columns. */
  kind: 'line' | 'stacked-bar' | 'bar' | 'column';
  title: string;
  categories: string[];
  series: DeckSeries[];
  xTitle: string;
  yTitle: string;
  /** Excel number format of the value axis, e.g. '"$"#,##0'. */
  numberFormat: string;
  /** Where the bars start on the value axis (the tornado's base-case margin); 0 when absent. */
  barsFrom?: number;
}

export interface DeckSlide {
  /** What the slide is, for tests and the taskpane: 'recommendation', 'ranking', ... */
  id: string;
  title: string;
  texts: DeckText[];
  tables: DeckTable[];
  charts: DeckChart[];
  notes: string;
}

export interface DeckModel {
  title: string;
  slides: DeckSlide[];
}

export const SLIDE_WIDTH = 13.333;
export const SLIDE_HEIGHT = 7.5;
