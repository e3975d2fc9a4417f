import type { PrepaidLines } from '../engine/prepaid';
import type { RowContext, ScheduleColumn } from './schedule-column';

export interface PrepaidColumnsSpec {
  /** Inputs cells: prepaidAmount, rolloverShare. */
  fields: Record<string, string>;
  rolloverShare: number;
  /** The horizon the credit runs over: H for a vendor, S - 1 for a switch's vendor part. */
  horizon: (c: RowContext) => string;
  horizonMonths: number;
  /** The usage charged this month (after the cap). */
  usage: (c: RowContext) => string;
  usageValue: (m: number) => number;
  /** A condition true in the months of the horizon; none when every month is in it. */
  active?: (c: RowContext) => string;
  /** The engine's prepayment, drawn and expired lines (0 beyond the horizon). */
  lines: PrepaidLines;
}

/**
 * Prepaid credit (DOMAIN.md "More vendor terms"): the prepayment in the first month of each
 * contract year (prorated in a final partial year), the balance before drawing, the credit drawn
 * by usage, the balance carried into the next month (a share at a year end, nothing at the
 * horizon), what expires, and the overage beyond the credit.
 */
export function prepaidColumns(spec: PrepaidColumnsSpec): ScheduleColumn[] {
  const { fields, horizon, lines } = spec;
  const within = (formula: (c: RowContext) => string) =>
    spec.active ? (c: RowContext) => `IF(${spec.active!(c)},${formula(c)},0)` : formula;
  const { available, carried } = balances(spec);
  const left = (c: RowContext) => `(${c.at('prepaidAvailable')}-${c.at('prepaidDrawn')})`;
  return [
    {
      key: 'prepayment',
      header: 'Prepayment',
      numFmt: 'money',
      formula: within(
        (c) =>
          `IF(MOD($A${c.row}-1,12)=0,${fields.prepaidAmount}*MIN(12,${horizon(c)}-($B${c.row}-1)*12)/12,0)`,
      ),
      value: (m) => lines.prepayment[m - 1],
    },
    {
      key: 'prepaidAvailable',
      header: 'Prepaid balance before drawing',
      numFmt: 'money',
      formula: within((c) =>
        c.first ? c.at('prepayment') : `${c.above('prepaidCarried')}+${c.at('prepayment')}`,
      ),
      value: (m) => available[m - 1],
    },
    {
      key: 'prepaidDrawn',
      header: 'Prepaid credit drawn',
      numFmt: 'money',
      formula: within((c) => `MIN(${spec.usage(c)},${c.at('prepaidAvailable')})`),
      value: (m) => lines.prepaidDrawn[m - 1],
    },
    {
      key: 'prepaidCarried',
      header: 'Prepaid balance carried on',
      numFmt: 'money',
      formula: within(
        (c) =>
          `IF($A${c.row}=${horizon(c)},0,IF(MOD($A${c.row},12)=0,${fields.rolloverShare}*${left(c)},${left(c)}))`,
      ),
      value: (m) => carried[m - 1],
    },
    {
      key: 'prepaidExpired',
      header: 'Prepaid credit expired',
      numFmt: 'money',
      formula: within((c) => `${left(c)}-${c.at('prepaidCarried')}`),
      value: (m) => lines.prepaidExpired[m - 1],
    },
    {
      key: 'overage',
      header: 'Overage beyond the credit',
      numFmt: 'money',
      formula: within((c) => `${spec.usage(c)}-${c.at('prepaidDrawn')}`),
      value: (m) => (m <= spec.horizonMonths ? spec.usageValue(m) - lines.prepaidDrawn[m - 1] : 0),
    },
  ];
}

/** The balance before drawing and the balance carried on, month by month, as the engine runs it. */
function balances(spec: PrepaidColumnsSpec): { available: Float64Array; carried: Float64Array } {
  const months = spec.lines.prepayment.length;
  const available = new Float64Array(months);
  const carried = new Float64Array(months);
  let balance = 0;
  for (let m = 1; m <= Math.min(months, spec.horizonMonths); m++) {
    const i = m - 1;
    balance += spec.lines.prepayment[i];
    available[i] = balance;
    balance -= spec.lines.prepaidDrawn[i];
    if (m === spec.horizonMonths) balance = 0;
    else if (m % 12 === 0) balance = spec.rolloverShare * balance;
    carried[i] = balance;
  }
  return { available, carried };
}
