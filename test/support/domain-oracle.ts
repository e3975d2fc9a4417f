// An independent, deliberately naive reading of DOMAIN.md used only as a test oracle: rows of
// objects, Math.pow every time, caps and commitments recomputed by summing earlier months.
// It shares no code with src/ so that a mistake in one is not repeated in the other.

type Json = Record<string, any>;

export interface OracleOption {
  name: string;
  switchMonth?: number;
  bestSwitchMonth?: number;
  bestSwitchNpv?: number;
  totalCost: number;
  npv: number;
  trueOutcomes: number;
  vendorCountedOutcomes: number;
  effectivePricePerOutcome: number | null;
  /** DOMAIN.md "Drift discount, saturation, and what the overcount costs"; null unless a vendor. */
  driftDiscount: number | null;
  saturatedFromMonth: number | null;
  overcountCost: number | null;
  overcountNpv: number | null;
  priceToAsk: number | null;
  rows: Json[];
}

const f = (a: number, m: number) => Math.pow(1 + a, (m - 1) / 12);
const year = (m: number) => Math.ceil(m / 12);
// Crossover's documented choice: a price per outcome that is not finite is shown as null.
const finiteOrNull = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);

// Outcome classes: the class weights of month m, renormalised, times each class price.
function classPrice(c: Json, m: number): number {
  const classes = c.classes as Json[];
  const weights = classes.map((k) => k.share * f(k.driftAnnual ?? 0, m));
  const total = weights.reduce((a, w) => a + w, 0);
  return classes.reduce((a, k, j) => a + (total > 0 ? weights[j] / total : 0) * k.price, 0);
}

function phase(c: Json, m: number): number {
  let start = 0;
  for (const p of (c.phases ?? []) as Json[]) {
    if (m > start && m <= start + p.months) return p.priceFactor;
    start += p.months;
  }
  return 1;
}

function price(Q: number, c: Json): number {
  if (c.tiers) {
    const tiers = c.tiers as Json[];
    if ((c.tierMode ?? 'graduated') === 'volume') {
      if (Q === 0) return 0;
      let lower = 0;
      for (const t of tiers) {
        const upper = t.upTo === null ? Infinity : t.upTo;
        if (Q > lower && Q <= upper) return Q * t.price + (t.flatFee ?? 0);
        lower = upper;
      }
      throw new Error('no tier');
    }
    let total = 0;
    let lower = 0;
    for (const t of tiers) {
      const upper = t.upTo === null ? Infinity : t.upTo;
      total += t.price * Math.max(0, Math.min(Q - lower, upper - lower));
      if (Q > lower) total += t.flatFee ?? 0;
      lower = upper;
    }
    return total;
  }
  if (c.package) {
    // DOMAIN.md: a quotient within 1e-9 * max(1, Q / size) of a whole number is that number
    const quotient = Q / c.package.size;
    const nearest = Math.round(quotient);
    const packages =
      Math.abs(quotient - nearest) <= 1e-9 * Math.max(1, quotient) ? nearest : Math.ceil(quotient);
    return packages * c.package.price;
  }
  return Q * (c.price ?? 0);
}

// Prepaid credit, walked year by year: pay, draw, roll over a share, expire the rest.
function applyPrepaid(rows: Json[], p: Json, H: number): void {
  let carried = 0;
  for (let y = 1; (y - 1) * 12 < H; y++) {
    const inYear = rows.filter((r) => year(r.month) === y);
    inYear[0].prepayment = (p.annualAmount * inYear.length) / 12;
    let balance = inYear[0].prepayment + carried;
    for (const r of inYear) {
      r.prepaidDrawn = Math.min(r.usage, balance);
      balance -= r.prepaidDrawn;
    }
    const last = inYear[inYear.length - 1];
    carried = last.month === H ? 0 : (p.rolloverShare ?? 0) * balance;
    last.prepaidExpired = balance - carried;
  }
}

function npvOf(rows: Json[], i: number): number {
  return rows.reduce((a, r) => a + r.total / Math.pow(1 + i, r.month), 0);
}

