import type { BuildOption, VendorOption } from '../model';
import { kinksComplete, steadyYearKinksInto } from './kinks';
import { vendorTerms, type VendorTerms } from '../pricing/terms';
import { buildSteadyYear, steadyYearTotal } from './steady-year';

/** The build's amortization for the crossover: its own, else the scenario horizon. */
export function amortizationMonthsOf(build: BuildOption, horizonMonths: number): number {
  return build.amortizationMonths ?? horizonMonths;
}

/** Where the crossover search stops: 100 x max(month-1 contacts, 1) contacts a month. */
export function crossoverSearchLimit(contactsInMonth1: number): number {
  return 100 * Math.max(contactsInMonth1, 1);
}

/** Closed form for a linear per-outcome price p, equal resolution rates, k0 = 1 and no fees. */
export function linearCrossover(
  price: number,
  resolutionRate: number,
  runFixedMonthly: number,
  marginalPerContact: number,
  buildCost = 0,
  amortizationMonths = 1,
): number | null {
  const marginSaved = price * resolutionRate - marginalPerContact;
  if (!(marginSaved > 0)) return null;
  return (runFixedMonthly + buildCost / amortizationMonths) / marginSaved;
}

/** The scan starts this many halvings below the search limit (2^-30, about 1e-9). */
const SCAN_HALVINGS = 30;
const RELATIVE_TOLERANCE = 1e-12;
/** Just above a breakpoint, where a step in price has taken effect (beyond the package tolerance). */
const ABOVE_BREAKPOINT = 1 + 1e-8;

/** Where the build starts to be cheaper, and where it stays cheaper up to the search limit. */
export interface Crossings {
  /** The smallest V > 0 at which build - vendor turns from positive to <= 0; 0, or null (DOMAIN.md). */
  crossover: number | null;
  /** The volume above which the build stays cheaper up to the limit; null when it is not cheaper there. */
  buildCheaperThroughout: number | null;
}

function samplePoints(maxVolume: number, breakpoints: readonly number[]): number[] {
  const points = [0];
  for (let j = SCAN_HALVINGS; j >= 0; j--) points.push(maxVolume / 2 ** j);
  for (const b of breakpoints) {
    if (b > 0 && b < maxVolume) points.push(b, Math.min(b * ABOVE_BREAKPOINT, maxVolume));
  }
  points.sort((a, b) => a - b);
  return points.filter((v, i) => i === 0 || v !== points[i - 1]);
}

/**
 * Both crossings of f(V) = build(V) - vendor(V) on [0, maxVolume]: samples 0, volumes doubling
 * up to maxVolume and each breakpoint (a volume where a step price steps, and just above it),
 * then narrows the first and the last bracket where f turns from positive to <= 0.
 */
export function findCrossings(
  difference: (volume: number) => number,
  maxVolume: number,
  breakpoints: readonly number[] = [],
): Crossings {
  const xs = samplePoints(maxVolume, breakpoints);
  const fs = xs.map(difference);
  const firstPositive = fs.findIndex((f) => f > 0);
  if (firstPositive === -1) return { crossover: 0, buildCheaperThroughout: 0 };
  const firstTurn = fs.findIndex((f, i) => i > firstPositive && !(f > 0));
  if (firstTurn === -1) return { crossover: null, buildCheaperThroughout: null };
  const crossover = narrow(
    difference,
    xs[firstTurn - 1],
    fs[firstTurn - 1],
    xs[firstTurn],
    fs[firstTurn],
  );
  const last = fs.length - 1;
  if (fs[last] > 0) return { crossover, buildCheaperThroughout: null };
  let lastPositive = last;
  while (!(fs[lastPositive] > 0)) lastPositive--;
  const buildCheaperThroughout =
    lastPositive === firstTurn - 1
      ? crossover
      : narrow(
          difference,
          xs[lastPositive],
          fs[lastPositive],
          xs[lastPositive + 1],
          fs[lastPositive + 1],
        );
  return { crossover, buildCheaperThroughout };
}

/**
 * The smallest V > 0 at which f(V) = build(V) - vendor(V) turns from positive to <= 0. Returns 0
 * when the build is cheaper at every volume sampled, null when it is never cheaper up to maxVolume.
 */
export function findCrossover(
  difference: (volume: number) => number,
  maxVolume: number,
  breakpoints: readonly number[] = [],
): number | null {
  return findCrossings(difference, maxVolume, breakpoints).crossover;
}

/**
 * Finds where f turns from > 0 to <= 0 inside [lo, hi] (f(lo) > 0 >= f(hi)) by the Illinois
 * variant of regula falsi, which is exact in one step on linear stretches, with bisection
 * steps to keep the bracket shrinking across kinks and jumps.
 */
