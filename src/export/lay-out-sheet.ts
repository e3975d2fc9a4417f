import { cellRef, parseRef } from './a1';
import { ROLE_LOOK } from './cell-palette';
import { cellTextWidth, longestWordWidth, wrappedLines } from './text-width';
import type { CellValue, SheetCell, SheetModel } from './workbook-model';

// Sizes a sheet from what its cells show, so that nothing runs into its neighbour or prints as
// ###: a figure, or a label with a neighbour on its right, widens its own column (a label past
// MAX_COLUMN wraps instead); a text with nothing on its right runs on over the empty cells there,
// and where they are too few it wraps across them, merged (a note under a title); rows grow to
// their wrapped text, and each header is aligned with its column.

/** A column wider than this wraps its text instead. */
const MAX_COLUMN = 56;
const MIN_COLUMN = 6;
/** Slack beside the widest text of a column, in column-width units. */
const PAD = 1.5;
/** Points per line of 11-point text. */
const LINE = 15;

const lookOf = (cell: SheetCell) => (cell.style?.role ? ROLE_LOOK[cell.style.role] : undefined);
const sizeOf = (cell: SheetCell) => lookOf(cell)?.size ?? 11;
const boldOf = (cell: SheetCell) => !!(cell.style?.bold || lookOf(cell)?.bold);
const lineHeight = (size: number) =>
  Math.ceil(LINE * Math.max(1, size / 11) * (size > 11 ? 1.3 : 1));

/** What a cell shows: its value, or a formula's cached result; null when it shows nothing. */
export function shownValue(cell: SheetCell): Exclude<CellValue, null> | null {
  const v = cell.formula !== undefined ? cell.result : cell.value;
  return v === undefined || v === null || v === '' ? null : v;
}

/** Row spans of consecutive occupied rows (cells or a chart): a table with its title and header. */
export function blocks(sheet: SheetModel): { from: number; to: number }[] {
  const occupied = new Set<number>();
  for (const cell of sheet.cells) occupied.add(parseRef(cell.ref).row);
  for (const chart of sheet.charts ?? [])
    for (let r = parseRef(chart.from).row; r <= parseRef(chart.to).row; r++) occupied.add(r);
  const rows = [...occupied].sort((a, b) => a - b);
  const spans: { from: number; to: number }[] = [];
  for (const row of rows) {
    const last = spans.at(-1);
    if (last && row === last.to + 1) last.to = row;
    else spans.push({ from: row, to: row });
  }
  return spans;
}

type Grid = Map<number, Map<number, SheetCell>>;

function grid(sheet: SheetModel): Grid {
  const rows: Grid = new Map();
  for (const cell of sheet.cells) {
    const { column, row } = parseRef(cell.ref);
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)!.set(column, cell);
  }
  return rows;
}

