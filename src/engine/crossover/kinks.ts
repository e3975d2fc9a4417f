import { baselineMonth, residualCost } from '../demand';
import { gainShareSavings } from '../gain-share';
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
} from '../pricing/terms';
import { steadyMonthOwed, steadyYearRecord, steadyYearTotal } from './steady-year';
import type { VendorOption } from '../model';

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

/**
 * Volumes where the chargeable units or their price kink or step (the allowance, tiers, packages),
 * written at out[count..]; returns the new count.
 */
function unitKinks(t: VendorTerms, maxVolume: number, out: number[], count: number): number {
  const perContact = unitsPerContact(t);
  if (perContact === null || !(perContact > 0)) return count;
  const included = t.includedUnitsPerMonth;
  const maxUnits = perContact * maxVolume - included;
  // the unit counts where a kink or step lies, then the volumes at which the chargeable units
  // reach those below the limit
  let n = count;
  if (included > 0) out[n++] = 0;
  const { tiers } = t;
  switch (t.pricedBy) {
    case PRICED_BY_GRADUATED_TIERS:
    case PRICED_BY_VOLUME_TIERS:
      for (const tier of tiers) if (tier.upTo !== null) out[n++] = tier.upTo;
      break;
    case PRICED_BY_YEAR_TO_DATE_TIERS:
      for (let j = 1; j <= MONTHS; j++)
        for (const tier of tiers) if (tier.upTo !== null) out[n++] = tier.upTo / j;
      break;
    case PRICED_BY_PACKAGE: {
      const size = t.packageSize;
      const packages = Math.floor(maxUnits / size);
      if (!Number.isFinite(packages)) break;
      const stride = Math.max(1, Math.ceil(packages / MAX_PACKAGE_BREAKPOINTS));
      for (let j = 1; j * stride <= packages && j <= MAX_PACKAGE_BREAKPOINTS; j++)
        out[n++] = j * stride * size;
      break;
    }
  }
  let kept = count;
  for (let i = count; i < n; i++) {
    const units = out[i];
    if (units < maxUnits) out[kept++] = (units + included) / perContact;
  }
  return kept;
}

/**
 * Sorts values[0..count) ascending and keeps, in place, those strictly inside (0, maxVolume)
 * without repeats; returns how many are kept.
 */
function compactInside(values: number[], count: number, maxVolume: number): number {
  if (count > 32) {
    const sorted = values.slice(0, count).sort((a, b) => a - b);
    for (let i = 0; i < count; i++) values[i] = sorted[i];
  } else {
    // by insertion for the few kinks of most bids
    for (let i = 1; i < count; i++) {
      const v = values[i];
      let j = i - 1;
      for (; j >= 0 && values[j] > v; j--) values[j + 1] = values[j];
      values[j + 1] = v;
    }
  }
  let kept = 0;
  let last = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (v > last && v < maxVolume) values[kept++] = last = v;
  }
  return kept;
}

/**
 * Where a function of V, linear on the piece (a, b), reaches `level`, given its values vq and ve
 * at q and e inside the piece: written at out[n] when inside the piece; returns the new count.
 */
function levelRoot(
  out: number[],
  n: number,
  a: number,
  b: number,
  q: number,
  e: number,
  vq: number,
  ve: number,
  level: number,
): number {
  const slope = (ve - vq) / (e - q);
  if (!(slope !== 0) || !Number.isFinite(level)) return n;
  const root = q + (level - vq) / slope;
  if (root > a && root < b) out[n++] = root;
  return n;
}

/**
 * Where each of several functions of V, linear between consecutive kinks (kinks[0..count), then
 * maxVolume), reaches its level: each is read at two points inside every piece and the line
 * through them solved; the roots are written at out[n..]. Returns the new count.
 */
