import { existsSync, statSync } from 'node:fs';
import type { MonthlyCounts } from '../reconcile/monthly-counts';
import { reconcileCsvFile } from '../reconcile/reconcile-file';
import type { ReconcileSettings } from '../reconcile/settings';
import { InputError } from './errors';

export const ENGINES = ['js', 'duckdb', 'postgres'] as const;

/** Where the events are: a file, or a table on a live PostgreSQL. */
export interface EventSource {
  engine: string;
  file?: string;
  url?: string;
  table?: string;
}

/** The monthly counts and the clauses they were counted by, from whichever engine. */
export interface EngineResult {
  counts: MonthlyCounts[];
  clauses: string[];
  ruleBesideBilled: boolean;
  /** the column the months came from, when the engine chose it */
  periodColumn?: string;
  /** says which column was used when the export has none named as asked */
  periodNote?: string | null;
}

/**
 * Exports above this size are refused in process: the file is streamed, but each row keeps a
 * code per loaded column and a truth per clause in memory; DuckDB spills to disk instead.
 */
const IN_PROCESS_LIMIT_BYTES = 400 * 2 ** 20;

/** The events file named, checked to be a file that exists, whichever engine reads it. */
function requireFile(source: EventSource): string {
  const file = source.file;
  if (!file)
    throw new InputError(
      `reconcile needs an EVENTS file (CSV, or Parquet with --engine duckdb), or --engine postgres --url URL --table NAME`,
    );
  if (!existsSync(file)) throw new InputError(`cannot read events file ${file}: no such file`);
  if (statSync(file).isDirectory())
    throw new InputError(`cannot read events file ${file}: it is a directory, not a file`);
  return file;
}

/** Counts the events with the chosen engine; heavy drivers load only when used. */
export async function countEvents(
  source: EventSource,
  settings: ReconcileSettings,
): Promise<EngineResult> {
  if (source.engine === 'postgres') {
    if (source.file !== undefined)
      throw new InputError(
        `--engine postgres reads --table on the server, not a file (got ${source.file})`,
      );
    if (!source.url) throw new InputError('--engine postgres needs --url postgres://...');
    if (!source.table) throw new InputError('--engine postgres needs --table NAME');
    const { countWithPostgres } = await import('../reconcile/postgres/count-with-postgres');
    return countWithPostgres({ ...settings, url: source.url, table: source.table });
  }
  if (source.url !== undefined || source.table !== undefined)
    throw new InputError('--url and --table go with --engine postgres');
  const file = requireFile(source);
  if (source.engine === 'duckdb') {
    const { countWithDuckdb } = await import('../reconcile/duckdb/count-with-duckdb');
    return countWithDuckdb(file, settings);
  }
  if (source.engine !== 'js')
    throw new InputError(`--engine must be one of ${ENGINES.join(', ')}, got "${source.engine}"`);
  if (/\.parquet$/i.test(file))
    throw new InputError(`${file} is Parquet: read it with --engine duckdb`);
  if (statSync(file).size > IN_PROCESS_LIMIT_BYTES)
    throw new InputError(
      `${file} is larger than ${IN_PROCESS_LIMIT_BYTES / 2 ** 20} MB: count it with --engine duckdb, which streams the file`,
    );
  try {
    return reconcileCsvFile(file, settings);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) throw error;
    throw new InputError(
      `cannot read events file ${file}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}
