// One column of an option's block on the Schedule sheet: its header, format, formula and the
// engine's value for each month.

/** Where a formula is written: its row and the A1 address of every column of its block. */
export interface RowContext {
  row: number;
  first: boolean;
  /** The same row in another column of this option's block, e.g. at('usage') -> 'R12'. */
  at: (key: string) => string;
  /** The row above in a column of this block. */
  above: (key: string) => string;
  /** The same row in a column of another option's block (by option index), e.g. a switch's vendor. */
  of: (option: number, key: string) => string;
  horizonRef: string;
}

export interface ScheduleColumn {
  key: string;
  header: string;
  /** 'money': whole currency units; 'unitPrice': a per-unit figure with the decimals that matter. */
  numFmt: 'money' | 'unitPrice' | string;
  /** null writes the engine's value as a constant (a column with no formula, e.g. no usage charge). */
  formula: ((c: RowContext) => string) | null;
  /** The engine's value in month m (1-based), the cached result of the formula. */
  value: (m: number) => number;
}
