import type { CheckedDefinition } from '../reconcile/definition/check';
import { definitionClauses } from '../reconcile/definition/clauses';
import { columnCells, truthPerRow } from '../reconcile/definition/row-function';
import { dayToIso, microsToIso } from '../reconcile/table/dates';
import { cellAt, findColumn, type EventTable } from '../reconcile/table/event-table';
import type { TestVector } from './exhibit-model';

/** A cell as the export wrote it (near enough to type it in): dates ISO, blanks empty. */
function cellText(table: EventTable, name: string, row: number): string {
  const column = findColumn(table, name);
  if (!column) return '';
  const value = cellAt(column, row);
  if (value === null) return '';
  if (column.type === 'date' && typeof value === 'number') return dayToIso(value);
  if (column.type === 'timestamp' && typeof value === 'number') return microsToIso(value);
  return String(value);
}

function decisionWords(failsClause: number | null, billed: boolean): string {
  const outcome =
    failsClause === null
      ? 'an outcome: meets every clause'
      : `not an outcome: fails clause ${failsClause} first`;
  return `${outcome}; ${billed ? 'billed by the vendor' : 'not billed by the vendor'}`;
}

/**
 * The replay rows: for each clause the first row in file order whose first clause not true is
 * that one, then the first row that meets every clause, with the decision reconcile makes on
 * it. `billed` is 1 where the vendor counts the row. `missing` lists the clauses no row fails
 * first (and k + 1 when no row is an outcome).
 */
export function testVectors(
  table: EventTable,
  definition: CheckedDefinition,
  billed: Uint8Array,
  shown: readonly string[],
): { rows: TestVector[]; missing: number[] } {
  const columns = columnCells(table.columns, definition.columns);
  const parts = definitionClauses(definition).map((c) =>
    truthPerRow(c.expr, columns, table.rowCount),
  );
  const k = parts.length;
  const firstRow = new Array<number>(k + 1).fill(-1);
  let found = 0;
  for (let row = 0; row < table.rowCount && found <= k; row++) {
    let first = 0;
    while (first < k && parts[first][row] === 1) first++;
    if (firstRow[first] === -1) {
      firstRow[first] = row;
      found++;
    }
  }
  const rows = firstRow.flatMap((row, index) => {
    if (row === -1) return [];
    const failsClause = index === k ? null : index + 1;
    const isBilled = billed[row] === 1;
    return [
      {
        failsClause,
        dataRow: row + 1,
        cells: Object.fromEntries(shown.map((name) => [name, cellText(table, name, row)])),
        outcome: failsClause === null,
        billed: isBilled,
        decision: decisionWords(failsClause, isBilled),
      },
    ];
  });
  const missing = firstRow.flatMap((row, index) => (row === -1 ? [index + 1] : []));
  return { rows, missing };
}
