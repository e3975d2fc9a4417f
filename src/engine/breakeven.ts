/**
 * First month (1-based) at which cumulative build cost <= cumulative vendor cost; null when it
 * never happens within the series.
 */
export function breakevenMonth(
  buildMonthly: ArrayLike<number>,
  vendorMonthly: ArrayLike<number>,
): number | null {
  const months = Math.min(buildMonthly.length, vendorMonthly.length);
  let build = 0;
  let vendor = 0;
  for (let m = 0; m < months; m++) {
    build += buildMonthly[m];
    vendor += vendorMonthly[m];
    if (build <= vendor) return m + 1;
  }
  return null;
}
