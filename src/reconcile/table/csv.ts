import { InputProblem } from '../input-problem';

/** Columns of a CSV file as text, keeping only the wanted ones. */
export interface CsvColumns {
  header: string[];
  /** wanted column name -> one string per data row ('' for an empty cell). */
  columns: Map<string, string[]>;
  rowCount: number;
}

/**
 * The grammar both engines read (DuckDB's strict RFC 4180 mode, see duckdb/typed-csv.ts):
 * comma separated, LF or CRLF line ends (one kind throughout), blank lines skipped. A field is either plain text
 * (a `"` inside it is just a character) or quoted: spaces, `"`, text in which `""` is a quote
 * and line breaks are kept, `"`, spaces. Every record has as many fields as the header.
 */
export const CSV_RULES =
  'comma separated, a quoted field starts and ends with " (a quote inside it is written ""), and every row has as many fields as the header';

function unterminated(source: string, line: number): InputProblem {
  return new InputProblem(
    `${source}, line ${line}: a quoted field opened here is never closed (unterminated quote)`,
  );
}

function textAfterQuote(source: string, line: number): InputProblem {
  return new InputProblem(
    `${source}, line ${line}: text after the closing quote of a field (a stray quote; inside a quoted field a quote is written "")`,
  );
}

function mixedLineEnds(source: string, line: number, crlf: boolean): InputProblem {
  const [here, header] = crlf ? ['LF', 'CRLF'] : ['CRLF', 'LF'];
  return new InputProblem(
    `${source}, line ${line}: ends with ${here} but the header row with ${header} (mixed line ends; save the file with one kind)`,
  );
}

export function fieldCountProblem(
  source: string,
  line: number,
  fields: number,
  width: number,
): InputProblem {
  return new InputProblem(
    `${source}, line ${line}: ${fields} field${fields === 1 ? '' : 's'}, but the header has ${width}`,
  );
}

/** The header row of a CSV text (RFC 4180 quoting; header cells are trimmed). */
export function csvHeader(text: string, source = 'the CSV'): string[] {
  const { record } = readRecord(stripBom(text), 0, 1, source);
  return record.map((h) => h.trim());
}

/**
 * Reads CSV by the grammar above. Lines without a quote take a fast split; quoted fields may hold
 * commas and new lines. A malformed file is an InputProblem naming the (1-based) line.
 */
export function readCsvColumns(
  text: string,
  wanted?: readonly string[],
  source = 'the CSV',
): CsvColumns {
  const read = readCsvInto(text, wanted, source, () => [] as string[]);
  return { header: read.header, columns: read.columns, rowCount: read.rowCount };
}

/** Where one column's cells go as they are read, in row order. */
export interface CellSink {
  push: (cell: string) => unknown;
}

/**
 * A column read as codes into its distinct texts: an export repeats a few values (statuses,
 * scores, dates), so they are typed and converted once each, and no row keeps its own string.
 */
export class DictionaryColumn implements CellSink {
  codes = new Int32Array(1 << 12);
  length = 0;
  readonly distinct: string[] = [];
  private readonly index = new Map<string, number>();

  push(cell: string): void {
    let code = this.index.get(cell);
    if (code === undefined) {
      code = this.distinct.length;
      this.distinct.push(cell);
      this.index.set(cell, code);
    }
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }
}