function narrow(
  f: (v: number) => number,
  lo: number,
  fLo: number,
  hi: number,
  fHi: number,
): number {
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > RELATIVE_TOLERANCE * hi; i++) {
    const secant = lo + ((hi - lo) * fLo) / (fLo - fHi);
    const mid = i % 3 === 2 || !(secant > lo && secant < hi) ? (lo + hi) / 2 : secant;
    const fMid = f(mid);
    if (fMid > 0) {
      lo = mid;
      fLo = fMid;
      if (side === 1) fHi /= 2;
      side = 1;
    } else {
      hi = mid;
      fHi = fMid;
      if (fMid === 0) return mid;
      if (side === -1) fLo /= 2;
      side = -1;
    }
  }
  return hi;
}

// the kinks of the pair searched, reused from search to search (one search runs at a time)
const kinkBuffer: number[] = [];

/**
 * Both crossings of a build against a vendor by the steady-state year (DOMAIN.md, crossover).
 * `terms`: the vendor's terms when the caller has read them already.
 */
export function crossoverVolumes(
  build: BuildOption,
  vendor: VendorOption,
  humanCostPerContact: number,
  amortizationMonths: number,
  maxVolume: number,
  terms: VendorTerms = vendorTerms(vendor),
): Crossings {
  const buildYear = (v: number) =>
    buildSteadyYear(build, v, humanCostPerContact, amortizationMonths);
  const vendorYear = (v: number) => steadyYearTotal(terms, v, humanCostPerContact);
  const kinks = kinkBuffer;
  const count = steadyYearKinksInto(terms, maxVolume, humanCostPerContact, kinks);
  return (
    (kinksComplete(terms, maxVolume)
      ? crossingsOnLinearPieces(buildYear, vendorYear, maxVolume, kinks, count)
      : null) ??
    findCrossings((v) => buildYear(v) - vendorYear(v), maxVolume, kinks.slice(0, count))
  );
}

/** How far (relative to the two years' size) a piece's midpoint may lie off its line. */
const LINEARITY_TOLERANCE = 1e-9;
const POLISH_STEPS = 1;
/** Relative size (to the two years) of the rounding in a difference of the two. */
const ROUNDING = 1e-14;
/** Below this (relative to the piece's years) a value read off a piece's line is read directly. */
const AMBIGUOUS = 1e-12;

type Year = (volume: number) => number;

/**
 * A volume just inside (a, b], past a step at a: beyond the package count's tolerance of a
 * whole number (1e-9), yet far closer to a than the 1e-6 the crossover is found to.
 */
function justInside(a: number, b: number): number {
  return Math.min(a + (b - a) * 0.2, a + Math.max((b - a) * 1e-9, a * 4e-9));
}

/** build(V) - vendor(V), where a difference within the rounding of the two years is 0: a tie. */
function differenceAt(buildYear: Year, vendorYear: Year, v: number): number {
  const build = buildYear(v);
  const vendor = vendorYear(v);
  return Math.abs(build - vendor) <= ROUNDING * (Math.abs(build) + Math.abs(vendor))
    ? 0
    : build - vendor;
}

/**
 * Where f turns from positive at `kink` to <= 0 at `past` (just inside the next piece): bisection
 * keeping f(hi) <= 0, to a relative 1e-9; `past` itself when the turn lies within the package
 * tolerance of the kink (a step there, or no smooth root the two can tell apart).
 */
function turnPastKink(buildYear: Year, vendorYear: Year, kink: number, past: number): number {
  if (!(differenceAt(buildYear, vendorYear, kink) > 0)) return past;
  let lo = kink;
  let hi = past;
  for (let k = 0; k < 200 && hi - lo > 1e-9 * hi; k++) {
    const mid = (lo + hi) / 2;
    if (differenceAt(buildYear, vendorYear, mid) > 0) lo = mid;
    else hi = mid;
  }
  return hi <= kink + kink * 4e-9 ? past : hi;
}

// the samples of crossingsOnLinearPieces, reused from search to search
let sampledVolumes = new Float64Array(64);
let sampledDifferences = new Float64Array(64);

/**
 * Where f turns from positive (sample i - 1) to <= 0 (sample i): a piece's root, or a step at a
 * kink (samples xs, fs as crossingsOnLinearPieces takes them).
 */
