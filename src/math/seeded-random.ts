/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): a seedable generator of numbers in [0, 1), the
 * project's only source of randomness (never Math.random), so that one seed gives the same
 * numbers in Node and in every browser. The state is one 32-bit integer advanced by the odd
 * constant 0x6d2b79f5 (so the period is 2^32) and mixed by xor-shift-multiply steps; each call
 * gives a multiple of 2^-32. Used for the simulation's draws, the event generator and the
 * export's random test scenarios.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
