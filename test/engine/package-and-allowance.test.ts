import { describe, expect, it } from 'vitest';
import { chargeableUnits } from '../../src/engine/pricing/allowance';
import { packageCount, packagePrice } from '../../src/engine/pricing/package';
import { column, evaluateOne, vendor } from '../support/scenarios';

describe('packages', () => {
  it('buys whole packages', () => {
    expect(packagePrice(0, 1000, 90)).toBe(0);
    expect(packagePrice(1000, 1000, 90)).toBe(90);
    expect(packagePrice(1001, 1000, 90)).toBe(180);
    expect(packagePrice(2500, 1000, 90)).toBe(270);
  });
  it('prices 12,000 actions a month as 13 packages of 1,000', () => {
    const r = evaluateOne(
      vendor({ unit: 'action', unitsPerContact: 12, package: { size: 1000, price: 90 } }),
    );
    expect(column(r, 'usage')).toEqual([1080, 1080, 1080]);
  });
  it('counts a quotient within 1e-9 of a whole number as that number (DOMAIN.md)', () => {
    expect(2.1 / 0.3).toBeGreaterThan(7); // 7.000000000000001 in binary floating point
    expect(packageCount(2.1, 0.3)).toBe(7);
    expect(packagePrice(2.1, 0.3, 5)).toBe(35);
    expect(packageCount(0.7, 0.1)).toBe(7); // 6.999999999999999
    expect(packageCount(4.2e6 * 0.1, 0.3e6 * 0.1)).toBe(14); // token packages in millions
    // beyond the tolerance it still rounds up: 7 + 2e-9 * 7 is 8 packages
    expect(packageCount(7 * (1 + 2e-9), 1)).toBe(8);
    expect(packageCount(7 * (1 + 5e-10), 1)).toBe(7);
    // below one package the tolerance is absolute: 1e-9 of a package is still a package's worth of nothing
    expect(packageCount(5e-10, 1)).toBe(0);
    expect(packageCount(2e-9, 1)).toBe(1);
  });
  it('charges 7 packages, not 8, for 2.1 million tokens in packages of 0.3 million in a schedule', () => {
    const r = evaluateOne(
      vendor({ unit: 'token', unitsPerContact: 2100, package: { size: 0.3, price: 100 } }),
    );
    // 1,000 contacts x 2,100 tokens = 2.1 million tokens = 7 packages of 0.3 million
    expect(column(r, 'usage')).toEqual([700, 700, 700]);
  });
});

describe('included allowance', () => {
  it('charges only the units above the allowance, never below zero', () => {
    expect(chargeableUnits(600, 200)).toBe(400);
    expect(chargeableUnits(100, 200)).toBe(0);
    const r = evaluateOne(vendor({ unit: 'outcome', price: 1, includedUnitsPerMonth: 200 }));
    expect(column(r, 'usage')).toEqual([300, 300, 300]);
  });
});