function turnAt(
  buildYear: Year,
  vendorYear: Year,
  xs: Float64Array,
  fs: Float64Array,
  i: number,
): number {
  // a step at a kink, or a root too close to the kink for the piece's line to place (its
  // rounding, relative to the whole piece, hides it): narrowed on the values themselves; a
  // turn within the package tolerance of the kink is a step, taken just past it
  if (i % 2 === 1) return turnPastKink(buildYear, vendorYear, xs[i], justInside(xs[i], xs[i + 1]));
  const lo = xs[i - 1];
  const hi = xs[i];
  const slope = (fs[i] - fs[i - 1]) / (hi - lo);
  let root = lo - fs[i - 1] / slope;
  // Newton steps on the line, from values read at the root itself (far less rounding than
  // the piece's ends carry when the root is small beside them)
  for (let k = 0; k < POLISH_STEPS; k++) {
    root = Math.min(Math.max(root, lo), hi);
    const f = buildYear(root) - vendorYear(root);
    if (f === 0) break;
    root -= f / slope;
  }
  return Math.min(Math.max(root, lo), hi);
}

/**
 * Both crossings when build(V) - vendor(V) is linear between consecutive kinks (every kink
 * known; the first `count` of `kinks`): each piece is read at three points inside it, its line
 * gives its values at both ends (the limits, across any step at a kink) and its root, so the
 * answer is exact. Null when a piece is found not to be linear (a kink not known): the caller
 * then samples and narrows.
 */
export function crossingsOnLinearPieces(
  buildYear: Year,
  vendorYear: Year,
  maxVolume: number,
  kinks: readonly number[],
  count: number = kinks.length,
): Crossings | null {
  // samples, in order: V = 0, then each piece's value just inside its start and its end
  const samples = 1 + 2 * (count + 1);
  if (sampledVolumes.length < samples) {
    sampledVolumes = new Float64Array(2 * samples);
    sampledDifferences = new Float64Array(2 * samples);
  }
  const xs = sampledVolumes;
  const fs = sampledDifferences;
  xs[0] = 0;
  fs[0] = differenceAt(buildYear, vendorYear, 0);
  let a = 0;
  for (let p = 0; p <= count; p++) {
    const b = p < count ? kinks[p] : maxVolume;
    // three points inside, unevenly spaced so that evenly spaced steps cannot look like a line
    const q = a + (b - a) * 0.2;
    const m = a + (b - a) * 0.45;
    const e = a + (b - a) * 0.85;
    const fq = buildYear(q) - vendorYear(q);
    const bm = buildYear(m);
    const vm = vendorYear(m);
    const fe = buildYear(e) - vendorYear(e);
    const slope = (fe - fq) / (e - q);
    const offLine = Math.abs(bm - vm - (fq + slope * (m - q)));
    if (!(offLine <= LINEARITY_TOLERANCE * (Math.abs(bm) + Math.abs(vm)))) return null;
    xs[1 + 2 * p] = a;
    // an end the line puts within its rounding of 0 is read directly instead: at the end itself
    // (a piece holds its end) or just inside its start (past any step there)
    const noise = AMBIGUOUS * (Math.abs(bm) + Math.abs(vm));
    const start = fq - slope * (q - a);
    const end = fe + slope * (b - e);
    fs[1 + 2 * p] =
      Math.abs(start) <= noise ? differenceAt(buildYear, vendorYear, justInside(a, b)) : start;
    xs[2 + 2 * p] = b;
    fs[2 + 2 * p] = Math.abs(end) <= noise ? differenceAt(buildYear, vendorYear, b) : end;
    a = b;
  }
  let firstPositive = 0;
  while (firstPositive < samples && !(fs[firstPositive] > 0)) firstPositive++;
  if (firstPositive === samples) return { crossover: 0, buildCheaperThroughout: 0 };
  let firstTurn = firstPositive + 1;
  while (firstTurn < samples && fs[firstTurn] > 0) firstTurn++;
  if (firstTurn === samples) return { crossover: null, buildCheaperThroughout: null };
  const crossover = turnAt(buildYear, vendorYear, xs, fs, firstTurn);
  if (fs[samples - 1] > 0) return { crossover, buildCheaperThroughout: null };
  let lastPositive = samples - 1;
  while (!(fs[lastPositive] > 0)) lastPositive--;
  return {
    crossover,
    buildCheaperThroughout:
      lastPositive + 1 === firstTurn
        ? crossover
        : turnAt(buildYear, vendorYear, xs, fs, lastPositive + 1),
  };
}

/** Crossover volume (contacts per month) of a build against a vendor by the steady-state year. */
export function crossoverVolume(
  build: BuildOption,
  vendor: VendorOption,
  humanCostPerContact: number,
  amortizationMonths: number,
  maxVolume: number,
): number | null {
  return crossoverVolumes(build, vendor, humanCostPerContact, amortizationMonths, maxVolume)
    .crossover;
}
