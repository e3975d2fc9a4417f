import fc from 'fast-check';

// Random but valid scenario pieces for property tests.

// Amounts below a millionth are drawn as 0: subnormal prices (5e-324) underflow in any product and test nothing the model means.
const money = (max: number) =>
  fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true }).map((x) => (x < 1e-6 ? 0 : x));
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

const classesArb = fc
  .array(
    fc.record({
      weight: fc.double({ min: 0, max: 1, noNaN: true }),
      price: money(5),
      driftAnnual: fc.option(fc.double({ min: -0.2, max: 0.5, noNaN: true }), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((raw) => {
    const total = raw.reduce((a, c) => a + c.weight, 0);
    // shares that sum to 1: the last takes what the others leave
    let left = 1;
    return raw.map((c, i) => {
      const share = i === raw.length - 1 ? left : total > 0 ? c.weight / total : 0;
      left -= share;
      return {
        name: `class ${i}`,
        share: Math.max(0, share),
        price: c.price,
        ...(c.driftAnnual === undefined ? {} : { driftAnnual: c.driftAnnual }),
      };
    });
  });

// The terms of DOMAIN.md "More vendor terms", each present or not.
const termsArb = fc.record({
  classes: fc.option(classesArb, { nil: undefined, freq: 2 }),
  yearToDate: fc.boolean(),
  phases: fc.option(
    fc.array(
      fc.record({
        months: fc.integer({ min: 1, max: 8 }),
        priceFactor: fc.double({ min: 0, max: 1.5, noNaN: true }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    { nil: undefined, freq: 2 },
  ),
  priceLock: fc.option(
    fc.record({ months: fc.integer({ min: 0, max: 6 }), monthlyCeiling: money(50000) }),
    { nil: undefined, freq: 2 },
  ),
  prepaid: fc.option(fc.record({ annualAmount: money(1e6), rolloverShare: share }), {
    nil: undefined,
    freq: 2,
  }),
});

const baseChargesArb = fc
  .record({
    unit: fc.constantFrom('outcome', 'contact', 'action', 'token', 'seat', 'none'),
    // below 1e-6 as 0, like money: a subnormal rate (5e-324) bills 0 units below V = 0.5 and 1
    // above by rounding alone, a step no bid has and no kink list can know
    unitsPerContact: fc.double({ min: 0, max: 30, noNaN: true }).map((x) => (x < 1e-6 ? 0 : x)),
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
    gainShare: fc.option(
      fc.record({ share, baselinePerContact: money(15) }, { requiredKeys: ['share'] }),
      { nil: undefined },
    ),
  })
  .map(({ basis, unit, ...rest }) => ({
    unit,
    ...basis,
    ...rest,
    unitsPerContact: unit === 'token' ? rest.unitsPerContact * 5000 : rest.unitsPerContact,
  }));

export const chargesArb = fc
  .tuple(baseChargesArb, termsArb)
  .map(([charges, { classes, yearToDate, prepaid, ...terms }]) => {
    const out: Record<string, unknown> = { ...charges, ...terms };
    if (classes && charges.unit === 'outcome') {
      delete out.price;
      delete out.tiers;
      delete out.tierMode;
      delete out.package;
      out.classes = classes;
    }
    if (yearToDate && out.tiers && out.tierMode === 'graduated') out.tierBasis = 'year-to-date';
    if (prepaid && charges.annualCommit === undefined) out.prepaid = prepaid;
    for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
    return out;
  });

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
    series: fc.option(fc.array(money(300000), { minLength: 60, maxLength: 60 }), {
      nil: undefined,
      freq: 4,
    }),
    switchAt: fc.option(
      fc.record({
        month: fc.option(fc.integer({ min: 1, max: 61 }), { nil: undefined }),
        exitFee: money(100000),
      }),
      { nil: undefined },
    ),
  })
  .map(({ contactsPerMonth, growthAnnual, options, series, switchAt, ...rest }) => {
    const named: Record<string, unknown>[] = options.map((o, i) => ({
      ...o,
      name: `${o.kind} ${i}`,
    }));
    const vendor = named.find((o) => o.kind === 'vendor');
    const build = named.find((o) => o.kind === 'build');
    if (switchAt && vendor && build)
      named.push({
        kind: 'switch',
        name: 'switch',
        vendor: vendor.name,
        build: build.name,
        ...(switchAt.month === undefined
          ? {}
          : { switchMonth: Math.min(switchAt.month, rest.horizonMonths + 1) }),
        exitFee: switchAt.exitFee,
      });
    return {
      name: 'random',
      ...rest,
      // an explicit series makes contactsPerMonth optional (DOMAIN.md)
      demand: series
        ? { contactsByMonth: series.slice(0, Math.max(rest.horizonMonths, 1)), growthAnnual }
        : { contactsPerMonth, growthAnnual },
      options: named,
    };
  });
