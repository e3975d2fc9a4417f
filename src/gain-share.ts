/** The vendor's share of what the buyer saved against the status quo; never negative. */
export function gainShareFee(baselineCost: number, costWithVendor: number, share: number): number {
  return share * Math.max(0, baselineCost - costWithVendor);
}
