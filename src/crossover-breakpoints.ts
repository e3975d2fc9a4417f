import { baselineMonth, residualCost } from './demand';
import { gainShareSavings } from './gain-share';
import {
  BILLS_OUTCOMES,
  BILLS_PER_CONTACT,
  BILLS_TOKENS,
  PRICED_BY_GRADUATED_TIERS,
  PRICED_BY_PACKAGE,
  PRICED_BY_VOLUME_TIERS,
  PRICED_BY_YEAR_TO_DATE_TIERS,
  vendorTerms,
  type VendorTerms,
} from './pricing/terms';
import { steadyYearRecord, steadyYearTotal } from './steady-year';
import type { VendorOption } from './scenario/schema';

// Where a vendor's steady-state year (DOMAIN.md, crossover) kinks or steps as the volume V grows.
// Between two of these volumes the year is linear in V (so is the build's), which makes the
// crossover search exact: see crossingsOnLinearPieces in crossover.ts.
//   - chargeable units Q = max(0, U - included): a kink where U reaches the allowance;
//   - P(Q): graduated and volume tier bounds (kinks, and steps for flat fees and volume pricing),
//     package edges (steps); with year-to-date tiers month j prices P(jQ) - P((j - 1)Q), so
//     every bound b is reached at Q = b / j, j = 1..12; outcome classes at the month-1 mix, the
//     SLA credit and the overcount k0 are linear; phases and the price lock are not in the year;
//   - the annual cap binds from the volume where the year's owed usage reaches it, and with a
//     gain-share (which reads each month's charged usage) from where the first j months' usage
//     does, j = 1..12;
//   - the commitment's true-up ends where usage + platform reaches the commitment; prepaid
//     overage starts where usage reaches the prepayment;
//   - the gain-share fee starts or stops where a month's savings cross 0.

/** Package boundaries beyond this many are thinned evenly (the search then checks every piece). */
const MAX_PACKAGE_BREAKPOINTS = 2000;
const MONTHS = 12;

/** Billed units per contact a month at steady state, or null when they do not grow with volume. */
function unitsPerContact(t: VendorTerms): number | null {
  switch (t.bills) {
    case BILLS_OUTCOMES:
      return Math.min(1, t.resolutionRate * t.initialRatio);
    case BILLS_PER_CONTACT:
      return t.unitsPerContact;
    case BILLS_TOKENS:
      return t.unitsPerContact / 1_000_000;
    default:
      return null;
  }
}

/** Volumes where the chargeable units or their price kink or step: the allowance, tiers, packages. */
function unitKinks(t: VendorTerms, maxVolume: number, out: number[]): void {
  const perContact = unitsPerContact(t);
  if (perContact === null || !(perContact > 0)) return;
  const included = t.includedUnitsPerMonth;
  const maxUnits = perContact * maxVolume - included;
  const at = (units: number) => {
    if (units < maxUnits) out.push((units + included) / perContact);
  };
  if (included > 0) at(0);
  const { tiers } = t;
  switch (t.pricedBy) {
    case PRICED_BY_GRADUATED_TIERS:
    case PRICED_BY_VOLUME_TIERS:
      for (const tier of tiers) if (tier.upTo !== null) at(tier.upTo);
      return;
    case PRICED_BY_YEAR_TO_DATE_TIERS:
      for (let j = 1; j <= MONTHS; j++)
        for (const tier of tiers) if (tier.upTo !== null) at(tier.upTo / j);
      return;
    case PRICED_BY_PACKAGE: {
      const size = t.packageSize;
      const count = Math.floor(maxUnits / size);
      if (!Number.isFinite(count)) return;
      const stride = Math.max(1, Math.ceil(count / MAX_PACKAGE_BREAKPOINTS));
      for (let j = 1; j * stride <= count && j <= MAX_PACKAGE_BREAKPOINTS; j++)
        at(j * stride * size);
      return;
    }
  }
}

/** Sorts numbers in place, ascending: by insertion for the few kinks of most bids. */
function sortAscending(values: number[]): void {
  if (values.length > 32) {
    values.sort((a, b) => a - b);
    return;
  }
  for (let i = 1; i < values.length; i++) {
    const v = values[i];
    let j = i - 1;
    for (; j >= 0 && values[j] > v; j--) values[j + 1] = values[j];
    values[j + 1] = v;
  }
}

/** 0, the volumes strictly inside (0, maxVolume) in ascending order without repeats, maxVolume. */
function bounds(volumes: number[], maxVolume: number): number[] {
  sortAscending(volumes);
  const out = [0];
  for (const v of volumes) if (v > out[out.length - 1] && v < maxVolume) out.push(v);
  out.push(maxVolume);
  return out;
}

