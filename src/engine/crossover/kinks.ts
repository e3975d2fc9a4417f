import {
  BILLS_OUTCOMES,
  BILLS_PER_CONTACT,
  BILLS_TOKENS,
  PRICED_BY_GRADUATED_TIERS,
  PRICED_BY_PACKAGE,
  PRICED_BY_VOLUME_TIERS,
  PRICED_BY_YEAR_TO_DATE_TIERS,
  type VendorTerms,
} from '../pricing/terms';
import { steadyYearRecord, steadyYearTotal, type SteadyYearRecord } from './steady-year';

// Where a vendor's steady-state year (DOMAIN.md, crossover) kinks or steps as the volume V grows.
// Between two of these volumes the year is linear in V (so is the build's), which makes the
// crossover search exact: see linear-pieces.ts. A part of the crossover search (crossover.ts).
//   - chargeable units Q = max(0, U - included): a kink where U reaches the allowance;
//   - P(Q): graduated and volume tier bounds (kinks, and steps for flat fees and volume pricing),
//     package edges (steps); with year-to-date tiers month j prices P(jQ) - P((j - 1)Q), so
//     every bound b is reached at Q = b / j, j = 1..12; outcome classes at the month-1 mix, the
//     SLA credit and the overcount k0 are linear; phases and the price lock are not in the year;
//   - the annual cap binds from the volume where the year's owed usage reaches it, and with a
//     gain-share (which reads each month's charged usage) from where the first j months' usage
//     does, j = 1..12;
//   - the commitment's true-up ends where the spend it counts reaches the commitment; prepaid
//     overage starts where usage reaches the prepayment;
//   - the gain-share fee starts or stops where a month's savings cross 0.
// The levels are read off the steady-state year's own lines (its record), so the kinks follow the
// rules as the year applies them.

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

/** The unit counts where the price of the chargeable units kinks or steps (tiers, packages). */
function priceKinkUnits(t: VendorTerms, maxUnits: number): number[] {
  const units: number[] = [];
  const bounds = t.tierTable.uppers;
  switch (t.pricedBy) {
    case PRICED_BY_GRADUATED_TIERS:
    case PRICED_BY_VOLUME_TIERS:
      for (const bound of bounds) if (bound !== Infinity) units.push(bound);
      break;
    case PRICED_BY_YEAR_TO_DATE_TIERS:
      for (let j = 1; j <= MONTHS; j++)
        for (const bound of bounds) if (bound !== Infinity) units.push(bound / j);
      break;
    case PRICED_BY_PACKAGE: {
      const size = t.packageSize;
      const packages = Math.floor(maxUnits / size);
      if (!Number.isFinite(packages)) break;
      const stride = Math.max(1, Math.ceil(packages / MAX_PACKAGE_BREAKPOINTS));
      for (let j = 1; j * stride <= packages && j <= MAX_PACKAGE_BREAKPOINTS; j++)
        units.push(j * stride * size);
      break;
    }
  }
  return units;
}

/** Volumes where the chargeable units or their price kink or step (the allowance, tiers, packages). */
function unitKinks(t: VendorTerms, maxVolume: number): number[] {
  const perContact = unitsPerContact(t);
  if (perContact === null || !(perContact > 0)) return [];
  const included = t.includedUnitsPerMonth;
  const maxUnits = perContact * maxVolume - included;
  // (0 chargeable units: where the billed units pass the allowance)
  const units = included > 0 ? [0, ...priceKinkUnits(t, maxUnits)] : priceKinkUnits(t, maxUnits);
  const volumes: number[] = [];
  for (const u of units) if (u < maxUnits) volumes.push((u + included) / perContact);
  return volumes;
}

/** The values strictly inside (0, maxVolume), ascending, without repeats. */
function inside(values: readonly number[], maxVolume: number): number[] {
  const sorted = values.slice();
  if (sorted.length > 32) sorted.sort((a, b) => a - b);
  else
    for (let i = 1; i < sorted.length; i++) {
      // by insertion for the few kinks of most bids
      const v = sorted[i];
      let j = i - 1;
      for (; j >= 0 && sorted[j] > v; j--) sorted[j + 1] = sorted[j];
      sorted[j + 1] = v;
    }
  const kept: number[] = [];
  let last = 0;
  for (const v of sorted) if (v > last && v < maxVolume) kept.push((last = v));
  return kept;
}

