import fc from 'fast-check';

// Random but valid scenario pieces for property tests.

const money = (max: number) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const share = fc.double({ min: 0, max: 1, noNaN: true });

export const tiersArb = fc
  .array(
    fc.record({
      width: fc.double({ min: 1, max: 50000, noNaN: true }),
      price: money(3),
      flatFee: fc.option(money(500), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((raw) => {
    let upTo = 0;
    return raw.map((t, i) => {
      upTo += t.width;
      return {
        upTo: i === raw.length - 1 ? null : upTo,
        price: t.price,
        ...(t.flatFee === undefined ? {} : { flatFee: t.flatFee }),
      };
    });
  });

export const chargesArb = fc
  .record({
    unit: fc.constantFrom('outcome', 'contact', 'action', 'token', 'seat', 'none'),
    unitsPerContact: fc.double({ min: 0, max: 30, noNaN: true }),
    seats: fc.integer({ min: 0, max: 200 }),
    basis: fc.oneof(
      money(3).map((price) => ({ price })),
      tiersArb.chain((tiers) =>
        fc.constantFrom('graduated', 'volume').map((tierMode) => ({ tiers, tierMode })),
      ),
      fc
        .record({ size: fc.double({ min: 1, max: 100000, noNaN: true }), price: money(20000) })
        .map((p) => ({ package: p })),
    ),
    includedUnitsPerMonth: money(20000),
    platformFeeMonthly: money(20000),
    oneTimeFee: money(50000),
    escalatorAnnual: fc.double({ min: 0, max: 0.3, noNaN: true }),
    annualCap: fc.option(money(2e6), { nil: undefined }),
    annualCommit: fc.option(money(2e6), { nil: undefined }),
    sla: fc.option(fc.record({ guaranteedResolutionRate: share, creditRate: share }), {
      nil: undefined,
    }),
    gainShare: fc.option(fc.record({ share }), { nil: undefined }),
  })
  .map(({ basis, unit, ...rest }) => ({
    unit,
    ...basis,
    ...rest,
    unitsPerContact: unit === 'token' ? rest.unitsPerContact * 5000 : rest.unitsPerContact,
  }));

export const vendorArb = fc.record({
  kind: fc.constant('vendor'),
  resolutionRate: share,
  onboardingMonths: fc.integer({ min: 0, max: 6 }),
  oversightMonthly: money(10000),
  overcount: fc.record({
    initialRatio: fc.double({ min: 0.8, max: 1.6, noNaN: true }),
    driftAnnual: fc.double({ min: 0, max: 0.4, noNaN: true }),
  }),
  charges: chargesArb,
});

export const buildArb = fc.record({
  kind: fc.constant('build'),
  resolutionRate: share,
  buildCost: money(2e6),
  buildMonths: fc.integer({ min: 0, max: 9 }),
  runFixedMonthly: money(80000),
  marginalPerContact: money(1),
  costEscalatorAnnual: fc.double({ min: 0, max: 0.2, noNaN: true }),
});

export const scenarioArb = fc
  .record({
    horizonMonths: fc.integer({ min: 1, max: 60 }),
    discountRateAnnual: fc.double({ min: 0, max: 0.2, noNaN: true }),
    contactsPerMonth: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 300000, noNaN: true })),
    growthAnnual: fc.double({ min: -0.2, max: 0.5, noNaN: true }),
    humanCostPerContact: money(15),
    wageInflationAnnual: fc.double({ min: 0, max: 0.1, noNaN: true }),
    options: fc.array(fc.oneof(vendorArb, buildArb, fc.constant({ kind: 'status-quo' })), {
      minLength: 1,
      maxLength: 5,
    }),
  })
  .map(({ contactsPerMonth, growthAnnual, options, ...rest }) => ({
    name: 'random',
    ...rest,
    demand: { contactsPerMonth, growthAnnual },
    options: options.map((o, i) => ({ ...o, name: `${o.kind} ${i}` })),
  }));
