import { trueUps, gainShareFee, hybridCharges, vendorMonthCharge, tieredPrice } from '../src/index';
import { NON_NEGATIVE, numberSeries, optionalNumber, requiredNumber, SHARE, spill } from './coerce';
import { priceOrTiers, tierMode, tierTable } from './coerce-tiers';
import { guard } from './guard';

/**
 * One month's vendor charge: the units above the included allowance priced at a unit price or by a tier table, plus the platform fee.
 * @customfunction BUYCOST
 * @helpurl https://localhost:3000/functions-help.html#buycost
 * @param units Units billed in the month (outcomes, conversations, actions...).
 * @param price_or_tiers A price per unit, or a tier range of 2-3 columns: up_to, price, [flat_fee]; a blank up_to means no limit.
 * @param [platform_fee] Monthly platform fee (default 0).
 * @param [included] Units included in the platform fee each month (default 0).
 * @param [tier_mode] "graduated" (default) or "volume".
 * @returns {number} The month's vendor charge.
 */
export function buyCost(
  units: unknown,
  price_or_tiers: unknown[][],
  platform_fee?: unknown,
  included?: unknown,
  tier_mode?: unknown,
) {
  return guard(() =>
    vendorMonthCharge(
      requiredNumber('units', units, NON_NEGATIVE),
      priceOrTiers('price_or_tiers', price_or_tiers, tierMode('tier_mode', tier_mode)),
      optionalNumber('platform_fee', platform_fee, 0, NON_NEGATIVE),
      optionalNumber('included', included, 0, NON_NEGATIVE),
    ),
  );
}

/**
 * The charge for a number of units from a tier table.
 * @customfunction TIERED
 * @helpurl https://localhost:3000/functions-help.html#tiered
 * @param units Units to price.
 * @param tiers Tier range of 2-3 columns: up_to, price, [flat_fee]; a blank up_to means no limit.
 * @param [mode] "graduated" (default: each tier prices its own units) or "volume" (the tier reached prices every unit).
 * @returns {number} The charge.
 */
export function tiered(units: unknown, tiers: unknown[][], mode?: unknown) {
  return guard(() =>
    tieredPrice(
      requiredNumber('units', units, NON_NEGATIVE),
      tierTable('tiers', tiers),
      tierMode('mode', mode),
    ),
  );
}

/**
 * Platform fee plus usage above an allowance, month by month, with the usage capped per 12-month contract year.
 * @customfunction HYBRID
 * @helpurl https://localhost:3000/functions-help.html#hybrid
 * @param monthly_units Units billed each month (one row or column; month 1 first).
 * @param price A price per unit, or a tier range (up_to, price, [flat_fee]).
 * @param [platform_fee] Monthly platform fee, never capped (default 0).
 * @param [annual_cap] Most usage charged in one contract year (default: no cap).
 * @param [included] Units included each month (default 0).
 * @returns {number[][]} One charge per month, spilled in the shape of monthly_units.
 */
export function hybrid(
  monthly_units: unknown[][],
  price: unknown[][],
  platform_fee?: unknown,
  annual_cap?: unknown,
  included?: unknown,
) {
  return guard(() => {
    const units = numberSeries('monthly_units', monthly_units, NON_NEGATIVE);
    const charges = hybridCharges(
      units.values,
      priceOrTiers('price', price, 'graduated'),
      optionalNumber('platform_fee', platform_fee, 0, NON_NEGATIVE),
      optionalNumber('annual_cap', annual_cap, null, NON_NEGATIVE),
      optionalNumber('included', included, 0, NON_NEGATIVE),
    );
    return spill(charges, units.isRow);
  });
}

/**
 * The true-up owed under an annual commitment, month by month: at each contract year end the shortfall of the year's charges against the commitment (a final partial year is prorated).
 * @customfunction TRUEUP
 * @helpurl https://localhost:3000/functions-help.html#trueup
 * @param monthly_charges Charges counted toward the commitment each month (usage + platform).
 * @param annual_commit The minimum spend per contract year.
 * @returns {number[][]} One true-up per month (0 except at year ends), spilled in the shape of monthly_charges.
 */
export function trueUp(monthly_charges: unknown[][], annual_commit: unknown) {
  return guard(() => {
    const charges = numberSeries('monthly_charges', monthly_charges, NON_NEGATIVE);
    const commit = requiredNumber('annual_commit', annual_commit, NON_NEGATIVE);
    return spill(trueUps(charges.values, commit), charges.isRow);
  });
}

/**
 * The gain-share fee paid to the vendor: share x max(0, baseline_cost - cost_with_vendor).
 * @customfunction GAINSHARE
 * @helpurl https://localhost:3000/functions-help.html#gainshare
 * @param baseline_cost What the period would cost with people only (the status quo).
 * @param cost_with_vendor What it costs with the vendor (usage + platform + residual people).
 * @param share The vendor's share of the savings, between 0 and 1.
 * @returns {number} The fee.
 */
export function gainShare(baseline_cost: unknown, cost_with_vendor: unknown, share: unknown) {
  return guard(() =>
    gainShareFee(
      requiredNumber('baseline_cost', baseline_cost, NON_NEGATIVE),
      requiredNumber('cost_with_vendor', cost_with_vendor, NON_NEGATIVE),
      requiredNumber('share', share, SHARE),
    ),
  );
}
