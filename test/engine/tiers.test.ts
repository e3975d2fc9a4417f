import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graduatedPrice, tieredPrice, volumePrice } from '../../src/engine/pricing/tiers';
import type { Tier } from '../../src/engine/model';
import { tiersArb } from '../support/arbitraries';
import { column, evaluateOne, vendor } from '../support/scenarios';

const tiers: Tier[] = [
  { upTo: 100, price: 1 },
  { upTo: 500, price: 0.5, flatFee: 10 },
  { upTo: null, price: 0.2, flatFee: 20 },
];

describe('graduated tiers', () => {
  it('prices each tier slice and adds the flat fee of every tier entered', () => {
    expect(graduatedPrice(0, tiers)).toBe(0);
    expect(graduatedPrice(100, tiers)).toBe(100); // tier 2 not entered: Q is not > 100
    expect(graduatedPrice(101, tiers)).toBeCloseTo(100 + 0.5 + 10, 12);
    expect(graduatedPrice(600, tiers)).toBeCloseTo(100 + 400 * 0.5 + 10 + 100 * 0.2 + 20, 12);
  });
});

describe('volume tiers', () => {
  it('prices every unit at the one tier that holds the quantity', () => {
    expect(volumePrice(0, tiers)).toBe(0);
    expect(volumePrice(100, tiers)).toBe(100);
    expect(volumePrice(500, tiers)).toBeCloseTo(500 * 0.5 + 10, 12);
    expect(volumePrice(600, tiers)).toBeCloseTo(600 * 0.2 + 20, 12);
    expect(tieredPrice(600, tiers, 'volume')).toBe(volumePrice(600, tiers));
    expect(tieredPrice(600, tiers)).toBe(graduatedPrice(600, tiers));
  });
});

describe('tiers in a vendor bid (3 months, 1,000 contacts, r = 0.5, k0 = 1.2)', () => {
  it('graduated: 600 counted outcomes cost 350 a month', () => {
    const r = evaluateOne(vendor({ unit: 'outcome', tiers }, { overcount: { initialRatio: 1.2 } }));
    expect(column(r, 'billedUnits')).toEqual([600, 600, 600]);
    column(r, 'usage').forEach((u) => expect(u).toBeCloseTo(350, 9));
    // residual: 500 unresolved contacts at $2
    column(r, 'total').forEach((t) => expect(t).toBeCloseTo(1350, 9));
  });
  it('volume: 600 counted outcomes cost 140 a month', () => {
    const r = evaluateOne(
      vendor({ unit: 'outcome', tiers, tierMode: 'volume' }, { overcount: { initialRatio: 1.2 } }),
    );
    column(r, 'usage').forEach((u) => expect(u).toBeCloseTo(140, 9));
  });
});

// The tiers are read once into a table of bounds and cumulative charges (TierTable) and priced by
// binary search: the charge must be the tier-by-tier sum's, to the bit.
describe('tier pricing read off a tier table', () => {
  /** DOMAIN.md's graduated price, tier by tier in order. */
  function graduatedByTier(units: number, tiers: readonly Tier[]): number {
    let total = 0;
    let lower = 0;
    for (const tier of tiers) {
      if (units <= lower) break;
      const upper = tier.upTo ?? Infinity;
      total += tier.price * (Math.min(units, upper) - lower) + (tier.flatFee ?? 0);
      lower = upper;
    }
    return total;
  }

  /** DOMAIN.md's volume price: the first tier whose bound holds the units prices them all. */
  function volumeByTier(units: number, tiers: readonly Tier[]): number {
    if (units <= 0) return 0;
    const tier = tiers.find((t) => t.upTo === null || units <= t.upTo) ?? tiers[tiers.length - 1];
    return units * tier.price + (tier.flatFee ?? 0);
  }

  it('gives the tier-by-tier charge, graduated and by volume, at and between every bound', () => {
    fc.assert(
      fc.property(tiersArb, fc.double({ min: 0, max: 1, noNaN: true }), (tiers, at) => {
        const bounds = tiers.flatMap((t) => (t.upTo === null ? [] : [t.upTo]));
        const last = bounds.length > 0 ? bounds[bounds.length - 1] : 1000;
        for (const units of [
          0,
          at * last * 1.5,
          ...bounds,
          ...bounds.map((b) => b * (1 + 1e-12)),
        ]) {
          expect(graduatedPrice(units, tiers)).toBe(graduatedByTier(units, tiers));
          expect(volumePrice(units, tiers)).toBe(volumeByTier(units, tiers));
        }
      }),
      { numRuns: 300 },
    );
  });
});
