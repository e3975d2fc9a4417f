/** Column letters of a 1-based column index: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out;
}

/** 1-based column index of letters: A -> 1, AA -> 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellRef(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** An absolute reference on another sheet, e.g. Inputs!$B$7. */
export function absoluteRef(sheet: string, column: number, row: number): string {
  return `${sheetPrefix(sheet)}$${columnLetters(column)}$${row}`;
}

/** An absolute range on a sheet, e.g. Schedule!$C$6:$C$41. */
export function absoluteRange(
  sheet: string,
  column: number,
  fromRow: number,
  toRow: number,
): string {
  const col = columnLetters(column);
  return `${sheetPrefix(sheet)}$${col}$${fromRow}:$${col}$${toRow}`;
}

export function sheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

/** Splits 'B7' into column 2 and row 7. */
export function parseRef(ref: string): { column: number; row: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`not an A1 cell reference: ${ref}`);
  return { column: columnIndex(match[1]), row: Number(match[2]) };
}
