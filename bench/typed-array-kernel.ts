// The reference of the engine benchmark (issue 13): the bench scenario's arithmetic written as a
// minimal loop over typed arrays, knowing the scenario's shape in advance (which option has which
// terms, where each steady-state year kinks), with no objects, no dispatch and no checks. It writes
// the monthly lines the engine's result holds into fresh memory each call and gives the same
// totals, NPVs, breakevens and crossovers; test/bench/typed-array-kernel.test.ts checks that
// against the engine, so the ratio shown beside the engine's rate compares equal arithmetic.
import type { BuildOption, VendorOption } from '../src/engine/model';
import type { Scenario } from '../src/scenario/schema';

/** Monthly columns of the engine's result: 20 schedule lines and 2 accounting lines per option, 2 series. */
const COLUMNS_PER_OPTION = 22;

export interface KernelResult {
  totalCost: Float64Array;
  npv: Float64Array;
  /** Per build x vendor pair (Tiered, Per resolution, Gain-share order as the engine's comparisons). */
  breakeven: Float64Array;
  crossover: Float64Array;
  buildCheaperThroughout: Float64Array;
  /** The monthly columns, option by option (and the two demand series last). */
  columns: Float64Array;
}

/** The bench scenario's five options, read once: status quo, per resolution, tiered, gain-share, build. */
export function typedArrayKernel(scenario: Scenario): () => KernelResult {
  const H = scenario.horizonMonths;
  const rate = Math.pow(1 + scenario.discountRateAnnual, 1 / 12) - 1;
  const C0 = scenario.demand.contactsPerMonth ?? 0;
  const growth = Math.pow(1 + scenario.demand.growthAnnual, 1 / 12);
  const h0 = scenario.humanCostPerContact;
  const wage = Math.pow(1 + scenario.wageInflationAnnual, 1 / 12);
  const [, a, b, g, build] = scenario.options as [
    unknown,
    VendorOption,
    VendorOption,
    VendorOption,
    BuildOption,
  ];
  // per resolution: price per vendor-counted outcome, SLA credit, annual cap, onboarding, drift
  const aR = a.resolutionRate;
  const aOnboarding = a.onboardingMonths;
  const aK0 = a.overcount.initialRatio;
  const aDrift = Math.pow(1 + a.overcount.driftAnnual, 1 / 12);
  const aPrice = a.charges.price!;
  const aCap = a.charges.annualCap!;
  const aCredit = aR < a.charges.sla!.guaranteedResolutionRate ? a.charges.sla!.creditRate : 0;
  // tiered: graduated tiers with a flat fee, allowance, platform fee, escalator, commitment
  const bR = b.resolutionRate;
  const [t1, t2, t3] = b.charges.tiers!;
  const b1 = t1.upTo!;
  const b2 = t2.upTo!;
  const fee2 = t2.flatFee ?? 0;
  const bIncluded = b.charges.includedUnitsPerMonth;
  const bPlatform = b.charges.platformFeeMonthly;
  const bEscalator = 1 + b.charges.escalatorAnnual;
  const bCommit = b.charges.annualCommit!;
  const tiered = (q: number) =>
    q <= 0
      ? 0
      : t1.price * Math.min(q, b1) +
        (q > b1 ? t2.price * (Math.min(q, b2) - b1) + fee2 : 0) +
        (q > b2 ? t3.price * (q - b2) : 0);
  // gain-share: platform fee plus a share of the savings against people
  const gR = g.resolutionRate;
  const gPlatform = g.charges.platformFeeMonthly;
  const gShare = g.charges.gainShare!.share;
  // the build
  const xR = build.resolutionRate;
  const B = build.buildMonths;
  const spend = build.buildCost / B;
  const fixed = build.runFixedMonthly;
  const marginal = build.marginalPerContact;
  const costStep = Math.pow(1 + build.costEscalatorAnnual, 1 / 12);
  const amortized = build.buildCost / (build.amortizationMonths ?? build.usefulLifeMonths);
  const limit = 100 * Math.max(C0, 1);

  // steady-state years (DOMAIN.md, crossover) and where each kinks
  const buildYear = (v: number) => 12 * (fixed + marginal * v + amortized + (v - xR * v) * h0);
  const aYear = (v: number) => {
    const owed = aPrice * Math.min(v, aR * v * aK0);
    return Math.min(12 * (owed - aCredit * owed), aCap) + 12 * (v - aR * v) * h0;
  };
  const bYear = (v: number) => {
    const usage = 12 * tiered(Math.max(0, Math.min(v, bR * v) - bIncluded));
    return Math.max(usage + 12 * bPlatform, bCommit) + 12 * (v - bR * v) * h0;
  };
  const gYear = (v: number) => {
    const residual = (v - gR * v) * h0;
    return 12 * (gPlatform + gShare * Math.max(0, v * h0 - gPlatform - residual) + residual);
  };
  const bPerContact = Math.min(1, bR);
  // the commitment's kink: units whose tiered price + platform fee meet it, tier by tier
  const target = bCommit / 12 - bPlatform;
  const tierStarts = [0, b1, b2];
  const startValues = [0, t1.price * b1 + fee2, t1.price * b1 + t2.price * (b2 - b1) + fee2];
  const tierEnds = [b1, b2, Infinity];
  const slopes = [t1.price, t2.price, t3.price];
  let commitUnits = Infinity;
  for (let k = 0; k < 3; k++) {
    const root = tierStarts[k] + (target - startValues[k]) / slopes[k];
    if (root > tierStarts[k] && root <= tierEnds[k]) commitUnits = Math.min(commitUnits, root);
  }
  const kinks: number[][] = [
    [bIncluded / bPerContact, (b1 + bIncluded) / bPerContact, (b2 + bIncluded) / bPerContact]
      .concat([(commitUnits + bIncluded) / bPerContact])
      .filter((v) => v > 0 && v < limit)
      .sort((x, y) => x - y),
    [aCap / (12 * aPrice * Math.min(1, aR * aK0) * (1 - aCredit))].filter((v) => v < limit),
    [gPlatform / (gR * h0)].filter((v) => v < limit),
  ];
  const vendorYears = [bYear, aYear, gYear];

  return () => {
    const columns = new Float64Array((5 * COLUMNS_PER_OPTION + 2) * H);
    const col = (option: number, line: number) => (option * COLUMNS_PER_OPTION + line) * H;
    // column offsets, in the engine's SCHEDULE_FIELDS order (0 contacts .. 19 exitFee), then
    // 20 amortization, 21 expense; the demand series after the options
    const contactsAt = 5 * COLUMNS_PER_OPTION * H;
    const humanAt = contactsAt + H;
    const totalCost = new Float64Array(5);
    const npv = new Float64Array(5);
    let discount = 1;
    let aCharged = 0;
    let bSpend = 0;
    let bEsc = 1;
    const cumulative = new Float64Array(4);
    const breakeven = new Float64Array(3).fill(Infinity);
    // growth, wages, the vendor's drift and the build's cost escalation: factors from 1, stepped monthly
    for (
      let i = 0, volume = 1, wages = 1, drift = 1, cost = 1;
      i < H;
      i++, volume *= growth, wages *= wage, drift *= aDrift, cost *= costStep
    ) {
      const m = i + 1;
      const c = C0 * volume;
      const human = h0 * wages;
      discount /= 1 + rate;
      if (i % 12 === 0) {
        aCharged = 0;
        bSpend = 0;
        bEsc = Math.pow(bEscalator, (m - 1) / 12);
      }
      columns[contactsAt + i] = c;
      columns[humanAt + i] = human;
      const people = c * human;
      // status quo
      columns[col(0, 0) + i] = c;
      columns[col(0, 12) + i] = people;
      columns[col(0, 15) + i] = people;
      columns[col(0, 21) + i] = people;
      // per resolution
      const aLive = m > aOnboarding;
      const aO = aLive ? aR * c : 0;
      const aCounted = Math.min(aLive ? c : 0, aO * (aK0 * drift));
      const aU = aCounted * aPrice;
      const aSla = aLive ? aCredit * aU : 0;
      const aUsage = Math.min(aU - aSla, aCap - aCharged);
      aCharged += aUsage;
      const aResidual = (c - aO) * human;
      const aTotal = aUsage + aResidual;
      let at = col(1, 0) + i;
      columns[at] = c;
      columns[(at += H)] = aO;
      columns[(at += H)] = aCounted;
      columns[(at += H)] = aCounted;
      columns[(at += H)] = aUsage;
      columns[at + H] = aSla;
      columns[col(1, 12) + i] = aResidual;
      columns[col(1, 14) + i] = aUsage;
      columns[col(1, 15) + i] = aTotal;
      columns[col(1, 21) + i] = aTotal;
      // tiered
      const bO = bR * c;
      const bUsage = tiered(Math.max(0, bO - bIncluded)) * bEsc;
      const bPlatformNow = bPlatform * bEsc;
      bSpend += bUsage + bPlatformNow;
      const yearEnds = m % 12 === 0 || m === H;
      const bTrueUp = yearEnds
        ? Math.max(0, (bCommit * (m - Math.floor((m - 1) / 12) * 12)) / 12 - bSpend)
        : 0;
      const bResidual = (c - bO) * human;
      const bCharges = bUsage + bPlatformNow + bTrueUp;
      const bTotal = bCharges + bResidual;
      at = col(2, 0) + i;
      columns[at] = c;
      columns[(at += H)] = bO;
      columns[(at += H)] = bO;
      columns[(at += H)] = bO;
      columns[at + H] = bUsage;
      columns[col(2, 6) + i] = bPlatformNow;
      columns[col(2, 9) + i] = bTrueUp;
      columns[col(2, 12) + i] = bResidual;
      columns[col(2, 14) + i] = bCharges;
      columns[col(2, 15) + i] = bTotal;
      columns[col(2, 21) + i] = bTotal;
      // gain-share
      const gO = gR * c;
      const gResidual = (c - gO) * human;
      const gFee = gShare * Math.max(0, people - (gPlatform + gResidual));
      const gTotal = gPlatform + gFee + gResidual;
      at = col(3, 0) + i;
      columns[at] = c;
      columns[(at += H)] = gO;
      columns[at + H] = gO;
      columns[col(3, 6) + i] = gPlatform;
      columns[col(3, 8) + i] = gFee;
      columns[col(3, 12) + i] = gResidual;
      columns[col(3, 14) + i] = gPlatform + gFee;
      columns[col(3, 15) + i] = gTotal;
      columns[col(3, 21) + i] = gTotal;
      // build
      const live = m > B;
      const xO = live ? xR * c : 0;
      const xSpend = m <= B ? spend : 0;
      const xRun = live ? (fixed + marginal * c) * cost : 0;
      const xResidual = (c - xO) * human;
      const xTotal = xSpend + xRun + xResidual;
      at = col(4, 0) + i;
      columns[at] = c;
      columns[(at += H)] = xO;
      columns[at + H] = xO;
      columns[col(4, 10) + i] = xSpend;
      columns[col(4, 11) + i] = xRun;
      columns[col(4, 12) + i] = xResidual;
      columns[col(4, 15) + i] = xTotal;
      columns[col(4, 21) + i] = xTotal;

      totalCost[0] += people;
      totalCost[1] += aTotal;
      totalCost[2] += bTotal;
      totalCost[3] += gTotal;
      totalCost[4] += xTotal;
      npv[0] += people * discount;
      npv[1] += aTotal * discount;
      npv[2] += bTotal * discount;
      npv[3] += gTotal * discount;
      npv[4] += xTotal * discount;
      cumulative[0] += xTotal;
      cumulative[1] += bTotal;
      cumulative[2] += aTotal;
      cumulative[3] += gTotal;
      for (let p = 0; p < 3; p++)
        if (breakeven[p] === Infinity && cumulative[0] <= cumulative[p + 1]) breakeven[p] = m;
    }

    // crossovers: the difference is linear between the kinks; read each piece at two inner
    // points, take its ends from the line and find the first and last turns to <= 0
    const crossover = new Float64Array(3);
    const throughout = new Float64Array(3);
    for (let p = 0; p < 3; p++) {
      const year = vendorYears[p];
      const ends = kinks[p];
      let first = NaN;
      let last = NaN;
      let before = buildYear(0) - year(0);
      let anyPositive = before > 0;
      let lo = 0;
      for (let k = 0; k <= ends.length; k++) {
        const hi = k < ends.length ? ends[k] : limit;
        const q = lo + (hi - lo) * 0.25;
        const e = lo + (hi - lo) * 0.75;
        const fq = buildYear(q) - year(q);
        const fe = buildYear(e) - year(e);
        const slope = (fe - fq) / (e - q);
        const start = fq - slope * (q - lo);
        const end = fe + slope * (hi - e);
        if (before > 0 && !(start > 0)) {
          if (Number.isNaN(first)) first = lo;
          last = lo;
        }
        if (start > 0 && !(end > 0)) {
          const root = q - fq / slope;
          if (Number.isNaN(first)) first = root;
          last = root;
        }
        anyPositive ||= start > 0 || end > 0;
        before = end;
        lo = hi;
      }
      crossover[p] = anyPositive ? first : 0;
      throughout[p] = !anyPositive ? 0 : before > 0 ? NaN : last;
    }
    return {
      totalCost,
      npv,
      breakeven,
      crossover,
      buildCheaperThroughout: throughout,
      columns,
    };
  };
}
