import {
  compileDefinition,
  countMatches,
  matchRows,
  DefinitionError,
  InputProblem,
  CLAUSE_TABLE_HEADER,
  clauseRows,
  reconcileTable,
  monthColumns,
  type ReconcileSettings,
  readDefinitionArgument,
  readReconcileArguments,
  type ReconcileArgument,
  schemaOf,
  tableFromGrid,
} from '../src/index';
import { invalidValue } from './errors';
import { guard } from './guard';

// Thin adapters: Excel passes a range as a 2-D array with its header row; the reconciliation
// engine does the rest. Errors become #VALUE! with the argument's name in the message.

/** The argument a problem is about: the definition, a named column, or else the table. */
function argumentOf(error: unknown): string {
  if (error instanceof DefinitionError) return 'definition';
  if (error instanceof InputProblem && error.column === 'period') return 'period_column';
  if (error instanceof InputProblem && error.column === 'billed') return 'billed_column';
  return 'table';
}

/** Each reconcile argument's name in the functions. */
const FUNCTION_ARGUMENT: Record<ReconcileArgument, string> = {
  definition: 'definition',
  price: 'price',
  tolerance: 'tolerance',
  periodColumn: 'period_column',
  billedColumn: 'billed_column',
  vendorDefinition: 'vendor_definition',
};

/** Reads arguments by the shared rules; a problem is #VALUE! with its message. */
function readArguments<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputProblem) throw invalidValue(error.message);
    throw error;
  }
}

function argumentError(error: unknown): never {
  if (error instanceof DefinitionError || error instanceof InputProblem)
    throw invalidValue(`${argumentOf(error)}: ${error.message}`);
  throw error;
}

/**
 * How many rows of an event table meet the buyer's definition of an outcome.
 * @customfunction BUYERCOUNT
 * @helpurl https://localhost:3000/functions-help.html#buyercount
 * @param {any[][]} table The event export, with a header row naming the columns.
 * @param {string} definition The outcome definition, e.g. status == "closed" and csat >= 4.
 * @returns {number} The number of rows for which the definition is true.
 */
export function buyerCount(table: unknown[][], definition: string) {
  return guard(() => {
    const text = readArguments(() => readDefinitionArgument(definition, 'definition'));
    try {
      const events = tableFromGrid(table, 'table');
      const compiled = compileDefinition(text, schemaOf(events));
      return countMatches(matchRows(compiled, events));
    } catch (error) {
      return argumentError(error);
    }
  });
}

/** The RECONCILE table's monthly columns: the workbook's, without the ratio. */
export const RECONCILE_HEADER = monthColumns(['ratio']);

/**
 * The vendor's billed count against the buyer's definition, month by month and in total: spills
 * one row per month under a header and a total row (the drift alarm last: yes, no, or empty); under them, after an empty row, the billed
 * events that are not outcomes by the clause of the definition they fail first, priced.
 * @customfunction RECONCILE
 * @helpurl https://localhost:3000/functions-help.html#reconcile
 * @param {any[][]} table The event export with a header row; needs a period column (date or YYYY-MM) and the vendor's billed flag.
 * @param {string} definition The outcome definition, e.g. status == "closed" and csat >= 4.
 * @param {number} price The price per outcome the vendor bills.
 * @param {number} [tolerance] The tolerance clause: above this relative difference the buyer's count is billed (default 0.05).
 * @param {string} [period_column] Name of the period column (default period; without one, the table's only column of dates or months, named in the header).
 * @param {string} [billed_column] Name of the vendor's billed flag column (default vendor_billed).
 * @returns {any[][]} Header, one row per month (the last column the drift alarm), a total row, then the gap clause by clause.
 */
export function reconcile(
  table: unknown[][],
  definition: string,
  price: number,
  tolerance?: number,
  period_column?: string,
  billed_column?: string,
  // custom-functions-metadata maps only any[][] (not a union) to a spilled matrix result
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): any[][] {
  return guard(() =>
    reconcileRows(
      table,
      readArguments(() =>
        readReconcileArguments(
          {
            definition,
            price,
            tolerance,
            periodColumn: period_column,
            billedColumn: billed_column,
          },
          (argument) => FUNCTION_ARGUMENT[argument],
        ),
      ),
    ),
  ) as any[][]; // eslint-disable-line @typescript-eslint/no-explicit-any
}

function reconcileRows(table: unknown[][], settings: ReconcileSettings): (string | number)[][] {
  let result;
  try {
    result = reconcileTable(tableFromGrid(table, 'table', settings.periodColumn), settings);
  } catch (error) {
    argumentError(error);
  }
  const { months, total } = result.reconciliation;
  // with no period column named as asked, the header says which column the months came from
  const header: string[] = [...RECONCILE_HEADER];
  if (result.periodNote) header[0] = `month (from ${result.periodColumn})`;
  const pad = (cells: (string | number)[]) => [
    ...cells,
    ...Array<string>(RECONCILE_HEADER.length - cells.length).fill(''),
  ];
  return [
    header,
    ...[...months, total].map((p) => [
      p.month,
      p.contacts,
      p.vendorCount,
      p.buyerCount,
      p.both,
      p.billedNotOutcome,
      p.outcomeNotBilled,
      p.effectivePrice ?? '',
      p.overcharge,
      p.toleranceExceeded ? 'yes' : 'no',
      p.billableCount,
      p.correctedInvoice,
      p.driftAlarm === null ? '' : p.driftAlarm ? 'yes' : 'no',
    ]),
    // then the gap in total, clause by clause (the same table as the CLI's)
    pad([]),
    pad([...CLAUSE_TABLE_HEADER]),
    ...clauseRows(total, settings.price).map((r) =>
      pad([r.label, r.firstFailing, r.failing ?? '', r.overcharge]),
    ),
  ];
}
