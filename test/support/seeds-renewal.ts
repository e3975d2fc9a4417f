// The seeds' renewal: 41,000 outcomes billed against 27,000 by the buyer's definition (k0 =
// 41/27) at $0.99, 45,000 contacts a month (r = 0.6), renewed over 24 months (18% drift in the
// seeds). A plain scenario document, for the engine's tests and the CLI's alike.
export function renewalDocument(
  overcount: Record<string, number>,
  charges: Record<string, unknown> = {},
  vendorName = 'Renewal',
) {
  return {
    version: 1,
    name: 'Renewal',
    currency: 'USD',
    horizonMonths: 24,
    discountRateAnnual: 0,
    demand: { contactsPerMonth: 45000 },
    humanCostPerContact: 4,
    options: [
      { kind: 'status-quo', name: 'Status quo' },
      {
        kind: 'vendor',
        name: vendorName,
        resolutionRate: 0.6,
        overcount,
        charges: { unit: 'outcome', price: 0.99, ...charges },
      },
    ],
  };
}
