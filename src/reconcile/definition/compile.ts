import type { EventTable } from '../table/event-table';
import { schemaOf } from '../table/event-table';
import { checkDefinition, type CheckedDefinition } from './check';
import { DefinitionError } from './errors';
import { DEFAULT_EVALUATION_TIME_LIMIT_MS, ROWS_PER_TIME_CHECK } from './limits';
import { columnCells, truthPerRow } from './row-function';
import type { Schema } from './value-types';

/** A definition checked against an export's columns, ready to evaluate over them. */
export type CompiledDefinition = CheckedDefinition;

/** Checks a definition once; truthPerRow evaluates it over a table's columns. */
export function compileDefinition(source: string, schema: Schema): CompiledDefinition {
  return checkDefinition(source, schema);
}

export interface EvaluationOptions {
  timeLimitMs?: number;
}

/**
 * A check to call after every row: throws a time-limit error once the wall-clock budget is
 * spent (looked at every few thousand rows).
 */
export function timeGuard(
  rowCount: number,
  options: EvaluationOptions = {},
): (row: number) => void {
  const limit = options.timeLimitMs ?? DEFAULT_EVALUATION_TIME_LIMIT_MS;
  const started = performance.now();
  return (row) => {
    if (row % ROWS_PER_TIME_CHECK !== ROWS_PER_TIME_CHECK - 1) return;
    if (performance.now() - started > limit)
      throw new DefinitionError(
        'time-limit',
        `evaluating the definition took longer than ${limit} ms (stopped after ${row + 1} of ${rowCount} rows)`,
      );
  };
}

/** 1 where the definition is true for the row, else 0 (unknown is not counted). */
export function matchRows(
  definition: CompiledDefinition,
  table: EventTable,
  options: EvaluationOptions = {},
): Uint8Array {
  return truthPerRow(
    definition.expr,
    columnCells(table.columns, definition.columns),
    table.rowCount,
    timeGuard(table.rowCount, options),
  );
}

/** How many rows satisfy the definition. */
export function countMatches(matches: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < matches.length; i++) count += matches[i];
  return count;
}

export { schemaOf };
