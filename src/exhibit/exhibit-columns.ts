import { InputProblem } from '../reconcile/input-problem';
import { wantedColumns, type ColumnsToRead } from '../reconcile/wanted-columns';

/** A contact id column as exports name it: `id`, `contact_id`, `ticket_id`. */
const ID_NAME = /(^|_)id$/i;

/** The id column: the one named, else the first whose name reads as an id; null when none. */
export function idColumnOf(names: readonly string[], given?: string): string | null {
  if (given === undefined) return names.find((n) => ID_NAME.test(n)) ?? null;
  if (!names.includes(given))
    throw new InputProblem(
      `id column "${given}" is not in the export; available columns: ${names.join(', ')}`,
    );
  return given;
}

/** The columns the exhibit reads: reconcile's, and the id column shown beside each test vector. */
export function exhibitColumns(
  settings: ColumnsToRead,
  idColumn?: string,
): (names: readonly string[]) => string[] {
  const base = wantedColumns(settings);
  return (names) => {
    const id = idColumnOf(names, idColumn);
    return id === null ? base(names) : [...new Set([...base(names), id])];
  };
}
