// Building an Intl.NumberFormat costs far more than formatting with one (tables format hundreds
// of figures per render), so each format is built once and kept.
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(currency: string | null, fractionDigits: number): Intl.NumberFormat {
  const key = `${currency ?? ''}|${fractionDigits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      ...(currency === null ? {} : { style: 'currency', currency }),
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats.set(key, format);
  }
  return format;
}

/** Money in the scenario's currency, thousands separated, to the cent. */
export function formatMoney(amount: number, currency: string, fractionDigits = 2): string {
  return numberFormat(currency, fractionDigits).format(amount);
}

export function formatNumber(value: number, fractionDigits = 0): string {
  return numberFormat(null, fractionDigits).format(value);
}

export function formatPercent(share: number, fractionDigits = 1): string {
  return `${(share * 100).toFixed(fractionDigits)}%`;
}
