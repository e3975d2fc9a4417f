// An independent, deliberately naive reading of DOMAIN.md used only as a test oracle: rows of
// objects, Math.pow every time, caps and commitments recomputed by summing earlier months.
// It shares no code with src/ so that a mistake in one is not repeated in the other.

type Json = Record<string, any>;

export interface OracleOption {
  name: string;
  totalCost: number;
  npv: number;
  trueOutcomes: number;
  vendorCountedOutcomes: number;
  effectivePricePerOutcome: number | null;
  rows: Json[];
}

const f = (a: number, m: number) => Math.pow(1 + a, (m - 1) / 12);
const year = (m: number) => Math.ceil(m / 12);
// Crossover's documented choice: a price per outcome that is not finite is shown as null.
const finiteOrNull = (v: number | null) => (v !== null && Number.isFinite(v) ? v : null);

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
  if (c.package) return Math.ceil(Q / c.package.size) * c.package.price;
  return Q * (c.price ?? 0);
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

  const options = (s.options as Json[]).map((o) => {
    const rows: Json[] = [];
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
        const e = Math.pow(1 + (c.escalatorAnnual ?? 0), year(m) - 1);
        const u = price(Q, c) * e;
        const sla = c.sla && live && r < c.sla.guaranteedResolutionRate ? c.sla.creditRate * u : 0;
        let usage = u - sla;
        if (c.annualCap !== undefined) {
          const before = rows
            .filter((row) => year(row.month) === year(m))
            .reduce((a, row) => a + row.usage, 0);
          usage = Math.min(usage, c.annualCap - before);
        }
        const platform = (c.platformFeeMonthly ?? 0) * e;
        const oneTime = m === 1 ? (c.oneTimeFee ?? 0) : 0;
        const residual = (C - O) * h(m);
        const gainShare = c.gainShare
          ? c.gainShare.share * Math.max(0, C * h(m) - (usage + platform + residual))
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
      for (const row of rows) {
        row.vendorCharges = row.usage + row.platform + row.oneTime + row.gainShare + row.trueUp;
        row.total = row.vendorCharges + row.residual + (o.oversightMonthly ?? 0);
      }
    }
    const total = rows.reduce((a, r) => a + r.total, 0);
    const O = rows.reduce((a, r) => a + r.trueOutcomes, 0);
    return {
      name: o.name,
      totalCost: total,
      npv: rows.reduce((a, r) => a + r.total / Math.pow(1 + i, r.month), 0),
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