/**
 * Where each of several functions of V, linear between consecutive bounds, reaches its level:
 * each is read at two points inside every piece and the line through them solved.
 */
function levelCrossings(
  pieceBounds: readonly number[],
  valuesAt: (volume: number, values: number[]) => void,
  levels: readonly number[],
  out: number[],
): void {
  const atQ = new Array<number>(levels.length).fill(0);
  const atE = new Array<number>(levels.length).fill(0);
  for (let p = 1; p < pieceBounds.length; p++) {
    const a = pieceBounds[p - 1];
    const b = pieceBounds[p];
    const q = a + (b - a) / 4;
    const e = b - (b - a) / 4;
    valuesAt(q, atQ);
    valuesAt(e, atE);
    for (let k = 0; k < levels.length; k++) {
      const slope = (atE[k] - atQ[k]) / (e - q);
      if (!(slope !== 0) || !Number.isFinite(levels[k])) continue;
      const root = q + (levels[k] - atQ[k]) / slope;
      if (root > a && root < b) out.push(root);
    }
  }
}

/**
 * Volumes in (0, maxVolume), ascending, where a vendor's steady-state year can kink or step
 * (every one, so the year is linear between them; package edges beyond 2,000 are thinned).
 */
export function vendorBreakpoints(
  vendor: VendorOption,
  maxVolume: number,
  humanCostPerContact: number,
): number[] {
  return steadyYearKinks(vendorTerms(vendor), maxVolume, humanCostPerContact);
}

/**
 * Whether steadyYearKinks gives every kink below maxVolume: not when package edges are thinned.
 */
export function kinksComplete(t: VendorTerms, maxVolume: number): boolean {
  if (t.pricedBy !== PRICED_BY_PACKAGE) return true;
  const perContact = unitsPerContact(t);
  if (perContact === null || !(perContact > 0)) return true;
  const maxUnits = perContact * maxVolume - t.includedUnitsPerMonth;
  return maxUnits / t.packageSize <= MAX_PACKAGE_BREAKPOINTS;
}

// one record for every search (each small typed array allocated costs microseconds); a search
// runs to its end before another starts
const scratchRecord = steadyYearRecord();

/** vendorBreakpoints from terms already read. */
export function steadyYearKinks(
  t: VendorTerms,
  maxVolume: number,
  humanCostPerContact: number,
): number[] {
  const h = humanCostPerContact;
  const kinks: number[] = [];
  unitKinks(t, maxVolume, kinks);
  if (!t.hasCap && !t.hasCommit && !t.prepaid && !t.hasGainShare)
    return bounds(kinks, maxVolume).slice(1, -1);
  const record = scratchRecord;

  if (t.hasCap) {
    // the first j months' owed usage reaching the cap; only the year's without a gain-share
    const from = t.hasGainShare ? 1 : MONTHS;
    const levels = new Array<number>(MONTHS - from + 1).fill(t.annualCap);
    levelCrossings(
      bounds(kinks, maxVolume),
      (v, values) => {
        steadyYearTotal(t, v, h, record);
        let owed = 0;
        for (let j = 0; j < MONTHS; j++) {
          owed += record.owed[j];
          if (j + 1 >= from) values[j + 1 - from] = owed;
        }
      },
      levels,
      kinks,
    );
  }

  if (t.hasCommit || t.prepaid || t.hasGainShare) {
    const levels = [
      t.hasCommit ? t.annualCommit - MONTHS * t.platformFeeMonthly : NaN,
      t.prepaid ? t.prepaidAmount : NaN,
    ];
    // each month's savings; the months are alike without a cap or year-to-date tiers
    const savingsMonths = !t.hasGainShare
      ? 0
      : t.hasCap || t.pricedBy === PRICED_BY_YEAR_TO_DATE_TIERS
        ? MONTHS
        : 1;
    for (let j = 0; j < savingsMonths; j++) levels.push(0);
    const yearKinks: number[] = [];
    levelCrossings(
      bounds(kinks, maxVolume),
      (v, values) => {
        steadyYearTotal(t, v, h, record);
        values[0] = record.charged;
        values[1] = record.charged;
        if (savingsMonths === 0) return;
        const baseline = baselineMonth(v, h);
        const residual = residualCost(v, t.resolutionRate * v, h);
        for (let j = 0; j < savingsMonths; j++) {
          values[2 + j] = gainShareSavings(
            baseline,
            record.usage[j] + t.platformFeeMonthly + residual,
          );
        }
      },
      levels,
      yearKinks,
    );
    kinks.push(...yearKinks);
  }
  return bounds(kinks, maxVolume).slice(1, -1);
}
