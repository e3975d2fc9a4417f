import { HyperFormula } from 'hyperformula';
import { parseRef } from '../../src/export/a1';
import type { WorkbookModel } from '../../src/export/workbook-model';

// The board workbook loaded into HyperFormula (a spreadsheet engine in JavaScript), so a test can
// change an input cell and read what the workbook's own formulas recalculate to.

export interface LoadedWorkbook {
  hf: HyperFormula;
  value: (sheet: string, ref: string) => unknown;
  set: (sheet: string, ref: string, value: number) => void;
}

export function loadWorkbook(model: WorkbookModel): LoadedWorkbook {
  const sheets: Record<string, unknown[][]> = {};
  for (const sheet of model.sheets) {
    const rows: unknown[][] = [];
    for (const cell of sheet.cells) {
      const { column, row } = parseRef(cell.ref);
      while (rows.length < row) rows.push([]);
      const line = rows[row - 1];
      while (line.length < column) line.push(null);
      line[column - 1] = cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? null);
    }
    sheets[sheet.name] = rows;
  }
  const hf = HyperFormula.buildFromSheets(sheets as never, {
    licenseKey: 'gpl-v3',
    useArrayArithmetic: true, // SUMPRODUCT((years=y)*range), as Excel and LibreOffice evaluate it
  });
  const address = (sheet: string, ref: string) => {
    const { column, row } = parseRef(ref);
    const id = hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    return { sheet: id, col: column - 1, row: row - 1 };
  };
  return {
    hf,
    value: (sheet, ref) => hf.getCellValue(address(sheet, ref)),
    set: (sheet, ref, value) => hf.setCellContents(address(sheet, ref), [[value]]),
  };
}
