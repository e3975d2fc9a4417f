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
  let pos = first.next;
  let rowCount = 0;
  let nextQuote = text.indexOf('"', pos);
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = text.length;
    // the next quote is looked up again only once it is behind us (else every line rescans)
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    const quote = nextQuote;
    let fields: string[];
    if (quote === -1 || quote > lineEnd) {
      let line = text.slice(pos, lineEnd);
      if (line.endsWith('\r')) line = line.slice(0, -1);
      pos = lineEnd + 1;
      if (line === '') continue;
      fields = line.split(',');
    } else {
      const read = readRecord(text, pos);
      fields = read.record;
      pos = read.next;
    }
    for (let k = 0; k < keep.length; k++) arrays[k].push(fields[keep[k].index] ?? '');
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
