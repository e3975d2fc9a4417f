import type { ValueType } from './definition/value-types';
import type { MonthlyCounts } from './monthly-counts';

/** What a SQL engine (DuckDB, PostgreSQL) is asked to count. */
export interface EngineCountSettings {
  definition: string;
  periodColumn: string;
  billedColumn: string;
  timeLimitMs?: number;
  /** false: the four plain counts only (the benchmark's reference) */
  clauses?: boolean;
  /** the vendor's stated rule; tested beside the billed column when the source has one */
  vendorDefinition?: string;
  /** the billed column was named by the user: it must exist even beside a vendor rule */
  billedColumnGiven?: boolean;
}

/** Monthly counts from a SQL engine, with the query that produced them. */
export interface EngineCounts {
  counts: MonthlyCounts[];
  sql: string;
  schema: Map<string, ValueType>;
  /** the definition's clauses as written */
  clauses: string[];
  /** whether the vendor's rule was tested beside a billed column (else it is the vendor count) */
  ruleBesideBilled: boolean;
  /** the column the months came from, when the engine may choose it */
  periodColumn?: string;
  /** says which column was used when the export has none named as asked */
  periodNote?: string | null;
}
