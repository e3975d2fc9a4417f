import { npv, DEFAULT_RULE_OF_THUMB, ruleOfThumbVerdict } from '../src/index';
import { ANNUAL_RATE, NON_NEGATIVE, numberSeries, optionalNumber, requiredNumber } from './coerce';
import { guard } from './guard';

/**
 * Net present value of monthly cash flows at the monthly equivalent (1 + annual_rate)^(1/12) - 1 of an annual rate, each flow at month end.
 * @customfunction NPV
 * @helpurl https://localhost:3000/functions-help.html#npv
 * @param annual_rate Annual discount rate (0.08 = 8%).
 * @param monthly_cashflows Cash flows for months 1, 2, ... (one row or column).
 * @returns {number} The NPV; equals Excel's NPV at the monthly rate.
 */
export function npvFn(annual_rate: unknown, monthly_cashflows: unknown[][]) {
  return guard(() =>
    npv(
      requiredNumber('annual_rate', annual_rate, ANNUAL_RATE),
      numberSeries('monthly_cashflows', monthly_cashflows).values,
    ),
  );
}

/**
 * The field's rule of thumb: "build" when both volume and price per outcome exceed the thresholds, else "buy". A rough guide; CROSSOVER gives the exact volume.
 * @customfunction RULEOFTHUMB
 * @helpurl https://localhost:3000/functions-help.html#ruleofthumb
 * @param outcomes_per_month Vendor-counted outcomes per month.
 * @param price Effective price per outcome.
 * @param [volume_threshold] Outcomes per month above which building is worth a look (default 50,000).
 * @param [price_threshold] Price per outcome above which building is worth a look (default 0.30).
 * @returns {string} "build" or "buy".
 */
export function ruleOfThumb(
  outcomes_per_month: unknown,
  price: unknown,
  volume_threshold?: unknown,
  price_threshold?: unknown,
) {
  return guard(() =>
    ruleOfThumbVerdict(
      requiredNumber('outcomes_per_month', outcomes_per_month, NON_NEGATIVE),
      requiredNumber('price', price, NON_NEGATIVE),
      {
        outcomesPerMonth: optionalNumber(
          'volume_threshold',
          volume_threshold,
          DEFAULT_RULE_OF_THUMB.outcomesPerMonth,
          NON_NEGATIVE,
        ),
        price: optionalNumber(
          'price_threshold',
          price_threshold,
          DEFAULT_RULE_OF_THUMB.price,
          NON_NEGATIVE,
        ),
      },
    ),
  );
}
