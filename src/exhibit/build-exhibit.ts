import { checkDefinition, type CheckedDefinition } from '../reconcile/definition/check';
import { definitionClauses } from '../reconcile/definition/clauses';
import { compileDefinition } from '../reconcile/definition/compile';
import { asVendorRule } from '../reconcile/definition/errors';
import { truthPerRow, columnCells } from '../reconcile/definition/row-function';
import { reconcileTable, type ReconcileOutcome } from '../reconcile/reconcile-table';
import type { ReconcileSettings } from '../reconcile/settings';
import { countsQuery } from '../reconcile/sql/counts-query';
import { DIALECTS, type DialectName } from '../reconcile/sql/dialects';
import { billedFlags } from '../reconcile/table/billed';
import { findColumn, schemaOf, type EventTable } from '../reconcile/table/event-table';
import { namesIn } from '../reconcile/table/from-csv';
import { formatMoney, formatPercent } from '../text/format';
import { bidSection, type ExhibitBid } from './bid-section';
import type { ExhibitModel } from './exhibit-model';
import { pilotFigures, reclassificationPilot } from './pilot-sections';
import { plainReading } from './plain-reading';
import { testVectors } from './test-vectors';

const DIALECT_LABEL: Record<DialectName, string> = {
  duckdb: 'DuckDB',
  postgres: 'PostgreSQL',
  bigquery: 'BigQuery',
  snowflake: 'Snowflake',
};

/** The pilot export, loaded with the columns the exhibit reads (see exhibitColumns). */
export interface ExhibitPilot {
  table: EventTable;
  allColumns: readonly string[];
  /** the contact id column, shown beside each test vector; null when the export has none */
  idColumn: string | null;
}

export interface ExhibitInput {
  settings: ReconcileSettings;
  /** the dialects to print the query in; all four when left out */
  dialects?: readonly DialectName[];
  /** the table the queries read */
  tableName: string;
  currency: string;
  pilot?: ExhibitPilot;
  bid?: ExhibitBid;
}

/** The vendor's count per row: its stated rule when that is the vendor count, else the flag. */
function billedPerRow(table: EventTable, settings: ReconcileSettings, outcome: ReconcileOutcome) {
  const rule = settings.vendorDefinition;
  if (rule === undefined || outcome.ruleBesideBilled) {
    const column = findColumn(table, settings.billedColumn)!;
    return billedFlags(column);
  }
  const checked = asVendorRule(() => compileDefinition(rule, schemaOf(table)));
  return truthPerRow(checked.expr, columnCells(table.columns, checked.columns), table.rowCount);
}

/** A definition checked with every name in it taken for a column of unknown type. */
function checkOpen(definition: string): CheckedDefinition {
  return checkDefinition(
    definition,
    new Map(namesIn(definition).map((n) => [n, 'unknown' as const])),
  );
}

/** The columns a definition may read, as they appear in it, in order, once each. */
function definitionColumns(d: CheckedDefinition): string[] {
  return [...new Set(d.columns)];
}

function outcomeWords(settings: ReconcileSettings, currency: string, clauseCount: number) {
  return (
    `A billable outcome is one contact (one row of the raw-event export) that meets ` +
    `${clauseCount === 1 ? 'the clause' : `all ${clauseCount} clauses`} below, counted per calendar month of ` +
    `the \`${settings.periodColumn}\` column and billed at ${formatMoney(settings.price, currency, 4)} each. ` +
    `A blank cell makes a comparison unknown, and a clause that is unknown is not met.`
  );
}

function reclassificationText(tolerance: number, billedColumn: string): string {
  return (
    `The buyer may re-classify any period's count by this definition. When the vendor's count ` +
    `differs from the buyer's by more than ${formatPercent(tolerance)} of the buyer's count ` +
    `(|vendor − buyer| / buyer > ${tolerance}), the buyer's count is the billing source for that ` +
    `period. The vendor's count is the rows it flags in \`${billedColumn}\` (or counts by its stated rule).`
  );
}

/**
 * The contract exhibit's seven sections from the definitions, the prices and, when given, the
 * pilot export (test vectors, re-classification in the pilot's months, its figures) and the bid
 * (the asks priced on NPV). Every figure is reconcile's or the engine's, never recomputed here.
 */
export function buildExhibit(input: ExhibitInput): ExhibitModel {
  const { settings, currency, pilot } = input;
  const outcome = pilot && reconcileTable(pilot.table, settings, pilot.allColumns);
  const checked = outcome?.definition ?? checkOpen(settings.definition);
  const vendorRule = settings.vendorDefinition;
  const clauses = definitionClauses(checked).map((c, i) => ({
    number: i + 1,
    expression: c.text,
    reading: plainReading(c.expr),
  }));
  const periodColumn = outcome?.periodColumn ?? settings.periodColumn;
  const read = [
    ...definitionColumns(checked),
    ...(vendorRule === undefined ? [] : asVendorRule(() => checkOpen(vendorRule)).columns),
  ].filter((n) => !pilot || pilot.allColumns.includes(n));
  const billedShown =
    !pilot || pilot.allColumns.includes(settings.billedColumn) ? [settings.billedColumn] : [];
  const idColumn = pilot ? pilot.idColumn : null;
  const shown = [
    ...new Set([...(idColumn ? [idColumn] : []), periodColumn, ...read, ...billedShown]),
  ];
  const queries = (input.dialects ?? DIALECTS).map((dialect) => ({
    dialect,
    label: DIALECT_LABEL[dialect],
    sql: `${countsQuery({
      dialect,
      definition: settings.definition,
      from: input.tableName,
      periodColumn,
      billedColumn: settings.billedColumn,
      vendorDefinition: settings.vendorDefinition,
      besideBilled: settings.billedColumnGiven === true,
    })};`,
  }));
  const vectors =
    pilot && outcome
      ? {
          source: pilot.table.source,
          columns: shown,
          ...testVectors(
            pilot.table,
            outcome.definition,
            billedPerRow(pilot.table, settings, outcome),
            shown,
          ),
        }
      : null;
  return {
    title: 'Exhibit: definition of the billable outcome',
    notes: outcome?.periodNote ? [outcome.periodNote] : [],
    warnings: (vectors?.missing ?? []).map((n) =>
      n > clauses.length
        ? `no row of ${vectors!.source} meets every clause: the exhibit has no test vector of an outcome`
        : `no row of ${vectors!.source} fails clause ${n} (${clauses[n - 1].expression}) first: the exhibit has no test vector for it`,
    ),
    currency,
    outcome: {
      words: outcomeWords({ ...settings, periodColumn }, currency, clauses.length),
      definition: settings.definition,
      clauses,
      vendorDefinition: settings.vendorDefinition ?? null,
    },
    queryTable: input.tableName,
    queries,
    vectors,
    // the billed flag is owed even where the pilot's export lacked it (the vendor's rule stood in)
    rawExport: {
      columns: [...new Set([...shown, settings.billedColumn])],
      periodColumn,
      idColumn,
      billedColumn: settings.billedColumn,
    },
    reclassification: {
      tolerance: settings.tolerance,
      text: reclassificationText(settings.tolerance, settings.billedColumn),
      pilot: outcome ? reclassificationPilot(outcome.reconciliation, currency) : null,
    },
    bid: input.bid ? bidSection(input.bid, currency) : null,
    pilot: outcome
      ? { lines: pilotFigures(outcome.reconciliation, outcome.counts, currency) }
      : null,
  };
}
