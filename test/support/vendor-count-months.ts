/**
 * Month counts from the vendor's counts alone: month i is `${year}-0${i + 1}`, with `contacts`
 * contacts and the buyer finding 100 (all of them counted by both) every month.
 */
export function vendorCountMonths(year: number, contacts: number, vendorCounts: number[]) {
  return vendorCounts.map((vendorCount, i) => ({
    month: `${year}-0${i + 1}`,
    contacts,
    vendorCount,
    buyerCount: 100,
    both: 100,
  }));
}
