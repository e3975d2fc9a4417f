/**
 * The contract's baseline cost of a contact in a month (DOMAIN.md b[m]): baselinePerContact grown
 * with wages, f_W(m), or by default the buyer's own human cost that month. The steady-state year
 * reads it at month 1 (a wage factor of 1).
 */
export function baselinePerContactAt(
  baselinePerContact: number | null,
  humanCost: number,
  wageFactor: number,
): number {
  return baselinePerContact === null ? humanCost : baselinePerContact * wageFactor;
}

/** The vendor's share of what the buyer saved against the status quo; never negative. */
export function gainShareFee(baselineCost: number, costWithVendor: number, share: number): number {
  return gainShareOnSavings(gainShareSavings(baselineCost, costWithVendor), share);
}

/** What the buyer saved against the status quo (negative when the vendor path costs more). */
export function gainShareSavings(baselineCost: number, costWithVendor: number): number {
  return baselineCost - costWithVendor;
}

/** The fee on savings already worked out: the share of them, nothing when there are none. */
export function gainShareOnSavings(savings: number, share: number): number {
  return share * Math.max(0, savings);
}