/** Reads CSV by the grammar above into one sink per wanted column (see readCsvColumns). */
export function readCsvInto<Sink extends CellSink>(
  text: string,
  wanted: readonly string[] | undefined,
  source: string,
  makeSink: () => Sink,
): { header: string[]; columns: Map<string, Sink>; rowCount: number } {
  text = stripBom(text);
  const first = readRecord(text, 0, 1, source);
  const header = first.record.map((h) => h.trim());
  const width = header.length;
  const keep = header
    .map((name, index) => ({ name, index }))
    .filter((c) => wanted === undefined || wanted.includes(c.name));
  const arrays = keep.map(makeSink);
  // slot[i]: which kept column field i feeds, or -1
  const slot = header.map(() => -1);
  keep.forEach((c, k) => (slot[c.index] = k));
  // every line ends as the header row does (DuckDB reads no file with mixed line ends)
  const crlf = first.crlf === true;
  let pos = first.next;
  let line = first.line;
  let rowCount = 0;
  // the next quote and comma are looked up again only once they are behind us (else every
  // line would rescan to them)
  let nextQuote = text.indexOf('"', pos);
  let nextComma = text.indexOf(',', pos);
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = text.length;
    if (nextQuote !== -1 && nextQuote < pos) nextQuote = text.indexOf('"', pos);
    if (nextQuote !== -1 && nextQuote < lineEnd) {
      const read = readRecord(text, pos, line, source);
      if (read.crlf !== null && read.crlf !== crlf)
        throw mixedLineEnds(source, read.line - 1, crlf);
      if (read.record.length !== width)
        throw fieldCountProblem(source, line, read.record.length, width);
      for (let k = 0; k < keep.length; k++) arrays[k].push(read.record[keep[k].index]);
      pos = read.next;
      line = read.line;
      rowCount++;
      continue;
    }
    let end = lineEnd;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (lineEnd < text.length && end < lineEnd !== crlf) throw mixedLineEnds(source, line, crlf);
    if (end === pos) {
      pos = lineEnd + 1;
      line++;
      continue;
    }
    let start = pos;
    let field = 0;
    for (;;) {
      if (nextComma !== -1 && nextComma < start) nextComma = text.indexOf(',', start);
      const comma = nextComma === -1 || nextComma > end ? end : nextComma;
      if (field < width && slot[field] !== -1) arrays[slot[field]].push(text.slice(start, comma));
      field++;
      if (comma === end) break;
      start = comma + 1;
    }
    if (field !== width) throw fieldCountProblem(source, line, field, width);
    pos = lineEnd + 1;
    line++;
    rowCount++;
  }
  return { header, columns: new Map(keep.map((c, k) => [c.name, arrays[k]])), rowCount };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Whether pos is at a line end (LF or CRLF) or the end of the text. */
function atLineEnd(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  return pos >= text.length || c === LF || (c === CR && text.charCodeAt(pos + 1) === LF);
}

/**
 * One record starting at pos (on the given line): its fields, where the next record starts and
 * the line it starts on.
 */
function readRecord(
  text: string,
  pos: number,
  line: number,
  source: string,
): { record: string[]; next: number; line: number; crlf: boolean | null } {
  const record: string[] = [];
  let i = pos;
  for (;;) {
    let j = i;
    while (text.charCodeAt(j) === SPACE) j++;
    if (text.charCodeAt(j) === QUOTE) {
      const opened = line;
      let field = '';
      let from = j + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1) throw unterminated(source, opened);
        field += text.slice(from, close);
        for (let n = text.indexOf('\n', from); n !== -1 && n < close; n = text.indexOf('\n', n + 1))
          line++;
        if (text.charCodeAt(close + 1) === QUOTE) {
          field += '"';
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      while (text.charCodeAt(i) === SPACE) i++;
      if (text.charCodeAt(i) !== COMMA && !atLineEnd(text, i)) throw textAfterQuote(source, line);
      record.push(field);
    } else {
      let k = i;
      while (k < text.length && text.charCodeAt(k) !== COMMA && !atLineEnd(text, k)) k++;
      record.push(text.slice(i, k));
      i = k;
    }
    if (text.charCodeAt(i) === COMMA) {
      i++;
      continue;
    }
    if (i >= text.length) return { record, next: i, line, crlf: null };
    const crlf = text.charCodeAt(i) === CR;
    return { record, next: i + (crlf ? 2 : 1), line: line + 1, crlf };
  }
}
