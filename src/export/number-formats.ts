// The workbook's number formats, by meaning. Formats only change what a cell shows: every value
// and formula keeps full precision. Positive numbers end in a blank the width of ')' (`_)`),
// so a right-aligned figure never touches the text of the cell beside it.

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const PAD = '_)';

/** Money in the scenario's currency, e.g. "$"#,##0.00_), or #,##0.00 "CHF"_) without a symbol. */
export function moneyFormat(currency: string, decimals: number): string {
  const digits = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  const symbol = SYMBOLS[currency];
  return symbol ? `"${symbol}"${digits}${PAD}` : `${digits} "${currency}"${PAD}`;
}

/** Totals, NPVs, savings, monthly amounts, crossover years: whole currency units. */
export const wholeMoney = (currency: string): string => moneyFormat(currency, 0);

/** Contacts, outcomes, units, packages: whole numbers. */
export const COUNT = `#,##0${PAD}`;
/** Month numbers, contract years, ranks. */
export const MONTH = `0${PAD}`;
/** Computed shares and probabilities. */
export const PERCENT = `0.0%${PAD}`;
/** A chart's axis of shares: whole percents. */
export const PERCENT_AXIS = '0%';
/** Computed ratios (overcount k, a phase's price factor in a month). */
export const RATIO = `0.000${PAD}`;

const MIN_MONEY_DECIMALS = 2;
const MAX_DECIMALS = 4;

function exactDecimals(value: number, min: number, max: number): number {
  let d = min;
  while (d < max && Math.abs(Number(value.toFixed(d)) - value) > 1e-9 * Math.abs(value)) d++;
  return d;
}

/**
 * Decimals that show every stated value exactly (an input price of $0.0125 needs 4, $0.99 needs
 * 2), between `min` and 4; one count for a whole column.
 */
export function inputDecimals(values: Iterable<number>, min = MIN_MONEY_DECIMALS): number {
  let d = min;
  for (const v of values)
    if (Number.isFinite(v) && v !== 0) d = Math.max(d, exactDecimals(v, min, MAX_DECIMALS));
  return d;
}

/**
 * Decimals that matter for a computed per-unit figure: three significant digits of the smallest
 * (a cost per contact of $3.12 takes 2, an effective price of $0.873 takes 3), between 2 and 4;
 * one count for a whole column.
 */
export function figureDecimals(values: Iterable<number>): number {
  let d = MIN_MONEY_DECIMALS;
  for (const v of values) {
    if (!Number.isFinite(v) || v === 0) continue;
    const significant = 2 - Math.floor(Math.log10(Math.abs(v)));
    d = Math.max(d, Math.min(MAX_DECIMALS, significant));
  }
  return d;
}

/** A unit price or per-contact figure with `decimals` places (from inputDecimals or figureDecimals). */
export const unitMoney = (currency: string, decimals: number): string =>
  moneyFormat(currency, decimals);

/** A stated rate as a percentage with the decimals it needs (8% -> 8.0%, 1.25% -> 1.25%). */
export function inputPercent(values: Iterable<number>): string {
  const d = inputDecimals(
    [...values].map((v) => v * 100),
    1,
  );
  return `0.${'0'.repeat(d)}%${PAD}`;
}

/** What a quantity is, for the formats below (the uncertainty catalogue's displays). */
export type Display = 'money' | 'percent' | 'months' | 'number';

/**
 * Money as stated: whole units for amounts ($3,000), and at least two decimals for anything with
 * cents or below 100, which reads as a price ($0.0125, $4.50, $2.00).
 */
function statedMoney(currency: string, values: readonly number[]): string {
  const d = inputDecimals(values, 0);
  const price = d > 0 || (values.some((v) => v !== 0) && values.every((v) => Math.abs(v) < 100));
  return moneyFormat(currency, price ? Math.max(d, MIN_MONEY_DECIMALS) : 0);
}

/** A stated input of this kind, every value shown exactly (one format for all of `values`). */
export function inputFormat(display: Display, values: readonly number[], currency: string): string {
  switch (display) {
    case 'money':
      return statedMoney(currency, values);
    case 'percent':
      return inputPercent(values);
    case 'months':
      return MONTH;
    case 'number': {
      const d = inputDecimals(values, 0);
      return d === 0 ? COUNT : `#,##0.${'0'.repeat(d)}${PAD}`;
    }
  }
}

/**
 * A computed value of this kind (a percentile, a mean): money whole from 1,000 up and otherwise
 * with the decimals that matter, rates to a tenth of a percent, months to a tenth, numbers whole
 * from 100 up and otherwise to three decimals (an overcount ratio).
 */
export function figureFormat(
  display: Display,
  values: readonly number[],
  currency: string,
): string {
  switch (display) {
    case 'money':
      return values.every((v) => Math.abs(v) >= 1000)
        ? wholeMoney(currency)
        : moneyFormat(currency, figureDecimals(values));
    case 'percent':
      return PERCENT;
    case 'months':
      return `#,##0.0${PAD}`;
    case 'number':
      return values.every((v) => Math.abs(v) >= 100) ? COUNT : `#,##0.000${PAD}`;
  }
}
