import ExcelJS from 'exceljs';
import type { CellValue, WorkbookModel } from '../../src/export/workbook-model';

export interface Mismatch {
  sheet: string;
  cell: string;
  formula: string;
  engine: CellValue | undefined;
  spreadsheet: unknown;
}

export const RELATIVE_TOLERANCE = 1e-9;
/** Below this magnitude (a millionth of a cent, of a contact) differences are rounding noise. */
export const ABSOLUTE_FLOOR = 1e-9;

/** The computed value of a formula cell (cell.value drops a result of 0, so read the model). */
function recalculatedValue(cell: ExcelJS.Cell): unknown {
  if (cell.type !== ExcelJS.ValueType.Formula) return { notAFormula: cell.value };
  return (cell.model as { result?: unknown }).result;
}

function agrees(engine: CellValue | undefined, spreadsheet: unknown): boolean {
  if (typeof engine === 'number') {
    if (typeof spreadsheet !== 'number' || !Number.isFinite(spreadsheet)) return false;
    const scale = Math.max(Math.abs(engine), Math.abs(spreadsheet));
    return Math.abs(engine - spreadsheet) <= Math.max(RELATIVE_TOLERANCE * scale, ABSOLUTE_FLOOR);
  }
  return engine === spreadsheet;
}

/**
 * Every formula cell of the model against the value a spreadsheet computed for it. Returns the
 * mismatches and how many formula cells were compared.
 */
export async function compareRecalculated(
  model: WorkbookModel,
  recalculatedXlsx: string,
): Promise<{ compared: number; mismatches: Mismatch[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(recalculatedXlsx);
  const mismatches: Mismatch[] = [];
  let compared = 0;
  for (const sheet of model.sheets) {
    const ws = workbook.getWorksheet(sheet.name);
    if (!ws) throw new Error(`${recalculatedXlsx}: sheet ${sheet.name} is missing`);
    for (const cell of sheet.cells) {
      if (cell.formula === undefined) continue;
      compared++;
      const spreadsheet = recalculatedValue(ws.getCell(cell.ref));
      if (!agrees(cell.result, spreadsheet)) {
        mismatches.push({
          sheet: sheet.name,
          cell: cell.ref,
          formula: cell.formula,
          engine: cell.result,
          spreadsheet,
        });
      }
    }
  }
  return { compared, mismatches };
}

export function describeMismatch(m: Mismatch): string {
  return `${m.sheet}!${m.cell} =${m.formula}: engine ${JSON.stringify(m.engine)}, LibreOffice ${JSON.stringify(m.spreadsheet)}`;
}
