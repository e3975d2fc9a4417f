import type { Charges } from '../scenario/schema';
import { packagePrice } from './package';
import { tieredPrice } from './tiers';

/** P(Q): the price of Q chargeable units, from tiers, else a package, else a unit price. */
export function priceOfUnits(units: number, charges: Charges): number {
  if (charges.tiers) return tieredPrice(units, charges.tiers, charges.tierMode);
  if (charges.package) return packagePrice(units, charges.package.size, charges.package.price);
  return units * (charges.price ?? 0);
}
