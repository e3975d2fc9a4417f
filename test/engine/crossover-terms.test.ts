import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSteadyYear, vendorSteadyYear } from '../../src/engine/crossover/steady-year';
import { crossoverOf, crossoverSearchLimit } from '../../src/engine/crossover/crossover';
import type { BuildOption, VendorOption } from '../../src/engine/model';
import { vendorTerms } from '../../src/engine/pricing/terms';
import { buildArb, tiersArb, vendorArb } from '../support/arbitraries';
import { smallScenario } from '../support/scenarios';
import { between } from '../support/engine-arbitraries';

// DOMAIN.md (crossover): the crossover is the smallest V > 0 at which build(V) - vendor(V) turns
// from positive to <= 0, and buildCheaperThroughout the volume above which it stays <= 0 up to the
// search limit. Each vendor term of "More vendor terms" is checked against a brute-force fine scan
// of the steady-state years: no turn on the scan below the crossover, a real turn at it, and no
// positive difference on the scan above buildCheaperThroughout.

type Json = Record<string, unknown>;

const H = 4.5; // human cost per contact

function check(vendorJson: Json, buildJson: Json, contactsPerMonth: number): void {
  const s = smallScenario(
    [
      { ...vendorJson, name: 'V' },
      { ...buildJson, name: 'B', amortizationMonths: 36 },
    ],
    { demand: { contactsPerMonth }, humanCostPerContact: H, horizonMonths: 36 },
  );
  const vendor = s.options[0] as VendorOption;
  const build = s.options[1] as BuildOption;
  const limit = crossoverSearchLimit(contactsPerMonth);
  const { crossover, buildCheaperThroughout } = crossoverOf(build, vendorTerms(vendor), {
    humanCostPerContact: H,
    amortizationMonths: 36,
    maxVolume: limit,
  });
  const b = (x: number) => buildSteadyYear(build, x, H, 36);
  const v = (x: number) => vendorSteadyYear(vendor, x, H);
  const f = (x: number) => b(x) - v(x);
  // a difference within 1e-9 of the two years' size is too close to 0 for the scan to tell
  const sign = (x: number) => {
    const bx = b(x);
    const vx = v(x);
    const eps = 1e-9 * (Math.abs(bx) + Math.abs(vx)) + 1e-9;
    return bx - vx > eps ? 1 : bx - vx < -eps ? -1 : 0;
  };
  const signs = new Map<number, number>();
  const signAt = (x: number) => signs.get(x) ?? signs.set(x, sign(x)).get(x)!;
  const positive = (x: number) => signAt(x) === 1;
  const negative = (x: number) => signAt(x) === -1;

  const grid: number[] = [];
  for (let i = 1; i <= 2000; i++) grid.push((limit * i) / 2000);
  for (let j = 1; j <= 150; j++) grid.push(limit / 2000 / 1.1 ** j);
  grid.sort((x, y) => x - y);

  const label = JSON.stringify({ vendorJson, buildJson, contactsPerMonth, crossover });
  if (crossover === null) {
    expect(buildCheaperThroughout, label).toBeNull();
    // never a turn: once positive, positive at every later point of the scan
    const first = grid.findIndex(positive);
    if (first >= 0)
      for (const x of grid.slice(first)) expect(negative(x), `${label} at ${x}`).toBe(false);
    return;
  }
  if (crossover === 0) {
    expect(buildCheaperThroughout, label).toBe(0);
    for (const x of grid) expect(positive(x), `${label} at ${x}`).toBe(false);
    return;
  }
  // no turn on the scan below the crossover
  let seenPositive = positive(0);
  for (const x of grid) {
    if (x >= crossover * (1 - 1e-6)) break;
    if (seenPositive) expect(negative(x), `${label}: a turn at ${x}`).toBe(false);
    seenPositive ||= positive(x);
  }
  // a real turn at the crossover: not positive just above it
  const above = [1e-7, 1e-6].map((d) => crossover * (1 + d));
  expect(
    above.some((x) => !positive(x)),
    `${label}: f just above the crossover is ${f(above[1])}`,
  ).toBe(true);
  if (buildCheaperThroughout === null) {
    // (the build is not cheaper at the limit; a difference within 1e-9 of the years' size is
    // too close to 0 for the scan to tell)
    expect(negative(limit), label).toBe(false);
    return;
  }
  expect(buildCheaperThroughout, label).toBeGreaterThanOrEqual(crossover);
  for (const x of grid)
    if (x > buildCheaperThroughout * (1 + 1e-6))
      expect(positive(x), `${label}: positive at ${x} above ${buildCheaperThroughout}`).toBe(false);
}