function levelCrossings(
  kinks: readonly number[],
  count: number,
  maxVolume: number,
  valuesAt: (volume: number, values: number[]) => void,
  levels: readonly number[],
  out: number[],
  n: number,
): number {
  const atQ = new Array<number>(levels.length).fill(0);
  const atE = new Array<number>(levels.length).fill(0);
  let a = 0;
  for (let p = 0; p <= count; p++) {
    const b = p < count ? kinks[p] : maxVolume;
    const q = a + (b - a) / 4;
    const e = b - (b - a) / 4;
    valuesAt(q, atQ);
    valuesAt(e, atE);
    for (let k = 0; k < levels.length; k++)
      n = levelRoot(out, n, a, b, q, e, atQ[k], atE[k], levels[k]);
    a = b;
  }
  return n;
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

/** vendorBreakpoints from terms already read. */
export function steadyYearKinks(
  t: VendorTerms,
  maxVolume: number,
  humanCostPerContact: number,
): number[] {
  const kinks: number[] = [];
  kinks.length = steadyYearKinksInto(t, maxVolume, humanCostPerContact, kinks);
  return kinks;
}

/**
 * steadyYearKinks written into out[0..count) (out may be longer: a buffer reused from search to
 * search); returns count.
 */
export function steadyYearKinksInto(
  t: VendorTerms,
  maxVolume: number,
  humanCostPerContact: number,
  out: number[],
): number {
  const count = compactInside(out, unitKinks(t, maxVolume, out, 0), maxVolume);
  if (!t.hasCap && !t.hasCommit && !t.prepaid && !t.hasGainShare) return count;
  // the months are alike without year-to-date tiers; with a cap and a gain-share each month's
  // savings read its own charged usage, month by month
  const n =
    t.pricedBy !== PRICED_BY_YEAR_TO_DATE_TIERS && !(t.hasCap && t.hasGainShare)
      ? alikeMonthLevels(t, maxVolume, humanCostPerContact, out, count)
      : monthByMonthLevels(t, maxVolume, humanCostPerContact, out, count);
  return compactInside(out, n, maxVolume);
}

/**
 * Writes where the year's usage or a month's savings reach their levels at kinks[count..], the
 * unit kinks being kinks[0..count); returns the new count.
 */
type LevelKinks = (
  t: VendorTerms,
  maxVolume: number,
  humanCostPerContact: number,
  kinks: number[],
  count: number,
) => number;

/**
 * The level crossings when the 12 months are alike, each owing the usage owed(V) (linear between
 * the unit kinks kinks[0..count)): the year's usage 12 owed reaches the cap, the commitment less
 * the platform fees or the prepayment (below the cap: the capped usage stays at the cap), and a
 * month's savings cross 0 (no cap here). The roots are written at kinks[count..]; returns the new
 * count.
 */
const alikeMonthLevels: LevelKinks = (t, maxVolume, h, kinks, count) => {
  const commit = t.hasCommit ? belowCap(t, t.annualCommit - MONTHS * t.platformFeeMonthly) : NaN;
  const prepaid = t.prepaid ? belowCap(t, t.prepaidAmount) : NaN;
  const capped = t.hasCap ? t.annualCap : NaN;
  let n = count;
  let a = 0;
  for (let p = 0; p <= count; p++) {
    const b = p < count ? kinks[p] : maxVolume;
    const q = a + (b - a) / 4;
    const e = b - (b - a) / 4;
    const owedQ = steadyMonthOwed(t, q);
    const owedE = steadyMonthOwed(t, e);
    const yearQ = MONTHS * owedQ;
    const yearE = MONTHS * owedE;
    n = levelRoot(kinks, n, a, b, q, e, yearQ, yearE, capped);
    n = levelRoot(kinks, n, a, b, q, e, yearQ, yearE, commit);
    n = levelRoot(kinks, n, a, b, q, e, yearQ, yearE, prepaid);
    if (t.hasGainShare)
      n = levelRoot(kinks, n, a, b, q, e, savings(t, q, h, owedQ), savings(t, e, h, owedE), 0);
    a = b;
  }
  return n;
};

/** A level of the year's usage, or NaN when a cap keeps the usage below it (it is never reached). */
function belowCap(t: VendorTerms, level: number): number {
  return t.hasCap && !(level < t.annualCap) ? NaN : level;
}

/** A steady month's savings against people (the gain-share's base) on the usage it is charged. */
function savings(t: VendorTerms, V: number, h: number, usage: number): number {
  return gainShareSavings(
    baselineMonth(V, h),
    usage + t.platformFeeMonthly + residualCost(V, t.resolutionRate * V, h),
  );
}

// one record for the month-by-month reads (each small typed array allocated costs microseconds);
// a search runs to its end before another starts
const scratchRecord = steadyYearRecord();

/**
 * The level crossings read month by month off the steady-state year's record (year-to-date
 * tiers, or a cap with a gain-share): the first j months' owed usage reaching the cap, then on
 * the pieces those make, the year's usage reaching the commitment or prepayment and each month's
 * savings crossing 0. The roots are written at kinks[count..]; returns the new count.
 */
const monthByMonthLevels: LevelKinks = (t, maxVolume, h, kinks, count) => {
  const record = scratchRecord;
  let n = count;
  if (t.hasCap) {
    // the first j months' owed usage reaching the cap; only the year's without a gain-share
    const from = t.hasGainShare ? 1 : MONTHS;
    const levels = new Array<number>(MONTHS - from + 1).fill(t.annualCap);
    n = levelCrossings(
      kinks,
      count,
      maxVolume,
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
      n,
    );
  }
  if (!t.hasCommit && !t.prepaid && !t.hasGainShare) return n;
  const pieces = compactInside(kinks, n, maxVolume);
  const levels = [
    t.hasCommit ? t.annualCommit - MONTHS * t.platformFeeMonthly : NaN,
    t.prepaid ? t.prepaidAmount : NaN,
  ];
  // each month's savings
  const savingsMonths = t.hasGainShare ? MONTHS : 0;
  for (let j = 0; j < savingsMonths; j++) levels.push(0);
  return levelCrossings(
    kinks,
    pieces,
    maxVolume,
    (v, values) => {
      steadyYearTotal(t, v, h, record);
      values[0] = record.charged;
      values[1] = record.charged;
      for (let j = 0; j < savingsMonths; j++) values[2 + j] = savings(t, v, h, record.usage[j]);
    },
    levels,
    kinks,
    pieces,
  );
};
