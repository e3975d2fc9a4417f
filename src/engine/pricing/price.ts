import type { Charges } from '../model';
import { packagePrice } from './package';
import { tieredPrice, type Tier, type TierMode } from './tiers';

/** The parts of a bid's charges that price chargeable units. */
export interface UnitPricingFields {
  tiers?: readonly Tier[];
  tierMode?: TierMode;
  package?: Charges['package'];
  price?: number;
}

/** P(Q): the price of Q chargeable units, from tiers, else a package, else a unit price. */
export function priceOfUnits(units: number, charges: UnitPricingFields): number {
  if (charges.tiers) return tieredPrice(units, charges.tiers, charges.tierMode);
  if (charges.package) return packagePrice(units, charges.package.size, charges.package.price);
  return units * (charges.price ?? 0);
}
