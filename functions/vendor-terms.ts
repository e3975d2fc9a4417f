import { blendedClassPrice, type OutcomeClass, prepaidDrawdown } from '../src/index';
import {
  ANNUAL_RATE,
  isBlank,
  NON_NEGATIVE,
  numberSeries,
  optionalNumber,
  requiredNumber,
  SHARE,
  choice,
} from './coerce';
import { invalidValue } from './errors';
import { switchOptionOf } from './scenario';
import { guard } from './guard';

const SHARE_SUM_TOLERANCE = 1e-9;

/** Class shares, prices and optional drifts: series of the same length, shares summing to 1. */
function classTable(shares: unknown, prices: unknown, drifts: unknown): OutcomeClass[] {
  const s = numberSeries('shares', shares, SHARE).values;
  const p = numberSeries('prices', prices, NON_NEGATIVE).values;
  if (p.length !== s.length)
    throw invalidValue(
      `prices must have one entry per share: ${s.length} shares, ${p.length} prices`,
    );
  const cells: unknown[] = Array.isArray(drifts) ? drifts.flat() : [drifts];
  const d =
    cells.length === 1 && isBlank(cells[0])
      ? s.map(() => 0)
      : numberSeries('drifts', drifts, ANNUAL_RATE).values;
  if (d.length !== s.length)
    throw invalidValue(
      `drifts must have one entry per share: ${s.length} shares, ${d.length} drifts`,
    );
  const total = s.reduce((a, v) => a + v, 0);
  if (Math.abs(total - 1) > SHARE_SUM_TOLERANCE)
    throw invalidValue(`shares must sum to 1, got ${total}`);
  return s.map((share, i) => ({ name: String(i + 1), share, price: p[i], driftAnnual: d[i] }));
}

/**
 * The blended price per outcome of outcome classes in a month: each class weight drifts at its own annual rate (tier creep) and the mix is renormalised.
 * @customfunction CLASSPRICE
 * @helpurl https://localhost:3000/functions-help.html#classprice
 * @param shares The month-1 share of each class (one row or column, summing to 1).
 * @param prices The price per outcome of each class, in the same order.
 * @param [drifts] The annual drift of each class weight (default 0 for every class).
 * @param month The month (1 = the first month, whose mix is the shares).
 * @returns {number} The blended price per outcome.
 */
export function classPrice(
  shares: unknown[][],
  prices: unknown[][],
  drifts: unknown[][] | undefined,
  month: unknown,
) {
  return guard(() => {
    const classes = classTable(shares, prices, drifts);
    const m = requiredNumber('month', month, { min: 1 });
    if (!Number.isInteger(m)) throw invalidValue(`month must be a whole month, got ${m}`);
    return blendedClassPrice(classes, m);
  });
}

/**
 * Prepaid credit month by month: the annual amount paid at each contract anniversary (prorated for a final partial year), usage drawn from the balance, the excess billed as overage, a share of an unused balance rolled over and the rest expiring. Spills two columns: cash paid (prepayment + overage) and overage.
 * @customfunction PREPAID
 * @helpurl https://localhost:3000/functions-help.html#prepaid
 * @param monthly_usage Usage charged each month (one row or column; month 1 first).
 * @param annual_amount The credit prepaid per contract year.
 * @param [rollover_share] Share of the balance left at a year end carried into the next (default 0).
 * @returns {number[][]} Per month: cash paid and overage (two columns; two rows for a row of usage).
 */
export function prepaid(
  monthly_usage: unknown[][],
  annual_amount: unknown,
  rollover_share?: unknown,
) {
  return guard(() => {
    const usage = numberSeries('monthly_usage', monthly_usage, NON_NEGATIVE);
    const lines = prepaidDrawdown(usage.values, {
      annualAmount: requiredNumber('annual_amount', annual_amount, NON_NEGATIVE),
      rolloverShare: optionalNumber('rollover_share', rollover_share, 0, SHARE),
    });
    const overage = usage.values.map((u, i) => u - lines.prepaidDrawn[i]);
    const paid = overage.map((o, i) => lines.prepayment[i] + o);
    return usage.isRow ? [paid, overage] : paid.map((p, i) => [p, overage[i]]);
  });
}

/**
 * The best switch month of a switch option (buy now, build later): the month in 1..H+1 with the lowest NPV, the earliest on ties (H+1 means never switching), or that NPV.
 * @customfunction BESTSWITCH
 * @helpurl https://localhost:3000/functions-help.html#bestswitch
 * @param scenario The scenario as JSON text.
 * @param switch_option The switch option's name.
 * @param [metric] "month" (default) or "npv".
 * @returns {number} The best switch month, or its NPV.
 */
export function bestSwitch(scenario: unknown, switch_option: unknown, metric?: unknown) {
  return guard(() => {
    const option = switchOptionOf(scenario, switch_option);
    const which = choice('metric', metric, ['month', 'npv'] as const, 'month');
    return which === 'month' ? option.bestSwitchMonth! : option.bestSwitchNpv!;
  });
}
