import type { Tier, TierMode } from '../model';

export type { Tier, TierMode };

/** Graduated: each tier prices the units that fall inside it, plus the flat fee of every tier entered. */
export function graduatedPrice(units: number, tiers: readonly Tier[]): number {
  let total = 0;
  let lower = 0;
  for (let k = 0; k < tiers.length; k++) {
    if (units <= lower) break;
    const tier = tiers[k];
    const upper = tier.upTo ?? Infinity;
    total += tier.price * (Math.min(units, upper) - lower) + (tier.flatFee ?? 0);
    lower = upper;
  }
  return total;
}

/** Volume: the one tier that holds the whole quantity prices every unit, plus its flat fee. */
export function volumePrice(units: number, tiers: readonly Tier[]): number {
  if (units <= 0) return 0;
  for (const tier of tiers) {
    if (tier.upTo === null || units <= tier.upTo) return units * tier.price + (tier.flatFee ?? 0);
  }
  const last = tiers[tiers.length - 1];
  return units * last.price + (last.flatFee ?? 0);
}

export function tieredPrice(
  units: number,
  tiers: readonly Tier[],
  mode: TierMode = 'graduated',
): number {
  return mode === 'volume' ? volumePrice(units, tiers) : graduatedPrice(units, tiers);
}

/**
 * The tiers as objects of one shape, every field present (a flat fee of 0 where none is given), so
 * the month loops read them through one shape however the file wrote them.
 */
export function uniformTiers(tiers: readonly Tier[]): Tier[] {
  return tiers.map((tier) => ({ upTo: tier.upTo, price: tier.price, flatFee: tier.flatFee ?? 0 }));
}
