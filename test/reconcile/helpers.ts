import { expect } from 'vitest';
import { compileDefinition, countMatches, matchRows } from '../../src/reconcile/definition/compile';
import { DefinitionError } from '../../src/reconcile/definition/errors';
import type { EventTable } from '../../src/reconcile/table/event-table';
import { schemaOf } from '../../src/reconcile/table/event-table';
import { tableFromCsv } from '../../src/reconcile/table/from-csv';

/** An event table from CSV lines, every column loaded. */
export function csvTable(text: string): EventTable {
  const header = text.split('\n')[0].split(',');
  return tableFromCsv(text, 'test.csv', header).table;
}

/** How many rows of the table satisfy the definition. */
export function count(table: EventTable, definition: string): number {
  return countMatches(matchRows(compileDefinition(definition, schemaOf(table)), table));
}

/** Which rows (1-based) satisfy the definition. */
export function rowsMatching(table: EventTable, definition: string): number[] {
  const matches = matchRows(compileDefinition(definition, schemaOf(table)), table);
  return [...matches].flatMap((m, i) => (m ? [i + 1] : []));
}

/** The error a definition is refused with, checked against the table's columns. */
export function refusal(table: EventTable, definition: string): DefinitionError {
  try {
    compileDefinition(definition, schemaOf(table));
  } catch (error) {
    expect(error).toBeInstanceOf(DefinitionError);
    return error as DefinitionError;
  }
  throw new Error(`expected "${definition}" to be refused`);
}
