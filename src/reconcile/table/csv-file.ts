import { closeSync, openSync, readSync } from 'node:fs';
import { CsvReader, type CellSink } from './csv';
import { DictionaryColumn } from './dictionary-column';
import type { EventTable } from './event-table';
import { csvEventTable, headerCellsFor, type WantedColumns } from './from-csv';

const CHUNK_BYTES = 1 << 22;

/**
 * Streams a CSV file through a CsvReader in chunks: the file is never held whole, as bytes or
 * as text; a record cut off at a chunk's end is carried into the next (the buffer grows when
 * one record is longer than it). headerOnly stops after the header row.
 */
export function readCsvFile<Sink extends CellSink>(
  path: string,
  reader: CsvReader<Sink>,
  options: { headerOnly?: boolean; chunkBytes?: number } = {},
): void {
  const fd = openSync(path, 'r');
  try {
    let buffer = new Uint8Array(options.chunkBytes ?? CHUNK_BYTES);
    let held = 0;
    for (;;) {
      if (held === buffer.length) {
        const grown = new Uint8Array(buffer.length * 2);
        grown.set(buffer);
        buffer = grown;
      }
      const read = readSync(fd, buffer, held, buffer.length - held, null);
      const end = held + read;
      const eof = read === 0;
      const next = options.headerOnly
        ? reader.feedHeader(buffer, 0, end, eof)
        : reader.feed(buffer, 0, end, eof);
      if (eof || (options.headerOnly && reader.header !== null)) return;
      buffer.copyWithin(0, next, end);
      held = end - next;
    }
  } finally {
    closeSync(fd);
  }
}

/** The header row of a CSV file (see csvHeader), reading no further than it. */
export function csvFileHeader(path: string): string[] {
  const reader = new CsvReader(
    path,
    () => [],
    () => new DictionaryColumn(),
  );
  readCsvFile(path, reader, { headerOnly: true });
  return reader.finish().header;
}

/** An event table from a CSV file, streamed (see tableFromCsvBytes). */
export function tableFromCsvFile(
  path: string,
  source: string,
  wanted: WantedColumns,
): { table: EventTable; allColumns: string[] } {
  const reader = new CsvReader(
    source,
    headerCellsFor(wanted, source),
    () => new DictionaryColumn(),
  );
  readCsvFile(path, reader);
  return csvEventTable(reader.finish(), source);
}

/** Reads a whole CSV file by the grammar, keeping no cells: throws its first malformation. */
export function checkCsvFile(path: string, source = path): void {
  readCsvFile(
    path,
    new CsvReader(
      source,
      () => [],
      () => new DictionaryColumn(),
    ),
  );
}
