// Summary statistics of simulated values.

/** Excel's PERCENTILE.INC of ascending values: rank p (n - 1), linear between neighbours. */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const frac = rank - lo;
  const below = sorted[lo];
  if (frac === 0 || lo + 1 >= sorted.length) return below;
  const above = sorted[lo + 1];
  if (above === below) return below; // also Infinity beside Infinity
  return below + frac * (above - below);
}

export function mean(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total / values.length;
}

/** The sample standard deviation (Excel's STDEV.S), by two passes. */
export function standardDeviation(values: ArrayLike<number>, average = mean(values)): number {
  if (values.length < 2) return 0;
  let squares = 0;
  for (let i = 0; i < values.length; i++) squares += (values[i] - average) ** 2;
  return Math.sqrt(squares / (values.length - 1));
}

export interface Distribution {
  mean: number;
  sd: number;
  p5: number;
  p10: number;
  p50: number;
  p90: number;
  p95: number;
}

export function describeDistribution(values: Float64Array): Distribution {
  const sorted = Float64Array.from(values).sort();
  const average = mean(values);
  return {
    mean: average,
    sd: standardDeviation(values, average),
    p5: percentileInc(sorted, 0.05),
    p10: percentileInc(sorted, 0.1),
    p50: percentileInc(sorted, 0.5),
    p90: percentileInc(sorted, 0.9),
    p95: percentileInc(sorted, 0.95),
  };
}
