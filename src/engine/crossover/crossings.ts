/** Where the build starts to be cheaper, and where it stays cheaper up to the search limit. */
export interface Crossings {
  /** The smallest V > 0 at which build - vendor turns from positive to <= 0; 0, or null (DOMAIN.md). */
  crossover: number | null;
  /** The volume above which the build stays cheaper up to the limit; null when it is not cheaper there. */
  buildCheaperThroughout: number | null;
}

/** A steady-state year's total at V contacts a month. */
export type Year = (volume: number) => number;
