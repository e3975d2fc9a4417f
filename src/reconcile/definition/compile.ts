import type { EventTable } from '../table/event-table';
import { schemaOf } from '../table/event-table';
import { checkDefinition, type CheckedDefinition } from './check';
import { DefinitionError } from './errors';
import { DEFAULT_EVALUATION_TIME_LIMIT_MS, ROWS_PER_TIME_CHECK } from './limits';
import type { Cell, Schema } from './value-types';

export interface CompiledDefinition extends CheckedDefinition {
  /** The definition's value for one row: true, false or null (unknown, not counted). */
  evaluate: (row: RowScope) => unknown;
}

/** The mathjs scope of one row: read-only, and only the columns the definition reads. */
export interface RowScope {
  has: (name: string) => boolean;
  get: (name: string) => Cell;
  set: (name: string, value: unknown) => void;
  keys: () => IterableIterator<string>;
}

/** Checks a definition and compiles it once; evaluate it per row. */
export function compileDefinition(source: string, schema: Schema): CompiledDefinition {
  const checked = checkDefinition(source, schema);
  const code = checked.node.compile();
  return { ...checked, evaluate: (row) => code.evaluate(row) };
}

export interface EvaluationOptions {
  timeLimitMs?: number;
}

/**
 * 1 where the definition is true for the row, else 0. Stops with a time-limit error once the
 * wall-clock budget is spent (checked every few thousand rows).
 */
export function matchRows(
  definition: CompiledDefinition,
  table: EventTable,
  options: EvaluationOptions = {},
): Uint8Array {
  const limit = options.timeLimitMs ?? DEFAULT_EVALUATION_TIME_LIMIT_MS;
  const started = performance.now();
  const values = new Map(
    table.columns.filter((c) => definition.columns.includes(c.name)).map((c) => [c.name, c.values]),
  );
  let row = 0;
  const scope: RowScope = {
    has: (name) => values.has(name),
    get: (name) => values.get(name)![row],
    set: (name) => {
      throw new DefinitionError('not-allowed', `a definition cannot assign ${name}`);
    },
    keys: () => values.keys(),
  };
  const matches = new Uint8Array(table.rowCount);
  for (row = 0; row < table.rowCount; row++) {
    if (definition.evaluate(scope) === true) matches[row] = 1;
    if (row % ROWS_PER_TIME_CHECK === ROWS_PER_TIME_CHECK - 1) {
      const elapsed = performance.now() - started;
      if (elapsed > limit)
        throw new DefinitionError(
          'time-limit',
          `evaluating the definition took longer than ${limit} ms (stopped after ${row + 1} of ${table.rowCount} rows)`,
        );
    }
  }
  return matches;
}

/** How many rows satisfy the definition. */
export function countMatches(matches: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < matches.length; i++) count += matches[i];
  return count;
}

export { schemaOf };
