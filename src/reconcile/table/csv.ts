import { InputProblem } from '../input-problem';
import { decodeUtf8, encodeUtf8 } from './utf8';

/** Columns of a CSV file as text, keeping only the wanted ones. */
export interface CsvColumns {
  header: string[];
  /** wanted column name -> one string per data row ('' for an empty cell). */
  columns: Map<string, string[]>;
  rowCount: number;
}

/**
 * The grammar both engines read (DuckDB's strict RFC 4180 mode, see duckdb/typed-csv.ts):
 * comma separated, LF or CRLF line ends (one kind throughout), blank lines skipped. A field is
 * either plain text (a `"` inside it is just a character) or quoted: spaces, `"`, text in which
 * `""` is a quote and line breaks are kept, `"`, spaces. Every record has as many fields as the
 * header.
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

/** Where one column's cells go as they are read, in row order: the bytes of each cell. */
export interface CellSink {
  push: (bytes: Uint8Array, start: number, end: number) => unknown;
}

export { decodeUtf8 };

const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Thrown inside a chunk whose last record is cut off; the reader waits for more bytes. */
const INCOMPLETE = Symbol('incomplete');

interface Field {
  start: number;
  end: number;
  /** a quoted field with `""` in it (its bytes need unescaping) */
  escaped: boolean;
}

/**
 * Reads CSV bytes by the grammar above, chunk by chunk (a record may straddle chunks), into one
 * sink per wanted column: no string is made for a cell unless its sink makes one. A malformed
 * file is an InputProblem naming the (1-based) line; lines are counted as in an editor.
 */
export class CsvReader<Sink extends CellSink> {
  header: string[] | null = null;
  columns = new Map<string, Sink>();
  rowCount = 0;
  private width = 0;
  /** slot[i]: the sink field i feeds, or undefined */
  private slot: (Sink | undefined)[] = [];
  private crlf = false;
  private line = 1;
  private scratch = new Uint8Array(256);

  constructor(
    private readonly source: string,
    /** the header cells to keep, given the header (trimmed) */
    private readonly choose: (header: string[]) => readonly string[],
    private readonly makeSink: () => Sink,
  ) {}

  /**
   * Reads the complete records of bytes[start, end) (all of them when eof) and returns where the
   * first unread byte is; the caller passes the rest again with more bytes after it.
   */
  feed(bytes: Uint8Array, start: number, end: number, eof: boolean): number {
    let pos = start;
    if (this.header === null) {
      pos = this.feedHeader(bytes, start, end, eof);
      if (this.header === null) return start;
    }
    const { width, slot, crlf, source } = this;
    let nextQuote = bytes.indexOf(QUOTE, pos);
    if (nextQuote >= end) nextQuote = -1;
    while (pos < end) {
      let lineEnd = bytes.indexOf(LF, pos);
      if (lineEnd === -1 || lineEnd >= end) {
        if (!eof) break;
        lineEnd = end;
      }
      if (nextQuote !== -1 && nextQuote < pos) {
        nextQuote = bytes.indexOf(QUOTE, pos);
        if (nextQuote >= end) nextQuote = -1;
      }
      if (nextQuote !== -1 && nextQuote < lineEnd) {
        const read = this.record(bytes, pos, end, eof);
        if (read === null) break;
        if (read.crlf !== null && read.crlf !== crlf)
          throw mixedLineEnds(source, read.line - 1, crlf);
        if (read.fields.length !== width)
          throw fieldCountProblem(source, this.line, read.fields.length, width);
        for (let i = 0; i < width; i++) {
          const sink = slot[i];
          if (sink !== undefined) this.pushField(sink, bytes, read.fields[i]);
        }
        pos = read.next;
        this.line = read.line;
        this.rowCount++;
        continue;
      }
      let lineStop = lineEnd;
      if (lineStop > pos && bytes[lineStop - 1] === CR) lineStop--;
      if (lineEnd < end && lineStop < lineEnd !== crlf)
        throw mixedLineEnds(source, this.line, crlf);
      if (lineStop === pos) {
        pos = lineEnd + 1;
        this.line++;
        continue;
      }
      let from = pos;
      let field = 0;
      for (let i = pos; ; i++) {
        if (i === lineStop || bytes[i] === COMMA) {
          const sink = slot[field];
          if (sink !== undefined) sink.push(bytes, from, i);
          field++;
          if (i === lineStop) break;
          from = i + 1;
        }
      }
      if (field !== width) throw fieldCountProblem(source, this.line, field, width);
      pos = lineEnd + 1;
      this.line++;
      this.rowCount++;
    }
    return Math.min(pos, end);
  }

  /** Reads the header row only; returns where the first data record starts. */
  feedHeader(bytes: Uint8Array, start: number, end: number, eof: boolean): number {
    let pos = start;
    if (pos === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) pos = 3;
    else if (pos === 0 && end < 3 && !eof) return start;
    const first = this.record(bytes, pos, end, eof);
    if (first === null) return start;
    this.startColumns(
      first.fields.map((f) => this.text(bytes, f).trim()),
      first.crlf === true,
    );
    this.line = first.line;
    return first.next;
  }

  /** The header's cells; a file of nothing is a header of one empty cell. */
  finish(): { header: string[]; columns: Map<string, Sink>; rowCount: number } {
    if (this.header === null) this.startColumns([''], false);
    return { header: this.header!, columns: this.columns, rowCount: this.rowCount };
  }

