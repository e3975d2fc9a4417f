interface Counts {
  contacts: number;
  vendorCount: number;
  buyerCount: number;
  both: number;
}

/** A month's expected counts, then each clause's billed contacts failing it first and at all. */
export function monthCounts(month: string, counts: Counts, clauses: [number, number][]) {
  return {
    month,
    ...counts,
    clauses: clauses.map(([firstFailing, failing]) => ({ firstFailing, failing })),
  };
}
