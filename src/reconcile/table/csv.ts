/** Columns of a CSV file as text, keeping only the wanted ones. */
export interface CsvColumns {
  header: string[];
  /** wanted column name -> one string per data row ('' for an empty cell). */
  columns: Map<string, string[]>;
  rowCount: number;
}

/** The header row of a CSV text (RFC 4180 quoting; header cells are trimmed). */
export function csvHeader(text: string): string[] {
  const { record } = readRecord(stripBom(text), 0);
  return record.map((h) => h.trim());
}

/**
 * Reads RFC 4180 CSV (comma separated, `"` quoted, `""` escaped, CRLF or LF). Lines without a
 * quote take a fast split; quoted fields may hold commas and new lines.
 */
export function readCsvColumns(text: string, wanted?: readonly string[]): CsvColumns {
  text = stripBom(text);
  const first = readRecord(text, 0);
  const header = first.record.map((h) => h.trim());
  const keep = header
    .map((name, index) => ({ name, index }))
    .filter((c) => wanted === undefined || wanted.includes(c.name));
  const arrays = keep.map(() => [] as string[]);
  // slot[i]: which kept column field i feeds, or -1; fields after the last kept one are skipped
  const slot = header.map(() => -1);
  keep.forEach((c, k) => (slot[c.index] = k));
  const lastKept = keep.length === 0 ? -1 : keep[keep.length - 1].index;
  let pos = first.next;
  let rowCount = 0;
  let nextQuote = text.indexOf('"', pos);
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = text.length;
    // the next quote is looked up again only once it is behind us (else every line rescans)
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    if (nextQuote !== -1 && nextQuote < lineEnd) {
      const read = readRecord(text, pos);
      for (let k = 0; k < keep.length; k++) arrays[k].push(read.record[keep[k].index] ?? '');
      pos = read.next;
      rowCount++;
      continue;
    }
    let end = lineEnd;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (end === pos) {
      pos = lineEnd + 1;
      continue;
    }
    let start = pos;
    let field = 0;
    for (; field <= lastKept; field++) {
      let comma = text.indexOf(',', start);
      if (comma === -1 || comma > end) comma = end;
      if (slot[field] !== -1) arrays[slot[field]].push(text.slice(start, comma));
      if (comma === end) {
        field++;
        break;
      }
      start = comma + 1;
    }
    for (; field <= lastKept; field++) if (slot[field] !== -1) arrays[slot[field]].push('');
    pos = lineEnd + 1;
    rowCount++;
  }
  return { header, columns: new Map(keep.map((c, k) => [c.name, arrays[k]])), rowCount };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One record starting at pos, and where the next one starts. */
function readRecord(text: string, pos: number): { record: string[]; next: number } {
  const record: string[] = [];
  let field = '';
  let i = pos;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      i++;
      break;
    } else field += ch;
    i++;
  }
  record.push(field);
  return { record, next: i };
}
