import type { MonthlyCounts } from './monthly-counts';

/** One usable month of a pilot: t in years from the first usable month, y = ln(vendor / buyer). */
export interface LogRatioPoint {
  month: string;
  t: number;
  y: number;
}

/**
 * The ordinary least squares fit of y = a + b t, with DOMAIN.md's standard errors: sigma^2 is the
 * residual sum of squares over n - 2, se_b = sigma / sqrt(Sxx), se_a = sigma sqrt(1/n + tMean^2 /
 * Sxx), cov_ab = -tMean sigma^2 / Sxx.
 */
export interface LogRatioFit {
  a: number;
  b: number;
  sigma: number;
  seA: number;
  seB: number;
  covAB: number;
  n: number;
  tMean: number;
  sxx: number;
}

function monthIndex(month: string): number {
  const [year, m] = month.split('-').map(Number);
  return year * 12 + (m - 1);
}

/**
 * The months with both counts above zero, in order, as points of the fit: t counts calendar
 * months from the first usable month, over 12, so an unusable month in between leaves a gap.
 */
export function usableLogRatios(counts: readonly MonthlyCounts[]): LogRatioPoint[] {
  const usable = counts.filter((c) => c.vendorCount > 0 && c.buyerCount > 0);
  if (usable.length === 0) return [];
  const first = monthIndex(usable[0].month);
  return usable.map((c) => ({
    month: c.month,
    t: (monthIndex(c.month) - first) / 12,
    y: Math.log(c.vendorCount / c.buyerCount),
  }));
}

/** The fit of at least three points at two or more distinct t (the caller checks). */
export function fitLogRatio(points: readonly { t: number; y: number }[]): LogRatioFit {
  const n = points.length;
  const tMean = points.reduce((s, p) => s + p.t, 0) / n;
  const yMean = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.t - tMean) ** 2;
    sxy += (p.t - tMean) * (p.y - yMean);
  }
  const b = sxy / sxx;
  const a = yMean - b * tMean;
  let rss = 0;
  for (const p of points) rss += (p.y - a - b * p.t) ** 2;
  const variance = rss / (n - 2);
  const sigma = Math.sqrt(variance);
  return {
    a,
    b,
    sigma,
    seA: sigma * Math.sqrt(1 / n + (tMean * tMean) / sxx),
    seB: sigma / Math.sqrt(sxx),
    covAB: (-tMean * variance) / sxx,
    n,
    tMean,
    sxx,
  };
}
