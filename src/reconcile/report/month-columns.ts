// The columns of the monthly reconciliation table, in order, as the workbook heads them. Each
// face (the workbook, the CLI's text table, the RECONCILE function) shows them, or a subset.

export const MONTH_COLUMNS = [
  'month',
  'contacts',
  'vendor count',
  'buyer count',
  'both',
  'billed, not outcome',
  'outcome, not billed',
  'ratio',
  'effective price',
  'overcharge',
  'over tolerance',
  'billable count',
  'corrected invoice',
  'drift alarm',
] as const;

export type MonthColumn = (typeof MONTH_COLUMNS)[number];

/** The monthly columns without those a face leaves out. */
export function monthColumns(without: readonly MonthColumn[] = []): MonthColumn[] {
  return MONTH_COLUMNS.filter((c) => !without.includes(c));
}
