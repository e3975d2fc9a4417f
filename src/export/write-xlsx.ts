import ExcelJS from 'exceljs';
import { columnLetters } from './a1';
import { ROLE_LOOK } from './cell-palette';
import { cellText } from './escape-text';
import { MARGINS, pageLayout } from './page-layout';
import type { CellStyle, SheetModel, WorkbookModel } from './workbook-model';
import { addPackageParts, type SheetParts } from './xlsx/add-package-parts';

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
  if (style.wrap || style.align || style.indent || style.valign)
    cell.alignment = {
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.valign ? { vertical: style.valign } : {}),
      ...(style.align ? { horizontal: style.align } : {}),
      ...(style.indent ? { indent: style.indent } : {}),
    };
}

/** Short enough to leave room for the sheet's name on a portrait page; '&' (a code) doubled. */
function footerText(text: string): string {
  const safe = cellText(text);
  const short = safe.length > 48 ? `${safe.slice(0, 47)}…` : safe;
  return short.replace(/&/g, '&&');
}

function printSetup(ws: ExcelJS.Worksheet, sheet: SheetModel, title: string | undefined): number[] {
  const layout = pageLayout(sheet);
  const { setup } = layout;
  const onePage = setup.fit === 'page';
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: setup.orientation,
    fitToPage: onePage,
    ...(onePage ? { fitToWidth: 1, fitToHeight: 1 } : { scale: layout.scale }),
    printArea: layout.printArea,
    margins: MARGINS,
    ...(setup.headerRows
      ? { printTitlesRow: `${setup.headerRows.from}:${setup.headerRows.to}` }
      : {}),
    ...(setup.titleColumns
      ? {
          printTitlesColumn: `${columnLetters(setup.titleColumns.from)}:${columnLetters(setup.titleColumns.to)}`,
        }
      : {}),
  };
  ws.headerFooter = {
    oddFooter: `&L&8${title ? footerText(title) : ''}&C&8&A&R&8Page &P of &N`,
  };
  for (const row of layout.rowBreaks) ws.getRow(row).addPageBreak();
  return layout.columnBreaks;
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  model: WorkbookModel,
  sheet: SheetModel,
): SheetParts {
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
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  const columnBreaks = printSetup(ws, sheet, model.title);
  return { charts: sheet.charts ?? [], columnBreaks };
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
  const parts = model.sheets.map((sheet) => writeSheet(workbook, model, sheet));
  for (const name of model.definedNames ?? []) {
    workbook.definedNames.add(name.ref, name.name);
  }
  // exceljs writes no charts and no column breaks: they are added to its package
  return addPackageParts(new Uint8Array(await workbook.xlsx.writeBuffer()), parts);
}

/** The model as an .xlsx file: formulas with cached results, styles, print setup and charts. */
export async function writeXlsx(model: WorkbookModel): Promise<Buffer> {
  return Buffer.from(await writeXlsxBytes(model));
}
