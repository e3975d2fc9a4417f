// The vendor form shows the charge fields of the billed unit, and any field that holds a value.
import { describe, expect, it } from 'vitest';
import { chargeFieldShown, type ChargeKey } from '../../taskpane/state/charge-fields';

const KEYS: ChargeKey[] = ['price', 'unitsPerContact', 'seats', 'package', 'includedUnitsPerMonth'];
const shown = (unit: string, charges: Record<string, unknown> = { unit }) =>
  KEYS.filter((k) => chargeFieldShown(k, unit, charges));

describe('charge fields by unit', () => {
  it('shows each unit only the fields it bills by', () => {
    expect(shown('outcome')).toEqual(['price', 'includedUnitsPerMonth']);
    expect(shown('contact')).toEqual([
      'price',
      'unitsPerContact',
      'package',
      'includedUnitsPerMonth',
    ]);
    expect(shown('token')).toEqual([
      'price',
      'unitsPerContact',
      'package',
      'includedUnitsPerMonth',
    ]);
    expect(shown('seat')).toEqual(['price', 'seats', 'package', 'includedUnitsPerMonth']);
    expect(shown('none')).toEqual([]);
  });

  it('hides the unit price under tiers or classes, and never hides a field that holds a value', () => {
    expect(shown('outcome', { unit: 'outcome', tiers: [] })).toEqual(['includedUnitsPerMonth']);
    expect(shown('contact', { unit: 'contact', tiers: [] })).toEqual([
      'unitsPerContact',
      'includedUnitsPerMonth',
    ]);
    expect(shown('outcome', { unit: 'outcome', classes: [] })).toEqual(['includedUnitsPerMonth']);
    expect(shown('outcome', { unit: 'outcome', seats: 4, package: { size: 1, price: 2 } })).toEqual(
      ['price', 'seats', 'package', 'includedUnitsPerMonth'],
    );
  });
});