const volume = between(50, 100000);
const runs = { numRuns: 40 };

/** A random vendor with the charges replaced or extended as `adapt` says. */
const withCharges = (adapt: (charges: Json) => Json) =>
  vendorArb.map((v) => ({ ...v, charges: adapt({ ...(v.charges as Json) }) }));

const withoutPriceBasis = (c: Json): Json => {
  const out = { ...c };
  for (const key of ['price', 'tiers', 'tierMode', 'package', 'classes', 'tierBasis'])
    delete out[key];
  return out;
};

describe('crossover and buildCheaperThroughout against a fine scan, term by term', () => {
  it('outcome classes (the month-1 mix)', () => {
    fc.assert(
      fc.property(
        withCharges((c) => ({
          ...withoutPriceBasis(c),
          unit: 'outcome',
          classes: [
            { name: 'simple', share: 0.5, price: 0.5, driftAnnual: 0.3 },
            { name: 'moderate', share: 0.3, price: 1.5 },
            { name: 'complex', share: 0.2, price: 3 },
          ],
        })),
        buildArb,
        volume,
        check,
      ),
      runs,
    );
  });

  it('year-to-date tiers (graduated over the contract year, flat fees included)', () => {
    fc.assert(
      fc.property(
        fc.tuple(vendorArb, tiersArb).map(([v, tiers]) => ({
          ...v,
          charges: {
            ...withoutPriceBasis(v.charges as Json),
            unit: 'contact',
            tiers: tiers.map((t) => (t.upTo === null ? t : { ...t, upTo: t.upTo * 12 })),
            tierMode: 'graduated',
            tierBasis: 'year-to-date',
          },
        })),
        buildArb,
        volume,
        check,
      ),
      runs,
    );
  });

  it('phases and a price lock (not in the steady-state year)', () => {
    fc.assert(
      fc.property(
        withCharges((c) => ({
          ...c,
          phases: [
            { months: 3, priceFactor: 0 },
            { months: 6, priceFactor: 0.5 },
          ],
          priceLock: { months: 12, monthlyCeiling: 1000 },
        })),
        buildArb,
        volume,
        check,
      ),
      runs,
    );
  });

  it('prepaid credit (one prepayment, overage beyond it)', () => {
    fc.assert(
      fc.property(
        fc.tuple(vendorArb, between(0, 5e6)).map(([v, amount]) => {
          const charges = { ...(v.charges as Json) };
          delete charges.annualCommit;
          return { ...v, charges: { ...charges, prepaid: { annualAmount: amount } } };
        }),
        buildArb,
        volume,
        check,
      ),
      runs,
    );
  });

  it('a gain-share beside an annual cap and a commitment', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(vendorArb, between(0, 0.6), between(1000, 5e6), between(0, 5e6))
          .map(([v, share, annualCap, annualCommit]) => {
            const charges = { ...(v.charges as Json) };
            delete charges.prepaid;
            return {
              ...v,
              charges: { ...charges, gainShare: { share }, annualCap, annualCommit },
            };
          }),
        buildArb,
        volume,
        check,
      ),
      runs,
    );
  });

  // Two cases the property test found: a vendor resolving nothing against a build of a millionth
  // of a dollar that resolves almost nothing.
  it.each([
    [
      'a crossing below the first volume a long piece is read at (a case the property test found)',
      { unit: 'outcome', tiers: [{ upTo: null, price: 0 }], tierMode: 'graduated' },
      0.0000013377068252182887,
      47785.4104548132,
    ],
    [
      'the same below a commitment of 0 (a second case the property test found)',
      { unit: 'outcome', price: 0, annualCommit: 0 },
      0.000016120141006472498,
      3959.966529381718,
    ],
  ])('%s', (_title, charges, buildResolutionRate, contactsPerMonth) => {
    check(
      {
        kind: 'vendor',
        resolutionRate: 0,
        onboardingMonths: 0,
        oversightMonthly: 0,
        overcount: { initialRatio: 0.8, driftAnnual: 0 },
        charges,
      },
      {
        kind: 'build',
        resolutionRate: buildResolutionRate,
        buildCost: 0.000001,
        buildMonths: 0,
        runFixedMonthly: 0,
        marginalPerContact: 0,
        costEscalatorAnnual: 0,
      },
      contactsPerMonth,
    );
  });

  it('any vendor the property tests draw', () => {
    fc.assert(fc.property(vendorArb, buildArb, volume, check), { numRuns: 100 });
  });
});
