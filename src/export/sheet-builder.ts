import { cellRef } from './a1';
import { escapeFormulaText } from './escape-text';
import type { CellStyle, CellValue, SheetCell } from './workbook-model';

/** Collects the cells of one sheet; text constants are escaped against formula injection. */
export interface SheetBuilder {
  cells: SheetCell[];
  value: (column: number, row: number, value: CellValue, style?: CellStyle) => string;
  formula: (
    column: number,
    row: number,
    formula: string,
    result: CellValue,
    style?: CellStyle,
  ) => string;
}

export function sheetBuilder(): SheetBuilder {
  const cells: SheetCell[] = [];
  return {
    cells,
    value(column, row, value, style) {
      const ref = cellRef(column, row);
      const safe = typeof value === 'string' ? escapeFormulaText(value) : value;
      cells.push({ ref, value: safe, ...(style ? { style } : {}) });
      return ref;
    },
    formula(column, row, formula, result, style) {
      const ref = cellRef(column, row);
      const safe = typeof result === 'string' ? escapeFormulaText(result) : result;
      cells.push({ ref, formula, result: safe, ...(style ? { style } : {}) });
      return ref;
    },
  };
}
