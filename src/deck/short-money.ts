/**
 * Money as a headline says it: "$4.2M", "$612K", "$950" (one decimal of the thousands or
 * millions at most); the figures under the headline give the amounts to the unit.
 */
export function shortMoney(currency: string): (amount: number) => string {
  const format = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  return (amount) => format.format(amount);
}
