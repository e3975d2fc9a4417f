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
