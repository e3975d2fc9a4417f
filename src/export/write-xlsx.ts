import ExcelJS from 'exceljs';
import { parseRef } from './a1';
import { chartPng } from './chart-png';
import { ROLE_LOOK } from './cell-palette';
import { cellText } from './escape-text';
import type { CellStyle, SheetModel, WorkbookModel } from './workbook-model';

const argb = (rgb: string) => ({ argb: `FF${rgb}` });
const solid = (rgb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: argb(rgb),
});

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  if (!style) return;
  const look = style.role ? ROLE_LOOK[style.role] : undefined;
  if (look) {
    const font: Partial<ExcelJS.Font> = {};
    if (look.bold) font.bold = true;
    if (look.italic) font.italic = true;
    if (look.size) font.size = look.size;
    if (look.font) font.color = argb(look.font);
    if (Object.keys(font).length > 0) cell.font = font;
    if (look.fill) cell.fill = solid(look.fill);
    if (look.underline) cell.border = { bottom: { style: 'thin' } };
  }
  if (style.bold) cell.font = { ...(cell.font ?? {}), bold: true };
  if (style.fill) cell.fill = solid(style.fill);
  if (style.numFmt) cell.numFmt = style.numFmt;
  if (style.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}

/** The last column and row used by a sheet's cells (and its chart). */
function extent(sheet: SheetModel, chartTo?: string): { column: number; row: number } {
  let column = 1;
  let row = 1;
  for (const ref of [...sheet.cells.map((c) => c.ref), ...(chartTo ? [chartTo] : [])]) {
    const p = parseRef(ref);
    column = Math.max(column, p.column);
    row = Math.max(row, p.row);
  }
  return { column, row };
}

function writeSheet(workbook: ExcelJS.Workbook, model: WorkbookModel, sheet: SheetModel): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: sheet.freeze
      ? [{ state: 'frozen', xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }]
      : undefined,
  });
  if (sheet.hidden) ws.state = 'hidden';
  sheet.columnWidths?.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    ws.getRow(Number(row)).height = height;
  }
  for (const cell of sheet.cells) {
    const target = ws.getCell(cell.ref);
    if (cell.formula !== undefined) {
      target.value = {
        formula: cell.formula,
        result:
          typeof cell.result === 'string' ? cellText(cell.result) : (cell.result ?? undefined),
      } as ExcelJS.CellValue;
    } else if (cell.value !== undefined && cell.value !== null) {
      target.value = typeof cell.value === 'string' ? cellText(cell.value) : cell.value;
    }
    applyStyle(target, cell.style);
  }
  const charts = (model.charts ?? []).filter((c) => c.sheet === sheet.name);
  for (const chart of charts) {
    const image = workbook.addImage({
      // A Uint8Array rather than a Node Buffer, so the writer also runs in a browser.
      buffer: chartPng(chart) as unknown as ExcelJS.Buffer,
      extension: 'png',
    });
    ws.addImage(image, `${chart.from}:${chart.to}`);
  }
  if (sheet.print) {
    const { column, row } = extent(sheet, charts.at(-1)?.to);
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: sheet.print.landscape ? 'landscape' : 'portrait',
      fitToPage: sheet.print.fitToOnePage,
      fitToWidth: 1,
      fitToHeight: 1,
      paperSize: 9,
      printArea: `A1:${ws.getColumn(column).letter}${row}`,
    };
  }
}

/** No workbook is written with a number Excel cannot open (Infinity, NaN). */
function assertFiniteCells(model: WorkbookModel): void {
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells) {
      for (const v of [cell.value, cell.result]) {
        if (typeof v === 'number' && !Number.isFinite(v))
          throw new Error(
            `refusing to write ${sheet.name}!${cell.ref}: ${v} is not a finite number`,
          );
      }
    }
  }
}

/** The model as .xlsx bytes; runs in Node and in a browser (the taskpane's download). */
export async function writeXlsxBytes(model: WorkbookModel): Promise<Uint8Array> {
  assertFiniteCells(model);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Crossover';
  workbook.calcProperties.fullCalcOnLoad = false;
  for (const sheet of model.sheets) writeSheet(workbook, model, sheet);
  for (const name of model.definedNames ?? []) {
    workbook.definedNames.add(name.ref, name.name);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The model as an .xlsx file: formulas with cached results, styles, print setup and the chart. */
export async function writeXlsx(model: WorkbookModel): Promise<Buffer> {
  return Buffer.from(await writeXlsxBytes(model));
}