  private startColumns(header: string[], crlf: boolean) {
    this.header = header;
    this.width = header.length;
    this.crlf = crlf;
    const wanted = this.choose(header);
    header.forEach((name, index) => {
      if (!wanted.includes(name) || this.columns.has(name)) {
        this.slot[index] = undefined;
        return;
      }
      const sink = this.makeSink();
      this.columns.set(name, sink);
      this.slot[index] = sink;
    });
  }

  private text(bytes: Uint8Array, field: Field): string {
    const [b, s, e] = this.unescaped(bytes, field);
    return decodeUtf8(b, s, e);
  }

  private pushField(sink: Sink, bytes: Uint8Array, field: Field) {
    const [b, s, e] = this.unescaped(bytes, field);
    sink.push(b, s, e);
  }

  /** A field's bytes, with each `""` of a quoted field made one `"`. */
  private unescaped(bytes: Uint8Array, field: Field): [Uint8Array, number, number] {
    if (!field.escaped) return [bytes, field.start, field.end];
    if (this.scratch.length < field.end - field.start)
      this.scratch = new Uint8Array(2 * (field.end - field.start));
    let n = 0;
    for (let i = field.start; i < field.end; i++) {
      this.scratch[n++] = bytes[i];
      if (bytes[i] === QUOTE) i++;
    }
    return [this.scratch, 0, n];
  }

  /**
   * One record starting at pos, on this.line: its fields, where the next record starts and the
   * line it starts on; null when the chunk ends inside it.
   */
  private record(
    bytes: Uint8Array,
    pos: number,
    end: number,
    eof: boolean,
  ): { fields: Field[]; next: number; line: number; crlf: boolean | null } | null {
    try {
      return this.readRecord(bytes, pos, end, eof);
    } catch (error) {
      if (error === INCOMPLETE) return null;
      throw error;
    }
  }

  private readRecord(bytes: Uint8Array, pos: number, end: number, eof: boolean) {
    const { source } = this;
    let line = this.line;
    const fields: Field[] = [];
    const at = (i: number) => {
      if (i >= end && !eof) throw INCOMPLETE;
      return i < end ? bytes[i] : -1;
    };
    const atLineEnd = (i: number) => {
      const c = at(i);
      return c === -1 || c === LF || (c === CR && at(i + 1) === LF);
    };
    let i = pos;
    for (;;) {
      let j = i;
      while (at(j) === SPACE) j++;
      if (at(j) === QUOTE) {
        const opened = line;
        let from = j + 1;
        let escaped = false;
        for (;;) {
          let close = bytes.indexOf(QUOTE, from);
          if (close >= end) close = -1;
          if (close === -1) {
            if (!eof) throw INCOMPLETE;
            throw unterminated(source, opened);
          }
          for (let n = bytes.indexOf(LF, from); n !== -1 && n < close; n = bytes.indexOf(LF, n + 1))
            line++;
          if (at(close + 1) === QUOTE) {
            escaped = true;
            from = close + 2;
            continue;
          }
          fields.push({ start: j + 1, end: close, escaped });
          i = close + 1;
          break;
        }
        while (at(i) === SPACE) i++;
        if (at(i) !== COMMA && !atLineEnd(i)) throw textAfterQuote(source, line);
      } else {
        let k = i;
        while (at(k) !== -1 && at(k) !== COMMA && !atLineEnd(k)) k++;
        fields.push({ start: i, end: k, escaped: false });
        i = k;
      }
      if (at(i) === COMMA) {
        i++;
        continue;
      }
      if (at(i) === -1) return { fields, next: i, line, crlf: null };
      const crlf = at(i) === CR;
      return { fields, next: i + (crlf ? 2 : 1), line: line + 1, crlf };
    }
  }
}

/** Reads CSV bytes held in memory (see CsvReader). */
export function readCsvBytes<Sink extends CellSink>(
  bytes: Uint8Array,
  source: string,
  choose: (header: string[]) => readonly string[],
  makeSink: () => Sink,
): { header: string[]; columns: Map<string, Sink>; rowCount: number } {
  const reader = new CsvReader(source, choose, makeSink);
  reader.feed(bytes, 0, bytes.length, true);
  return reader.finish();
}

/** CSV text as the bytes the reader reads. */
export function csvBytes(text: string): Uint8Array {
  return encodeUtf8(text);
}

/** A column's cells as strings. */
export class TextColumn implements CellSink {
  readonly cells: string[] = [];
  push(bytes: Uint8Array, start: number, end: number): void {
    this.cells.push(decodeUtf8(bytes, start, end));
  }
}

/** The header row of a CSV text (RFC 4180 quoting; header cells are trimmed). */
export function csvHeader(text: string, source = 'the CSV'): string[] {
  const reader = new CsvReader(
    source,
    () => [],
    () => new TextColumn(),
  );
  // the header is the first record: only as much of the text as holds it is read
  for (let length = 1 << 16; ; length *= 4) {
    const bytes = csvBytes(text.slice(0, length));
    reader.feedHeader(bytes, 0, bytes.length, length >= text.length);
    if (reader.header !== null) return reader.header;
  }
}

/** Reads CSV text by the grammar above (see CsvReader), keeping the wanted columns as text. */
export function readCsvColumns(
  text: string,
  wanted?: readonly string[],
  source = 'the CSV',
): CsvColumns {
  const read = readCsvBytes(
    csvBytes(text),
    source,
    (header) => wanted ?? header,
    () => new TextColumn(),
  );
  return {
    header: read.header,
    columns: new Map([...read.columns].map(([name, column]) => [name, column.cells])),
    rowCount: read.rowCount,
  };
}
