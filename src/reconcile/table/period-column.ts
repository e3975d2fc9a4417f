import { InputProblem } from '../input-problem';
import { DEFAULT_PERIOD_COLUMN } from '../settings';
import type { Column } from './event-table';
import { monthOfText } from './period';

export interface PeriodChoice {
  /** the column the months come from */
  column: string;
  /** says so when it is not the one asked for */
  note: string | null;
}

/** Every non-empty cell is a date or a month, and one cell at least is not empty. */
export function isPeriodLike(column: Column): boolean {
  if (column.type === 'date' || column.type === 'timestamp') return true;
  if (column.type !== 'string') return false;
  return column.distinct.every(
    (v) => v === null || (typeof v === 'string' && monthOfText(v) !== null),
  );
}

/**
 * The period column: the one asked for when the export has it; when the export has no column
 * named `period` (the default) but exactly one column of dates or months, that one, with a note.
 */
export function choosePeriodColumn(
  requested: string,
  available: readonly string[],
  periodLike: readonly string[],
  source: string,
  billedColumn: string,
): PeriodChoice {
  if (available.includes(requested)) return { column: requested, note: null };
  const missing = `period column "${requested}" is not in ${source}`;
  const listed = `available columns: ${available.join(', ')}`;
  if (requested !== DEFAULT_PERIOD_COLUMN)
    throw new InputProblem(`${missing}; ${listed}`, 'period');
  const candidates = periodLike.filter((name) => name !== billedColumn);
  if (candidates.length === 1)
    return {
      column: candidates[0],
      note: `${source} has no column named "${requested}"; using "${candidates[0]}", its only column of dates or months`,
    };
  if (candidates.length === 0)
    throw new InputProblem(
      `${missing}, and no column of it holds dates or months; ${listed}`,
      'period',
    );
  throw new InputProblem(
    `${missing}, and several of its columns hold dates or months (${candidates.join(', ')}): name the period column`,
    'period',
  );
}
