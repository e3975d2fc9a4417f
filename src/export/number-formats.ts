const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** Money in the scenario's currency, e.g. "$"#,##0.00, or #,##0.00 "CHF" without a symbol. */
export function moneyFormat(currency: string, decimals = 2): string {
  const digits = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const symbol = SYMBOLS[currency];
  return symbol ? `"${symbol}"${digits}` : `${digits} "${currency}"`;
}

/** Unit prices keep up to four decimals ($0.0125 per action). */
export function unitPriceFormat(currency: string): string {
  return `${moneyFormat(currency)}##`;
}

export const PERCENT = '0.00%';
export const COUNT = '#,##0.00';
export const WHOLE = '#,##0';
export const RATIO = '0.0000';
export const MONTH = '0';
