/** Money in the scenario's currency, thousands separated, to the cent. */
export function formatMoney(amount: number, currency: string, fractionDigits = 2): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(amount);
}

export function formatNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatPercent(share: number, fractionDigits = 1): string {
  return `${(share * 100).toFixed(fractionDigits)}%`;
}