// Buy now, switch later, composed literally from DOMAIN.md out of the vendor over S - 1 months
// and the build over H.
function switchRows(s: Json, o: Json, S: number): Json[] {
  const H = s.horizonMonths ?? 36;
  const vendor = s.options.find((x: Json) => x.name === o.vendor);
  const build = s.options.find((x: Json) => x.name === o.build);
  const v = oracle({ ...s, horizonMonths: S - 1, options: [vendor] }).options[0].rows;
  const b = oracle({ ...s, options: [build] }).options[0].rows;
  const exit = o.exitFee ?? 0;
  const rows: Json[] = [];
  for (let m = 1; m <= H; m++) {
    const bm = b[m - 1];
    const exitFee = m === S ? exit : 0;
    if (m < S) {
      const vm = v[m - 1];
      rows.push({
        ...vm,
        buildSpend: bm.buildSpend,
        run: 0,
        exitFee,
        total: bm.buildSpend + vm.total,
      });
    } else {
      rows.push({
        month: m,
        contacts: bm.contacts,
        trueOutcomes: bm.trueOutcomes,
        vendorCountedOutcomes: bm.trueOutcomes,
        buildSpend: bm.buildSpend,
        run: bm.run,
        residual: bm.residual,
        usage: 0,
        platform: 0,
        trueUp: 0,
        prepayment: 0,
        exitFee,
        vendorCharges: exitFee,
        total: bm.buildSpend + bm.run + bm.residual + exitFee,
      });
    }
  }
  return rows;
}

const NOT_A_VENDOR = {
  driftDiscount: null,
  saturatedFromMonth: null,
  overcountCost: null,
  overcountNpv: null,
  priceToAsk: null,
};

// The overcount figures of a vendor option, read literally from DOMAIN.md: the count at k0, the
// first saturated month, the same bid with an exact count, the price on the vendor's count.
function overcountOf(s: Json, o: Json, rows: Json[], total: number, npv: number) {
  const c = o.charges;
  const k0 = o.overcount?.initialRatio ?? 1;
  const D = o.overcount?.driftAnnual ?? 0;
  const counted = rows.reduce((a, r) => a + r.vendorCountedOutcomes, 0);
  const trueCount = rows.reduce((a, r) => a + r.trueOutcomes, 0);
  const atK0 = rows.reduce(
    (a, r) =>
      a + Math.min(r.month > (o.onboardingMonths ?? 0) ? r.contacts : 0, r.trueOutcomes * k0),
    0,
  );
  const saturated = rows.find(
    (r) =>
      r.month > (o.onboardingMonths ?? 0) &&
      r.trueOutcomes < r.contacts &&
      r.trueOutcomes * k0 * f(D, r.month) >= r.contacts,
  );
  const exact =
    k0 === 1 && D === 0
      ? null
      : oracle({ ...s, options: [{ ...o, overcount: { initialRatio: 1, driftAnnual: 0 } }] })
          .options[0];
  const flatPrice = !c.tiers && !c.package && !c.classes;
  return {
    driftDiscount: c.unit === 'outcome' && D > 0 && counted > 0 ? 1 - atK0 / counted : null,
    saturatedFromMonth: saturated ? saturated.month : null,
    overcountCost: exact ? total - exact.totalCost : 0,
    overcountNpv: exact ? npv - exact.npv : 0,
    priceToAsk:
      c.unit === 'outcome' && flatPrice && counted > 0
        ? ((c.price ?? 0) * trueCount) / counted
        : null,
  };
}

