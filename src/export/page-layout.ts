import { columnLetters, parseRef } from './a1';
import { blocks } from './lay-out-sheet';
import type { PrintSetup, RowSpan, SheetModel } from './workbook-model';

// How a sheet falls onto printed pages, computed rather than left to the spreadsheet, so that
// Excel and LibreOffice print it alike: one page wide at a scale computed from the column widths
// (Excel ignores manual page breaks under "fit to"; a computed scale keeps them), and page breaks
// placed so that a table section or a chart never splits when it fits on a page.

/** A4 or US Letter, whichever is smaller each way, less the margins and the footer, in points. */
const PAGE = {
  landscape: { width: 720, height: 440 },
  portrait: { width: 500, height: 680 },
} as const;
export const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.75, header: 0.3, footer: 0.3 };
const DEFAULT_ROW = 15;
const MIN_SCALE = 40;

export const DEFAULT_PRINT: PrintSetup = { orientation: 'landscape', fit: 'width' };

export interface PageLayout {
  setup: PrintSetup;
  /** Percent; 100 when the sheet fits (ignored under fit to one page). */
  scale: number;
  /** Rows after which a new page starts. */
  rowBreaks: number[];
  /** Columns that start a new page. */
  columnBreaks: number[];
  printArea: string;
}

/**
 * Printed width of a column of `chars` characters, in points: a character is a digit of the
 * default font, 5.25 points in Excel's Calibri and 7 in DejaVu Sans, which LibreOffice draws when
 * Calibri is missing; the wider is assumed, so a sheet fits the page in both.
 */
const columnPoints = (chars: number) => 7 * chars + 5;

function extent(sheet: SheetModel): { column: number; row: number } {
  let column = 1;
  let row = 1;
  const refs = [...sheet.cells.map((c) => c.ref), ...(sheet.charts ?? []).map((c) => c.to)];
  for (const ref of refs) {
    const p = parseRef(ref);
    column = Math.max(column, p.column);
    row = Math.max(row, p.row);
  }
  return { column, row };
}

/** Groups of columns that each start a page, the title columns apart. */
function columnGroups(setup: PrintSetup, lastColumn: number): { from: number; to: number }[] {
  const starts = setup.columnGroups ?? [];
  const first = setup.titleColumns ? setup.titleColumns.to + 1 : 1;
  const bounds = [first, ...starts.filter((c) => c > first && c <= lastColumn), lastColumn + 1];
  return bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1] - 1 }));
}

/** Merges overlapping spans into one. */
function merged(spans: RowSpan[]): RowSpan[] {
  const out: RowSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.from - b.from)) {
    const last = out.at(-1);
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

export function pageLayout(sheet: SheetModel): PageLayout {
  const setup = sheet.print ?? DEFAULT_PRINT;
  const { column: lastColumn, row: lastRow } = extent(sheet);
  const printArea = `A1:${columnLetters(lastColumn)}${lastRow}`;
  if (setup.fit === 'page')
    return { setup, scale: 100, rowBreaks: [], columnBreaks: [], printArea };

  const page = PAGE[setup.orientation];
  const heightOf = (r: number) => sheet.rowHeights?.[r] ?? DEFAULT_ROW;
  const heightOfSpan = (s: RowSpan) => {
    let h = 0;
    for (let r = s.from; r <= s.to; r++) h += heightOf(r);
    return h;
  };
  const width = (from: number, to: number) => {
    let w = 0;
    for (let c = from; c <= to; c++) w += columnPoints(sheet.columnWidths?.[c - 1] ?? 9);
    return w;
  };
  const groups = columnGroups(setup, lastColumn);
  const titles = setup.titleColumns ? width(setup.titleColumns.from, setup.titleColumns.to) : 0;
  // every group of columns starts a page; the widest decides the scale
  const widest = Math.max(...groups.map((g) => titles + width(g.from, g.to)));
  const fitWidth = Math.min(100, (100 * page.width) / widest);
  const repeated = setup.headerRows ? heightOfSpan(setup.headerRows) : 0;
  // the sheet's title and notes print with the table that follows them
  const occupied = blocks(sheet);
  const [head, next, ...rest] = occupied;
  const glued = next ? [{ from: head.from, to: next.to }, ...rest] : occupied;
  const sections = merged([...glued, ...(sheet.sections ?? [])]);
  const blank = (r: number) => !occupied.some((b) => r >= b.from && r <= b.to);
  // shrinking a little more, up to a sixth, puts the whole sheet on one page, or else keeps the
  // largest section on one
  const fitHeight = (100 * page.height) / heightOfSpan({ from: 1, to: lastRow });
  const fitSection =
    (100 * page.height) / Math.max(...sections.map((s) => heightOfSpan(s) + repeated));
  const shrunk = [fitHeight, fitSection].find((f) => f < fitWidth && f >= (fitWidth * 5) / 6);
  const scale = Math.max(MIN_SCALE, Math.floor(shrunk ?? fitWidth));
  const columnBreaks = groups.slice(1).map((g) => g.from);

  const room = (page.height * 100) / scale;
  const startsSection = new Map(sections.map((s) => [s.from, s]));
  const rowBreaks: number[] = [];
  let used = 0;
  for (let r = 1; r <= lastRow; r++) {
    const onNewPage = setup.headerRows && r > setup.headerRows.to ? repeated : 0;
    const section = startsSection.get(r);
    const fits = (h: number) => used + h <= room;
    const wouldFitAlone = section && heightOfSpan(section) <= room - onNewPage;
    if (
      used > onNewPage &&
      ((section && wouldFitAlone && !fits(heightOfSpan(section))) || !fits(heightOf(r)))
    ) {
      rowBreaks.push(r - 1);
      used = onNewPage;
    }
    // a blank row at the top of a page takes no room (it prints as nothing)
    if (!(used === onNewPage && blank(r))) used += heightOf(r);
  }
  return { setup, scale, rowBreaks, columnBreaks, printArea };
}
