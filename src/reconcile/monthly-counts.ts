/** Billed events that are not outcomes, as one clause of the definition sees them. */
export interface ClauseCounts {
  /** billed non-outcomes whose first clause (in written order) that is not true is this one */
  firstFailing: number;
  /** billed non-outcomes for which this clause is false or unknown */
  failing: number;
}

/** What one month of the export holds, however it was counted (in process or in SQL). */
export interface MonthlyCounts {
  /** `YYYY-MM` */
  month: string;
  contacts: number;
  /** rows the vendor billed (or, without a billed flag, rows the vendor's rule counts) */
  vendorCount: number;
  /** rows meeting the buyer's definition */
  buyerCount: number;
  /** rows billed and meeting the definition */
  both: number;
  /** one entry per clause of the definition, in written order */
  clauses?: ClauseCounts[];
  /** rows the vendor's stated rule counts, when it is tested beside a billed flag */
  ruleCount?: number;
  /** rows both billed and counted by the vendor's rule */
  ruleAndBilled?: number;
}
