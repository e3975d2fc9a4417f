// Numbers as a board reads them (en-US: thousands separated). Building an Intl.NumberFormat costs
// over a hundred times what formatting with one does, so a table takes one money format for all
// its cells (moneyFormat), and plain numbers use the few formats built once here.

/** Plain-number formats by fraction digits, built once and never changed. */
const NUMBER_FORMATS: readonly Intl.NumberFormat[] = Object.freeze(
  [0, 1, 2, 3, 4].map((digits) => numberFormat(null, digits)),
);

function numberFormat(currency: string | null, fractionDigits: number): Intl.NumberFormat {
  return new Intl.NumberFormat('en-US', {
    ...(currency === null ? {} : { style: 'currency', currency }),
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

/** One money format of the scenario's currency, for every amount of a table or a text. */
export function moneyFormat(currency: string, fractionDigits = 2): (amount: number) => string {
  const format = numberFormat(currency, fractionDigits);
  return (amount) => format.format(amount);
}

/** Money in the scenario's currency, thousands separated, to the cent (one amount: a table takes moneyFormat). */
export function formatMoney(amount: number, currency: string, fractionDigits = 2): string {
  return numberFormat(currency, fractionDigits).format(amount);
}

export function formatNumber(value: number, fractionDigits = 0): string {
  return (NUMBER_FORMATS[fractionDigits] ?? numberFormat(null, fractionDigits)).format(value);
}

export function formatPercent(share: number, fractionDigits = 1): string {
  return `${(share * 100).toFixed(fractionDigits)}%`;
}
