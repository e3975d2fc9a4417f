// DOMAIN.md "Drift discount, saturation, and what the overcount costs" and "breakeven after the
// horizon": the engine's figures against an independent reading (test/support/domain-oracle.ts)
// over random scenarios, and the seeds' renewal case worked by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driftDiscount as closedForm } from '../../src/engine/drift';
import { evaluateScenario } from '../../src/engine/evaluate';
import { scenarioArb } from '../support/arbitraries';
import { expectClose } from '../support/close';
import { oracle, oracleBreakevenAfterHorizon } from '../support/domain-oracle';
import { renewalDocument } from '../support/seeds-renewal';
import { valid } from '../support/valid-scenario';

/** |a - b| within 1e-9 of the option's total: a difference of two totals, not a ratio. */
function expectDifference(
  actual: number | null,
  expected: number | null,
  scale: number,
  label: string,
) {
  if (actual === null || expected === null) return expect(actual, label).toBe(expected);
  expect(Math.abs(actual - expected), label).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(scale)),
  );
}

// A vendor that counts generously (r k0 near or above 1, so that its count reaches the contacts)
// and a build dear to set up but cheap to run (so that it often breaks even only after H).
const vendorArb = fc.record({
  kind: fc.constant('vendor'),
  name: fc.constant('Vendor'),
  resolutionRate: fc.double({ min: 0.3, max: 0.95, noNaN: true }),
  onboardingMonths: fc.integer({ min: 0, max: 4 }),
  overcount: fc.record({
    initialRatio: fc.double({ min: 0.9, max: 2.2, noNaN: true }),
    driftAnnual: fc.double({ min: -0.2, max: 0.6, noNaN: true }),
  }),
  charges: fc.oneof(
    fc.record({
      unit: fc.constant('outcome'),
      price: fc.double({ min: 0.2, max: 3, noNaN: true }),
    }),
    fc.record({
      unit: fc.constant('outcome'),
      tiers: fc.constant([
        { upTo: 20000, price: 1.2 },
        { upTo: null, price: 0.8 },
      ]),
      annualCap: fc.double({ min: 1e5, max: 2e6, noNaN: true }),
    }),
    fc.record({
      unit: fc.constant('contact'),
      price: fc.double({ min: 0.1, max: 2, noNaN: true }),
    }),
  ),
});

const overcountScenarioArb = fc
  .record({
    horizonMonths: fc.integer({ min: 3, max: 48 }),
    discountRateAnnual: fc.double({ min: 0, max: 0.15, noNaN: true }),
    contactsPerMonth: fc.double({ min: 2000, max: 80000, noNaN: true }),
    growthAnnual: fc.double({ min: -0.1, max: 0.3, noNaN: true }),
    vendor: vendorArb,
    buildCost: fc.double({ min: 1e5, max: 2e7, noNaN: true }),
    buildMonths: fc.integer({ min: 0, max: 12 }),
  })
  .map(({ contactsPerMonth, growthAnnual, vendor, buildCost, buildMonths, ...rest }) => ({
    name: 'Generous count',
    ...rest,
    demand: { contactsPerMonth, growthAnnual },
    humanCostPerContact: 4,
    options: [
      { kind: 'status-quo', name: 'Status quo' },
      vendor,
      {
        kind: 'build',
        name: 'Build',
        resolutionRate: 0.7,
        buildCost,
        buildMonths,
        runFixedMonthly: 5000,
        marginalPerContact: 0.05,
      },
    ],
  }));

