import { describe, expect, it } from 'vitest';
import { graduatedPrice, tieredPrice, volumePrice, type Tier } from '../../src/index';
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
