import {
  compileDefinition,
  countMatches,
  matchRows,
  DefinitionError,
  readDrift,
  type DriftEstimate,
  type DriftVerdict,
  InputProblem,
  type Reconciliation,
  reconcileTable,
  readReconcileArguments,
  type ReconcileArgument,
  type ValueType,
  type EventTable,
} from '../../src/index';

/** The events the panel works on and where they came from. */
export interface LoadedEvents {
  table: EventTable;
  allColumns: string[];
}

export type DefinitionCheck =
  | { ok: true; matches: number; rows: number }
  | { ok: false; message: string; position: number | null };

export interface ReconcileView {
  definition: DefinitionCheck | null;
  reconciliation: Reconciliation | null;
  drift: DriftEstimate | null;
  /** whether the measured drift may go into a bid, and when not, why (DOMAIN.md's rule) */
  verdict: DriftVerdict | null;
  /** why there is no reconciliation (bad price, missing column), when there is none */
  problem: string | null;
  /** which column the months came from, when the events have no period column named as asked */
  note: string | null;
}

export interface ReconcileInputs {
  definition: string;
  price: string;
  tolerance: string;
  periodColumn: string;
  billedColumn: string;
}

function schema(events: LoadedEvents): Map<string, ValueType> {
  const types = new Map<string, ValueType>(events.allColumns.map((c) => [c, 'unknown']));
  for (const c of events.table.columns) types.set(c.name, c.type);
  return types;
}

/** Each reconcile argument's field label in the panel. */
const FIELD_LABEL: Record<ReconcileArgument, string> = {
  definition: 'Definition',
  price: 'Price per outcome',
  tolerance: 'Tolerance',
  periodColumn: 'Period column',
  billedColumn: 'Billed column',
  vendorDefinition: 'Vendor definition',
};

/** Everything the panel shows, computed from its inputs by the engine; never throws. */
export function reconcileView(events: LoadedEvents | null, inputs: ReconcileInputs): ReconcileView {
  const empty: ReconcileView = {
    definition: null,
    reconciliation: null,
    drift: null,
    verdict: null,
    problem: null,
    note: null,
  };
  if (!events) return empty;
  let definition: DefinitionCheck;
  try {
    const compiled = compileDefinition(inputs.definition, schema(events));
    const matches = countMatches(matchRows(compiled, events.table));
    definition = { ok: true, matches, rows: events.table.rowCount };
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return {
      ...empty,
      definition: { ok: false, message: error.message, position: error.position },
    };
  }
  try {
    const settings = readReconcileArguments(
      {
        definition: inputs.definition,
        price: inputs.price,
        tolerance: inputs.tolerance,
        periodColumn: inputs.periodColumn,
        billedColumn: inputs.billedColumn,
      },
      (argument) => FIELD_LABEL[argument],
    );
    const { reconciliation, counts, periodNote } = reconcileTable(
      events.table,
      settings,
      events.allColumns,
    );
    const { drift, verdict } = readDrift(counts);
    return { definition, reconciliation, drift, verdict, problem: null, note: periodNote };
  } catch (error) {
    if (!(error instanceof InputProblem)) throw error;
    return { ...empty, definition, problem: error.message };
  }
}