export function oracle(s: Json): { options: OracleOption[]; statusQuo: number } {
  const H = s.horizonMonths ?? 36;
  const G = s.demand.growthAnnual ?? 0;
  const W = s.wageInflationAnnual ?? 0;
  const contacts = (m: number) =>
    s.demand.contactsByMonth
      ? s.demand.contactsByMonth[m - 1]
      : s.demand.contactsPerMonth * f(G, m);
  const h = (m: number) => s.humanCostPerContact * f(W, m);
  const i = Math.pow(1 + (s.discountRateAnnual ?? 0), 1 / 12) - 1;
  let statusQuo = 0;
  for (let m = 1; m <= H; m++) statusQuo += contacts(m) * h(m);

  const options = (s.options as Json[]).map((o): OracleOption => {
    if (o.kind === 'switch') {
      const build = s.options.find((x: Json) => x.name === o.build);
      const S = o.switchMonth ?? Math.min(build.buildMonths + 1, H + 1);
      const rows = switchRows(s, o, S);
      let best = { month: 0, npv: Infinity };
      for (let t = 1; t <= H + 1; t++) {
        const value = npvOf(switchRows(s, o, t), i);
        if (value < best.npv) best = { month: t, npv: value };
      }
      return {
        name: o.name,
        totalCost: rows.reduce((a, r) => a + r.total, 0),
        npv: npvOf(rows, i),
        trueOutcomes: rows.reduce((a, r) => a + r.trueOutcomes, 0),
        vendorCountedOutcomes: rows.reduce((a, r) => a + r.vendorCountedOutcomes, 0),
        effectivePricePerOutcome: null,
        ...NOT_A_VENDOR,
        rows,
        switchMonth: S,
        bestSwitchMonth: best.month,
        bestSwitchNpv: best.npv,
      };
    }
    const rows: Json[] = [];
    const chargeable: number[] = [];
    for (let m = 1; m <= H; m++) {
      const C = contacts(m);
      if (o.kind === 'status-quo') {
        rows.push({
          month: m,
          contacts: C,
          trueOutcomes: 0,
          vendorCountedOutcomes: 0,
          vendorCharges: 0,
          total: C * h(m),
        });
      } else if (o.kind === 'build') {
        const B = o.buildMonths;
        const live = m > B;
        const O = live ? o.resolutionRate * C : 0;
        const buildSpend = B === 0 ? (m === 1 ? o.buildCost : 0) : m <= B ? o.buildCost / B : 0;
        const run = live
          ? (o.runFixedMonthly + o.marginalPerContact * C) * f(o.costEscalatorAnnual ?? 0, m)
          : 0;
        const residual = (C - O) * h(m);
        rows.push({
          month: m,
          contacts: C,
          trueOutcomes: O,
          vendorCountedOutcomes: O,
          buildSpend,
          run,
          residual,
          vendorCharges: 0,
          total: buildSpend + run + residual,
        });
      } else {
        const c = o.charges;
        const live = m > (o.onboardingMonths ?? 0);
        const r = o.resolutionRate;
        const O = live ? r * C : 0;
        const k = (o.overcount?.initialRatio ?? 1) * f(o.overcount?.driftAnnual ?? 0, m);
        const Ov = Math.min(live ? C : 0, O * k);
        const upc = c.unitsPerContact ?? 1;
        const U =
          c.unit === 'outcome'
            ? Ov
            : c.unit === 'contact' || c.unit === 'action'
              ? live
                ? C * upc
                : 0
              : c.unit === 'token'
                ? live
                  ? (C * upc) / 1e6
                  : 0
                : c.unit === 'seat'
                  ? c.seats
                  : 0;
        const Q = Math.max(0, U - (c.includedUnitsPerMonth ?? 0));
        chargeable.push(Q);
        const e = Math.pow(1 + (c.escalatorAnnual ?? 0), year(m) - 1);
        let P: number;
        if (c.classes) P = Q * classPrice(c, m);
        else if (c.tierBasis === 'year-to-date') {
          let before = 0;
          for (let j = 1; j < m; j++) if (year(j) === year(m)) before += chargeable[j - 1];
          P = price(before + Q, c) - price(before, c);
        } else P = price(Q, c);
        const u = P * e * phase(c, m);
        const sla = c.sla && live && r < c.sla.guaranteedResolutionRate ? c.sla.creditRate * u : 0;
        let usage = u - sla;
        if (c.priceLock && m <= c.priceLock.months)
          usage = Math.min(usage, c.priceLock.monthlyCeiling);
        if (c.annualCap !== undefined) {
          const before = rows
            .filter((row) => year(row.month) === year(m))
            .reduce((a, row) => a + row.usage, 0);
          usage = Math.min(usage, c.annualCap - before);
        }
        const platform = (c.platformFeeMonthly ?? 0) * e;
        const oneTime = m === 1 ? (c.oneTimeFee ?? 0) : 0;
        const residual = (C - O) * h(m);
        // the contract's baseline per contact: its own grown with wages, else the human cost
        const b =
          c.gainShare?.baselinePerContact === undefined
            ? h(m)
            : c.gainShare.baselinePerContact * f(W, m);
        const gainShare = c.gainShare
          ? c.gainShare.share * Math.max(0, C * b - (usage + platform + residual))
          : 0;
        rows.push({
          month: m,
          contacts: C,
          trueOutcomes: O,
          vendorCountedOutcomes: Ov,
          billedUnits: U,
          usage,
          slaCredit: sla,
          platform,
          oneTime,
          residual,
          gainShare,
          trueUp: 0,
          prepayment: 0,
          prepaidDrawn: 0,
          prepaidExpired: 0,
          exitFee: 0,
        });
      }
    }
    if (o.kind === 'vendor') {
      const c = o.charges;
      if (c.annualCommit !== undefined) {
        for (const row of rows) {
          const m = row.month;
          if (m % 12 !== 0 && m !== H) continue;
          const inYear = rows.filter((x) => year(x.month) === year(m));
          const spent = inYear.reduce((a, x) => a + x.usage + x.platform, 0);
          row.trueUp = Math.max(0, (c.annualCommit * inYear.length) / 12 - spent);
        }
      }
      if (c.prepaid) applyPrepaid(rows, c.prepaid, H);
      for (const row of rows) {
        const overage = row.usage - row.prepaidDrawn;
        row.vendorCharges =
          row.prepayment + overage + row.platform + row.oneTime + row.gainShare + row.trueUp;
        row.total = row.vendorCharges + row.residual + (o.oversightMonthly ?? 0);
      }
    }
    const total = rows.reduce((a, r) => a + r.total, 0);
    const O = rows.reduce((a, r) => a + r.trueOutcomes, 0);
    const npv = npvOf(rows, i);
    return {
      name: o.name,
      totalCost: total,
      npv,
      ...(o.kind === 'vendor' ? overcountOf(s, o, rows, total, npv) : NOT_A_VENDOR),
      trueOutcomes: O,
      vendorCountedOutcomes: rows.reduce((a, r) => a + r.vendorCountedOutcomes, 0),
      effectivePricePerOutcome: finiteOrNull(
        o.kind === 'vendor' && O > 0 ? rows.reduce((a, r) => a + r.vendorCharges, 0) / O : null,
      ),
      rows,
    };
  });
  return { options, statusQuo };
}

/**
 * DOMAIN.md "breakeven after the horizon", read literally: when the build never breaks even
 * against the vendor within H, both run over 240 months and the first month after H at which
 * the cumulative build total is at most the vendor's; null otherwise.
 */
export function oracleBreakevenAfterHorizon(s: Json, build: string, vendor: string): number | null {
  const H = s.horizonMonths ?? 36;
  const cumulative = (scenario: Json, name: string) => {
    const rows = oracle(scenario).options.find((o) => o.name === name)!.rows;
    let sum = 0;
    return rows.map((r) => (sum += r.total));
  };
  const b = cumulative(s, build);
  const v = cumulative(s, vendor);
  if (b.some((x, m) => x <= v[m])) return null;
  const series = s.demand.contactsByMonth;
  if (H >= 240 || (series && series.length < 240)) return null;
  const long = { ...s, horizonMonths: 240 };
  const b240 = cumulative(long, build);
  const v240 = cumulative(long, vendor);
  for (let m = H + 1; m <= 240; m++) if (b240[m - 1] <= v240[m - 1]) return m;
  return null;
}
