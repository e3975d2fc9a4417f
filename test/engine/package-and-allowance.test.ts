import { describe, expect, it } from 'vitest';
import { chargeableUnits, packagePrice } from '../../src/index';
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
});

describe('included allowance', () => {
  it('charges only the units above the allowance, never below zero', () => {
    expect(chargeableUnits(600, 200)).toBe(400);
    expect(chargeableUnits(100, 200)).toBe(0);
    const r = evaluateOne(vendor({ unit: 'outcome', price: 1, includedUnitsPerMonth: 200 }));
    expect(column(r, 'usage')).toEqual([300, 300, 300]);
  });
});
