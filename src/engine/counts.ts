/** Price per buyer-defined outcome when the vendor bills its own count: price * vendor / buyer. */
export function effectivePrice(price: number, vendorCount: number, buyerCount: number): number {
  return (price * vendorCount) / buyerCount;
}

/** What the buyer pays for outcomes it does not recognise: price * (vendor - buyer). */
export function overcharge(price: number, vendorCount: number, buyerCount: number): number {
  return price * (vendorCount - buyerCount);
}

/** True when the counts differ by more than the tolerance, making the buyer's count the billing source. */
export function toleranceExceeded(
  vendorCount: number,
  buyerCount: number,
  tolerance: number,
): boolean {
  return Math.abs(vendorCount - buyerCount) / buyerCount > tolerance;
}

/** The count billed under a tolerance clause. */
export function billableCount(vendorCount: number, buyerCount: number, tolerance: number): number {
  return toleranceExceeded(vendorCount, buyerCount, tolerance) ? buyerCount : vendorCount;
}