export function layOutSheet(sheet: SheetModel): SheetModel {
  const rows = grid(sheet);
  const widths = [...(sheet.columnWidths ?? [])];
  const widthOf = (c: number) => Math.max(widths[c - 1] ?? MIN_COLUMN, MIN_COLUMN);
  const widen = (column: number, need: number) =>
    (widths[column - 1] = Math.max(widthOf(column), Math.min(need, MAX_COLUMN)));
  const span = (from: number, to: number) => {
    let w = 0;
    for (let c = from; c <= to; c++) w += widthOf(c);
    return w;
  };

  let tableColumns = 1;
  const wraps = new Set<SheetCell>();
  const runsOn: { cell: SheetCell; column: number; row: number }[] = [];
  for (const [row, cells] of rows) {
    for (const [column, cell] of cells) {
      const shown = shownValue(cell);
      if (shown === null) continue;
      const size = sizeOf(cell);
      const bold = boldOf(cell);
      const full = cellTextWidth(shown, cell.style?.numFmt, size, bold) + PAD;
      if (typeof shown === 'string' && !cell.style?.wrap && !cells.has(column + 1)) {
        runsOn.push({ cell, column, row });
        continue;
      }
      tableColumns = Math.max(tableColumns, column);
      if (typeof shown !== 'string') widen(column, full);
      else if (cell.style?.wrap) widen(column, longestWordWidth(shown, size, bold) + PAD);
      else {
        widen(column, full);
        if (full > MAX_COLUMN) wraps.add(cell);
      }
    }
  }
  for (const chart of sheet.charts ?? [])
    tableColumns = Math.max(tableColumns, parseRef(chart.to).column);
  for (let c = 1; c <= tableColumns; c++) widths[c - 1] = Math.ceil(widthOf(c));

  // the last column a text may run on to: its table's edge, or its printed page's
  const groups = sheet.print?.columnGroups ?? [];
  const titles = sheet.print?.titleColumns;
  const edgeOf = (column: number) => {
    if (titles && column <= titles.to) return titles.to;
    const next = groups.find((g) => g > column);
    return Math.max(column, Math.min(tableColumns, next === undefined ? tableColumns : next - 1));
  };
  const merges = [...(sheet.merges ?? [])];
  const spans = new Map<SheetCell, number>();
  const ends = runsOn.map(({ column, row }) => {
    const cells = rows.get(row)!;
    let end = column;
    while (end < edgeOf(column) && !cells.has(end + 1)) end++;
    return end;
  });
  // at the edge, with nothing to run on over, a text widens its column like a label
  runsOn.forEach(({ cell, column }, i) => {
    if (ends[i] > column) return;
    const need = cellTextWidth(String(shownValue(cell)), undefined, sizeOf(cell), boldOf(cell));
    widen(column, need + PAD);
    widths[column - 1] = Math.ceil(widthOf(column));
    if (need + PAD > MAX_COLUMN) wraps.add(cell);
  });
  runsOn.forEach(({ cell, column, row }, i) => {
    const end = ends[i];
    const need = cellTextWidth(String(shownValue(cell)), undefined, sizeOf(cell), boldOf(cell));
    if (end === column || need + PAD <= span(column, end)) return;
    merges.push(`${cell.ref}:${cellRef(end, row)}`);
    spans.set(cell, span(column, end));
    wraps.add(cell);
  });

  const heights: Record<number, number> = { ...(sheet.rowHeights ?? {}) };
  const out: SheetCell[] = [];
  for (const [row, cells] of rows) {
    let height = 0;
    for (const [column, cell] of cells) {
      const shown = shownValue(cell);
      const size = sizeOf(cell);
      let laidOut = cell;
      let lines = 1;
      if (typeof shown === 'string' && (cell.style?.wrap || wraps.has(cell))) {
        const room = spans.get(cell) ?? widthOf(column);
        lines = wrappedLines(shown, room - PAD, size, boldOf(cell));
        laidOut = { ...cell, style: { ...cell.style, wrap: true } };
      }
      height = Math.max(height, lines * lineHeight(size));
      out.push(alignedWithColumn(laidOut, column, row, rows));
    }
    if (height > LINE) heights[row] = Math.max(heights[row] ?? 0, height);
  }
  // in a row of several lines, text and figures start at the top; headers keep to the bottom
  for (const [i, cell] of out.entries()) {
    const row = parseRef(cell.ref).row;
    if ((heights[row] ?? LINE) > LINE && cell.style?.role !== 'header')
      out[i] = { ...cell, style: { ...cell.style, valign: 'top' } };
  }

  return {
    ...sheet,
    cells: out,
    columnWidths: widths.map((w) => w ?? MIN_COLUMN),
    rowHeights: heights,
    ...(merges.length > 0 ? { merges } : {}),
  };
}

/** A header takes its column's alignment; text a formula shows in a column of figures aligns right. */
function alignedWithColumn(cell: SheetCell, column: number, row: number, rows: Grid): SheetCell {
  if (cell.style?.align) return cell;
  if (cell.style?.role === 'header') {
    for (let r = row + 1; rows.has(r); r++) {
      const below = rows.get(r)!.get(column);
      if (!below || shownValue(below) === null) continue;
      if (below.style?.role === 'header') return cell;
      return typeof shownValue(below) === 'number' || below.style?.numFmt
        ? { ...cell, style: { ...cell.style, align: 'right', indent: 1 } }
        : cell;
    }
    return cell;
  }
  if (typeof shownValue(cell) === 'string' && cell.formula !== undefined && cell.style?.numFmt)
    return { ...cell, style: { ...cell.style, align: 'right' } };
  return cell;
}
