import type { DialectName } from '../reconcile/sql/dialects';

/** A table as the exhibit prints it: every cell already text. */
export interface ExhibitTable {
  header: string[];
  rows: string[][];
}

/** One clause of the outcome definition, numbered from 1 in written order. */
export interface ExhibitClause {
  number: number;
  /** the clause as written in the definition */
  expression: string;
  /** the clause in words */
  reading: string;
}

/** One row of the pilot export on which both parties' implementations must agree. */
export interface TestVector {
  /** the clause this row fails first (1-based); null: the row passes every clause */
  failsClause: number | null;
  /** data row in file order, 1 = the first row under the header */
  dataRow: number;
  /** the columns the exhibit names, as the export holds them */
  cells: Record<string, string>;
  outcome: boolean;
  billed: boolean;
  /** the decision in words */
  decision: string;
}

/** The contract exhibit's content, pure data: the writers only lay it out. */
export interface ExhibitModel {
  title: string;
  currency: string;
  /** what the reader of the command is told beside the document (the period column chosen) */
  notes: string[];
  /** valid, but probably not meant: a clause no pilot row tests */
  warnings: string[];
  /** 1. the outcome unit */
  outcome: {
    words: string;
    definition: string;
    clauses: ExhibitClause[];
    vendorDefinition: string | null;
  };
  /** the table the queries read */
  queryTable: string;
  /** 2. the counting query per dialect */
  queries: { dialect: DialectName; label: string; sql: string }[];
  /** 3. the test vectors; null without a pilot export */
  vectors: { source: string; columns: string[]; rows: TestVector[]; missing: number[] } | null;
  /** 4. the raw-event export owed */
  rawExport: {
    columns: string[];
    periodColumn: string;
    idColumn: string | null;
    billedColumn: string;
  };
  /** 5. the re-classification clause */
  reclassification: {
    tolerance: number;
    text: string;
    /** from the pilot: null without one */
    pilot: {
      monthsApplied: number;
      months: number;
      vendorInvoice: number;
      correctedInvoice: number;
      table: ExhibitTable;
    } | null;
  };
  /** 6. from the bid; null without one */
  bid: {
    option: string;
    scenario: string;
    driftDiscount: number | null;
    priceToAsk: number | null;
    price: number | null;
    asks: { item: string; worthNpv: number }[];
    lines: string[];
  } | null;
  /** 7. the pilot's figures; null without a pilot export */
  pilot: { lines: string[] } | null;
}
