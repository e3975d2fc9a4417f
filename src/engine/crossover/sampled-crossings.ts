import type { Crossings } from './crossings';

// A part of the crossover search (crossover.ts): the crossings of any difference of two years,
// found by sampling and narrowing, when the years are not known to be linear between their kinks.

/** The scan starts this many halvings below the search limit (2^-30, about 1e-9). */
const SCAN_HALVINGS = 30;
const RELATIVE_TOLERANCE = 1e-12;
/** Just above a breakpoint, where a step in price has taken effect (beyond the package tolerance). */
const ABOVE_BREAKPOINT = 1 + 1e-8;

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
 * then narrows the first and the last bracket where f turns from positive to <= 0. The crossover
 * is 0 when the build is cheaper at every volume sampled, null when it is never cheaper.
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
