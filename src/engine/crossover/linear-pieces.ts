import type { Crossings, Year } from './crossings';

// A part of the crossover search (crossover.ts): the exact crossings when the difference of the
// two years is linear between the vendor's kinks (kinks.ts).

/** How far (relative to the two years' size) a piece's midpoint may lie off its line. */
const LINEARITY_TOLERANCE = 1e-9;
const POLISH_STEPS = 1;
/** Relative size (to the two years) of the rounding in a difference of the two. */
const ROUNDING = 1e-14;
/** Below this (relative to the piece's years) a value read off a piece's line is read directly. */
const AMBIGUOUS = 1e-12;

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

/**
 * Where f turns from positive (sample i - 1) to <= 0 (sample i): a piece's root, or a step at a
 * kink (samples xs, fs as crossingsOnLinearPieces takes them).
 */
function turnAt(
  buildYear: Year,
  vendorYear: Year,
  xs: readonly number[],
  fs: readonly number[],
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
 * known): each piece is read at three points inside it, its line gives its values at both ends
 * (the limits, across any step at a kink) and its root, so the answer is exact. Null when a piece
 * is found not to be linear (a kink not known): the caller then samples and narrows.
 */
export function crossingsOnLinearPieces(
  buildYear: Year,
  vendorYear: Year,
  maxVolume: number,
  kinks: readonly number[],
): Crossings | null {
  const count = kinks.length;
  // samples, in order: V = 0, then each piece's value just inside its start and its end
  const samples = 1 + 2 * (count + 1);
  const xs = new Array<number>(samples).fill(0);
  const fs = new Array<number>(samples).fill(0);
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
