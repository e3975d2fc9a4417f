import type { Tier, TierMode } from '../model';

export type { Tier, TierMode };

/**
 * A tier list read once for pricing in O(log tiers): tier k covers (lower_k, upper_k] (upper
 * Infinity for no limit), and `chargedBelow[k]` is what the tiers before k charge in full, flat
 * fees included, added up in tier order as graduated pricing adds them, so a price read off the
 * table is the one the tiers give, to the bit.
 */
export interface TierTable {
  readonly lowers: readonly number[];
  readonly uppers: readonly number[];
  readonly prices: readonly number[];
  readonly flatFees: readonly number[];
  readonly chargedBelow: readonly number[];
}

/** The tiers as a TierTable (a flat fee of 0 where none is given). */
export function tierTableOf(tiers: readonly Tier[]): TierTable {
  const table = {
    lowers: [] as number[],
    uppers: [] as number[],
    prices: [] as number[],
    flatFees: [] as number[],
    chargedBelow: [] as number[],
  };
  let lower = 0;
  let charged = 0;
  for (let k = 0; k < tiers.length; k++) {
    const tier = tiers[k];
    const upper = tier.upTo ?? Infinity;
    table.lowers.push(lower);
    table.uppers.push(upper);
    table.prices.push(tier.price);
    table.flatFees.push(tier.flatFee ?? 0);
    table.chargedBelow.push(charged);
    charged += chargeInTier(table, k, upper);
    lower = upper;
  }
  return table;
}

/** What tier k charges for the units of Q that fall inside it (Q above its lower bound), fee included. */
function chargeInTier(table: TierTable, k: number, units: number): number {
  return table.prices[k] * (Math.min(units, table.uppers[k]) - table.lowers[k]) + table.flatFees[k];
}

/** How many of the (ascending) values are below `units`: the index of the first one that is not. */
function countBelow(values: readonly number[], units: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < units) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Graduated: each tier prices the units that fall inside it, plus the flat fee of every tier
 * entered (Q above its lower bound).
 */
export function graduatedPriceIn(units: number, table: TierTable): number {
  if (Number.isNaN(units)) return NaN;
  const entered = countBelow(table.lowers, units);
  if (entered === 0) return 0;
  const k = entered - 1;
  return table.chargedBelow[k] + chargeInTier(table, k, units);
}

/** Volume: the one tier that holds the whole quantity prices every unit, plus its flat fee. */
export function volumePriceIn(units: number, table: TierTable): number {
  if (units <= 0) return 0;
  // the first tier whose upper bound holds Q, else the last
  const k = Math.min(countBelow(table.uppers, units), table.prices.length - 1);
  return units * table.prices[k] + table.flatFees[k];
}

/** Graduated pricing of a tier list (tierTableOf, then graduatedPriceIn). */
export function graduatedPrice(units: number, tiers: readonly Tier[]): number {
  return graduatedPriceIn(units, tierTableOf(tiers));
}

/** Volume pricing of a tier list (tierTableOf, then volumePriceIn). */
export function volumePrice(units: number, tiers: readonly Tier[]): number {
  return volumePriceIn(units, tierTableOf(tiers));
}

export function tieredPrice(
  units: number,
  tiers: readonly Tier[],
  mode: TierMode = 'graduated',
): number {
  return mode === 'volume' ? volumePrice(units, tiers) : graduatedPrice(units, tiers);
}
