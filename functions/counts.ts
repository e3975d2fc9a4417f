import { effectivePrice, overcharge, driftDiscount, overcountRatio } from '../src/index';
import { ANNUAL_RATE, NON_NEGATIVE, optionalNumber, requiredNumber } from './coerce';
import { divisionByZero } from './errors';
import { guard } from './guard';

/** Longest term the drift functions accept: the 240-month horizon limit, five times over. */
const MAX_MONTHS = 1200;

/**
 * The flat price discount that cancels the vendor's counting drift over a term: 1 - sum f_G / sum f_G x f_D over months 1..term_months. It sees no contacts, so it cannot see the count reach them (from then drift adds nothing and the fair discount is smaller), nor onboarding months: OUTCOME.RESULT(scenario, vendor, "driftDiscount") gives the discount on the count the engine bills.
 * @customfunction DRIFTDISCOUNT
 * @helpurl https://localhost:3000/functions-help.html#driftdiscount
 * @param drift_annual Annual drift of the vendor's overcount ratio (0.18 = 18% a year).
 * @param term_months Contract term in months.
 * @param [growth_annual] Annual growth of volume (default 0).
 * @returns {number} The discount as a fraction (0.1 = 10%).
 */
export function driftDiscountFn(
  drift_annual: unknown,
  term_months: unknown,
  growth_annual?: unknown,
) {
  return guard(() =>
    driftDiscount(
      requiredNumber('drift_annual', drift_annual, ANNUAL_RATE),
      requiredNumber('term_months', term_months, { min: 1, max: MAX_MONTHS, integer: true }),
      optionalNumber('growth_annual', growth_annual, 0, ANNUAL_RATE),
    ),
  );
}

/**
 * The vendor's overcount ratio in a month: initial_ratio x (1 + drift_annual)^((month - 1) / 12).
 * @customfunction DRIFTRATIO
 * @helpurl https://localhost:3000/functions-help.html#driftratio
 * @param initial_ratio Vendor-counted over true outcomes in month 1 (1.15 = 15% overcount).
 * @param drift_annual Annual drift of the ratio.
 * @param month The month (1 = the first).
 * @returns {number} The overcount ratio k(month).
 */
export function driftRatio(initial_ratio: unknown, drift_annual: unknown, month: unknown) {
  return guard(() =>
    overcountRatio(
      requiredNumber('initial_ratio', initial_ratio, NON_NEGATIVE),
      requiredNumber('drift_annual', drift_annual, ANNUAL_RATE),
      requiredNumber('month', month, { min: 1, max: MAX_MONTHS, integer: true }),
    ),
  );
}

function counts(price: unknown, vendor_count: unknown, buyer_count: unknown) {
  return {
    p: requiredNumber('price', price, NON_NEGATIVE),
    vendor: requiredNumber('vendor_count', vendor_count, NON_NEGATIVE),
    buyer: requiredNumber('buyer_count', buyer_count, NON_NEGATIVE),
  };
}

/**
 * The price per outcome as the buyer counts them when the vendor bills its own count: price x vendor_count / buyer_count.
 * @customfunction EFFECTIVEPRICE
 * @helpurl https://localhost:3000/functions-help.html#effectiveprice
 * @param price Contract price per vendor-counted outcome.
 * @param vendor_count Outcomes the vendor counted (and billed).
 * @param buyer_count Outcomes by the buyer's own definition.
 * @returns {number} Price per buyer-defined outcome; #DIV/0! when buyer_count is 0.
 */
export function effectivePriceFn(price: unknown, vendor_count: unknown, buyer_count: unknown) {
  return guard(() => {
    const { p, vendor, buyer } = counts(price, vendor_count, buyer_count);
    if (buyer === 0)
      throw divisionByZero('buyer_count is 0: there is no buyer-defined outcome to price');
    return effectivePrice(p, vendor, buyer);
  });
}

/**
 * What the buyer pays for outcomes it does not recognise: price x (vendor_count - buyer_count).
 * @customfunction OVERCHARGE
 * @helpurl https://localhost:3000/functions-help.html#overcharge
 * @param price Contract price per vendor-counted outcome.
 * @param vendor_count Outcomes the vendor counted (and billed).
 * @param buyer_count Outcomes by the buyer's own definition.
 * @returns {number} The overcharge (negative when the vendor undercounts).
 */
export function overchargeFn(price: unknown, vendor_count: unknown, buyer_count: unknown) {
  return guard(() => {
    const { p, vendor, buyer } = counts(price, vendor_count, buyer_count);
    return overcharge(p, vendor, buyer);
  });
}
