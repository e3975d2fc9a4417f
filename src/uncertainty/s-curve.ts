import { percentileInc } from './statistics';

export interface SCurvePoint {
  /** The value (an NPV). */
  x: number;
  /** The share of trials at or below it. */
  y: number;
}

/**
 * The cumulative distribution of a sample drawn at `points` evenly spaced probabilities from 0 to
 * 1 (the same percentiles `describeDistribution` uses), for an S-curve chart.
 */
export function sCurve(values: ArrayLike<number>, points = 101): SCurvePoint[] {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return [];
  return Array.from({ length: points }, (_, i) => {
    const p = points === 1 ? 0.5 : i / (points - 1);
    return { x: percentileInc(sorted, p), y: p };
  });
}