/**
 * Where each of several functions of V, linear between consecutive kinks (then maxVolume),
 * reaches its level: each is read at two points inside every piece and the line through them
 * solved. Returns the roots inside the pieces.
 */
function levelCrossings(
  kinks: readonly number[],
  maxVolume: number,
  valuesAt: (volume: number, values: number[]) => void,
  levels: readonly number[],
): number[] {
  const roots: number[] = [];
  const atQ = levels.slice();
  const atE = levels.slice();
  let a = 0;
  for (let p = 0; p <= kinks.length; p++) {
    const b = p < kinks.length ? kinks[p] : maxVolume;
    const q = a + (b - a) / 4;
    const e = b - (b - a) / 4;
    valuesAt(q, atQ);
    valuesAt(e, atE);
    for (let k = 0; k < levels.length; k++) {
      const slope = (atE[k] - atQ[k]) / (e - q);
      if (!(slope !== 0) || !Number.isFinite(levels[k])) continue;
      const root = q + (levels[k] - atQ[k]) / slope;
      if (root > a && root < b) roots.push(root);
    }
    a = b;
  }
  return roots;
}

/**
 * The level crossings, read off the steady-state year's record on the pieces the unit kinks make:
 * the first j months' owed usage reaching the cap (only the year's without a gain-share), then on
 * the pieces those make, the spend counted toward the commitment reaching it, the usage charged
 * reaching the prepayment and each month's savings crossing 0.
 */
function levelKinks(
  t: VendorTerms,
  maxVolume: number,
  humanCostPerContact: number,
  unitPieces: number[],
): number[] {
  const record: SteadyYearRecord = steadyYearRecord();
  const read = (v: number) => steadyYearTotal(t, v, humanCostPerContact, record);
  let kinks = unitPieces;
  if (t.hasCap) {
    const from = t.hasGainShare ? 1 : MONTHS;
    const levels = new Array<number>(MONTHS - from + 1).fill(t.annualCap);
    const capRoots = levelCrossings(
      kinks,
      maxVolume,
      (v, values) => {
        read(v);
        let owed = 0;
        for (let j = 0; j < MONTHS; j++) {
          owed += record.owed[j];
          if (j + 1 >= from) values[j + 1 - from] = owed;
        }
      },
      levels,
    );
    kinks = inside(kinks.concat(capRoots), maxVolume);
  }
  if (!t.hasCommit && !t.prepaid && !t.hasGainShare) return kinks;
  // each month's savings (one month's when the months are alike: neither a cap nor year-to-date tiers)
  const alikeMonths = !t.hasCap && t.pricedBy !== PRICED_BY_YEAR_TO_DATE_TIERS;
  const savingsMonths = t.hasGainShare ? (alikeMonths ? 1 : MONTHS) : 0;
  const levels = [t.hasCommit ? t.annualCommit : NaN, t.prepaid ? t.prepaidAmount : NaN];
  for (let j = 0; j < savingsMonths; j++) levels.push(0);
  const roots = levelCrossings(
    kinks,
    maxVolume,
    (v, values) => {
      read(v);
      values[0] = record.counted;
      values[1] = record.charged;
      for (let j = 0; j < savingsMonths; j++) values[2 + j] = record.savings[j];
    },
    levels,
  );
  return kinks.concat(roots);
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

/**
 * Volumes in (0, maxVolume), ascending, where a vendor's steady-state year can kink or step
 * (every one, so the year is linear between them; package edges beyond 2,000 are thinned).
 */
export function steadyYearKinks(
  t: VendorTerms,
  maxVolume: number,
  humanCostPerContact: number,
): number[] {
  const unitPieces = inside(unitKinks(t, maxVolume), maxVolume);
  if (!t.hasCap && !t.hasCommit && !t.prepaid && !t.hasGainShare) return unitPieces;
  return inside(levelKinks(t, maxVolume, humanCostPerContact, unitPieces), maxVolume);
}
