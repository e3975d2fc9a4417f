// A vendor charging per outcome in the small scenario of test/support/scenarios.ts (1,000
// contacts a month at $2, 3 months), with the terms a test adds to its charges.
import { expect } from 'vitest';
import { vendorSteadyYear } from '../../src/engine/crossover/steady-year';
import type { VendorOption } from '../../src/engine/model';
import { evaluateOne, smallScenario, vendor } from './scenarios';

type Json = Record<string, unknown>;

/** The result of a vendor at `price` an outcome with `terms` added to its charges. */
export const evaluateOutcomeVendor = (price: number, terms: Json) =>
  evaluateOne(vendor({ unit: 'outcome', price, ...terms }));

/** Asserts that `terms` leave the steady-state year of a $1 outcome vendor as it is. */
export function expectSteadyYearWithout(terms: Json) {
  const s = smallScenario([
    vendor({ unit: 'outcome', price: 1, ...terms }),
    vendor({ unit: 'outcome', price: 1 }, { name: 'List' }),
  ]);
  const [withTerms, list] = s.options as VendorOption[];
  expect(vendorSteadyYear(withTerms, 1000, 2)).toBe(vendorSteadyYear(list, 1000, 2));
}