describe('the overcount figures over random scenarios', () => {
  it('equal an independent reading of DOMAIN.md (whole months exactly)', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb, overcountScenarioArb), (json) => {
        const result = evaluateScenario(valid(json));
        const expected = oracle(json);
        result.options.forEach((option, i) => {
          const o = expected.options[i];
          const label = `${option.name}`;
          expectClose(option.driftDiscount, o.driftDiscount, 1e-9, `${label} driftDiscount`);
          expect(option.saturatedFromMonth, `${label} saturatedFromMonth`).toBe(
            o.saturatedFromMonth,
          );
          expectDifference(
            option.overcountCost,
            o.overcountCost,
            o.totalCost,
            `${label} overcountCost`,
          );
          expectDifference(option.overcountNpv, o.overcountNpv, o.npv, `${label} overcountNpv`);
          expectClose(option.priceToAsk, o.priceToAsk, 1e-9, `${label} priceToAsk`);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('give the breakeven after the horizon as an independent reading does', () => {
    fc.assert(
      fc.property(fc.oneof(scenarioArb, overcountScenarioArb), (json) => {
        const result = evaluateScenario(valid(json));
        for (const c of result.comparisons)
          expect(c.breakevenAfterHorizon, `${c.build} against ${c.vendor}`).toBe(
            oracleBreakevenAfterHorizon(json, c.build, c.vendor),
          );
      }),
      { numRuns: 150 },
    );
  });
});

const renewal = (overcount: Record<string, number>, charges: Record<string, unknown> = {}) =>
  valid(renewalDocument(overcount, charges));

describe("the seeds' renewal case, by hand", () => {
  const k0 = 41000 / 27000;
  const vendor = evaluateScenario(renewal({ initialRatio: k0, driftAnnual: 0.18 })).options[1];
  // month by month: 27,000 true outcomes, counted k0 * 1.18^((m - 1) / 12) times, at most 45,000
  const counted = Array.from({ length: 24 }, (_, m) =>
    Math.min(45000, 27000 * k0 * 1.18 ** (m / 12)),
  );
  const firstFull = counted.findIndex((c) => c === 45000) + 1;

  it('saturates from month 8: the vendor counts every contact, and drift adds nothing more', () => {
    expect(firstFull).toBe(8);
    expect(vendor.saturatedFromMonth).toBe(8);
  });

  it('asks a fair discount near 7.5% on the count as billed, not the 15.1% of the closed form', () => {
    const sumCounted = counted.reduce((a, b) => a + b, 0);
    expectClose(vendor.driftDiscount, 1 - (24 * 41000) / sumCounted, 1e-9);
    expect(vendor.driftDiscount!).toBeGreaterThan(0.074);
    expect(vendor.driftDiscount!).toBeLessThan(0.076);
    expect(closedForm(0.18, 24, 0)).toBeGreaterThan(0.15);
  });

  it('prices the overcharge and the price to ask on the vendor count', () => {
    const billed = counted.reduce((a, b) => a + b, 0);
    expectClose(vendor.overcountCost, 0.99 * (billed - 24 * 27000), 1e-9);
    expectClose(vendor.overcountNpv, vendor.overcountCost, 1e-12); // no discount rate
    expectClose(vendor.priceToAsk, (0.99 * 24 * 27000) / billed, 1e-9);
  });

  it('is worth 0 and asks no discount when the count is exact or does not drift up', () => {
    const exact = evaluateScenario(renewal({ initialRatio: 1, driftAnnual: 0 })).options[1];
    expect(exact).toMatchObject({ overcountCost: 0, overcountNpv: 0, driftDiscount: null });
    expect(exact.priceToAsk).toBe(0.99);
    const falling = evaluateScenario(renewal({ initialRatio: k0, driftAnnual: -0.1 })).options[1];
    expect(falling.driftDiscount).toBeNull();
    expect(falling.overcountCost!).toBeGreaterThan(0);
  });

  it('gives no price to ask for tiers, and no discount for a bid that bills contacts', () => {
    const tiered = renewal(
      { initialRatio: k0, driftAnnual: 0.18 },
      { price: undefined, tiers: [{ upTo: null, price: 0.99 }] },
    );
    const result = evaluateScenario(tiered).options[1];
    expect(result.priceToAsk).toBeNull();
    expectClose(result.driftDiscount, vendor.driftDiscount, 1e-12); // a ratio of counts
    const perContact = evaluateScenario(
      renewal({ initialRatio: k0, driftAnnual: 0.18 }, { unit: 'contact' }),
    ).options[1];
    expect(perContact.driftDiscount).toBeNull();
    expect(perContact.saturatedFromMonth).toBe(8); // every vendor, whatever it bills
    expect(perContact.overcountCost).toBe(0); // billed on contacts: the count costs nothing
  });

  it('leaves the figures null for the status quo', () => {
    const statusQuo = evaluateScenario(renewal({ initialRatio: k0 })).options[0];
    expect(statusQuo).toMatchObject({
      driftDiscount: null,
      saturatedFromMonth: null,
      overcountCost: null,
      overcountNpv: null,
      priceToAsk: null,
    });
  });
});
