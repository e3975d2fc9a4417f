/** Running totals of a monthly series: element m is the sum of months 1..m+1. */
export function runningTotals(monthly: ArrayLike<number>): number[] {
  const totals = new Array<number>(monthly.length);
  let running = 0;
  for (let m = 0; m < monthly.length; m++) totals[m] = running += monthly[m];
  return totals;
}
