import { describe, expect, it } from 'vitest';
import { driftVerdict, overcountToApply } from '../../src/reconcile/drift-verdict';
import { estimateDrift } from '../../src/reconcile/estimate-drift';
import { fitLogRatio, usableLogRatios } from '../../src/reconcile/fit-log-ratio';
import type { MonthlyCounts } from '../../src/reconcile/monthly-counts';
import { studentTQuantile } from '../../src/reconcile/student-t';

// DOMAIN.md "Measured overcount, and how much a pilot can tell", computed here another way: the
// normal equations of the regression solved with the inverse of X'X (whose scaled inverse is
// the covariance of a and b), calendar months counted from the month names, and Student's t
// quantiles from their closed forms for 1, 2 and 4 degrees of freedom.

const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

/** Closed-form quantiles of Student's t (df 1: Cauchy; df 2 and 4: Hill's inversions). */
function tQuantileClosedForm(p: number, df: 1 | 2 | 4): number {
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  const alpha = 4 * p * (1 - p);
  if (df === 2) return (2 * p - 1) / Math.sqrt(alpha / 2);
  const root = Math.sqrt(alpha);
  return Math.sign(p - 0.5) * 2 * Math.sqrt(Math.cos(Math.acos(root) / 3) / root - 1);
}

/** The fit by the normal equations: beta = (X'X)^-1 X'y, Cov = sigma^2 (X'X)^-1. */
function oracleFit(months: string[], vendor: number[], buyer: number[]) {
  const usable = months
    .map((month, i) => ({ month, v: vendor[i], b: buyer[i] }))
    .filter((m) => m.v > 0 && m.b > 0);
  const calendar = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  const t = usable.map((m) => (calendar(m.month) - calendar(usable[0].month)) / 12);
  const y = usable.map((m) => Math.log(m.v / m.b));
  const n = t.length;
  const st = t.reduce((s, v) => s + v, 0);
  const stt = t.reduce((s, v) => s + v * v, 0);
  const sy = y.reduce((s, v) => s + v, 0);
  const sty = t.reduce((s, v, i) => s + v * y[i], 0);
  const det = n * stt - st * st;
  const inverse = [
    [stt / det, -st / det],
    [-st / det, n / det],
  ];
  const a = inverse[0][0] * sy + inverse[0][1] * sty;
  const b = inverse[1][0] * sy + inverse[1][1] * sty;
  const rss = y.reduce((s, v, i) => s + (v - a - b * t[i]) ** 2, 0);
  const variance = rss / (n - 2);
  return {
    n,
    a,
    b,
    seA: Math.sqrt(variance * inverse[0][0]),
    seB: Math.sqrt(variance * inverse[1][1]),
    covAB: variance * inverse[0][1],
  };
}

function counts(months: string[], vendor: number[], buyer: number[]): MonthlyCounts[] {
  return months.map((month, i) => ({
    month,
    contacts: 10_000,
    vendorCount: vendor[i],
    buyerCount: buyer[i],
    both: Math.min(vendor[i], buyer[i]),
  }));
}

describe("Student's t quantiles", () => {
  it.each([
    [0.975, 1],
    [0.975, 2],
    [0.975, 4],
    [0.9, 1],
    [0.6, 2],
    [0.995, 4],
    [0.025, 4],
  ] as const)('p = %f with %i degrees of freedom is the closed form', (p, df) => {
    close(studentTQuantile(p, df), tQuantileClosedForm(p, df));
  });
});

describe('the fit, per DOMAIN.md', () => {
  // a pilot with a month the buyer counted nothing (2025-04) and a month missing (2025-06)
  const months = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-07', '2025-08'];
  const vendor = [1310, 1402, 1395, 880, 1507, 1561, 1660];
  const buyer = [1000, 1040, 1010, 0, 1060, 1030, 1070];

  it('fits the usable months on calendar time, gaps kept, with se_a, se_b, cov_ab and n', () => {
    const estimate = estimateDrift(counts(months, vendor, buyer));
    const oracle = oracleFit(months, vendor, buyer);
    expect(estimate.n).toBe(6);
    expect(estimate.monthsUsed).toBe(6);
    for (const key of ['a', 'b', 'seA', 'seB', 'covAB'] as const) close(estimate[key], oracle[key]);
    close(estimate.initialRatio, Math.exp(oracle.a));
    close(estimate.driftAnnual, Math.exp(oracle.b) - 1);
    const q = tQuantileClosedForm(0.975, 4);
    close(estimate.tQuantile, q);
    close(estimate.interval.initialRatio.low, Math.exp(oracle.a - q * oracle.seA));
    close(estimate.interval.initialRatio.high, Math.exp(oracle.a + q * oracle.seA));
    close(estimate.interval.driftAnnual.low, Math.exp(oracle.b - q * oracle.seB) - 1);
    close(estimate.interval.driftAnnual.high, Math.exp(oracle.b + q * oracle.seB) - 1);
  });

  it('counts t in calendar months from the first usable month', () => {
    const points = usableLogRatios(
      counts(['2024-11', '2024-12', '2025-01', '2025-03'], [0, 5, 6, 7], [3, 4, 4, 4]),
    );
    expect(points.map((p) => [p.month, p.t * 12])).toEqual([
      ['2024-12', 0],
      ['2025-01', 1],
      ['2025-03', 3],
    ]);
  });

  it.each([3, 4])('fits %i usable months with n - 2 degrees of freedom', (n) => {
    const kept = [0, 1, 2, 4].slice(0, n);
    const pick = <T>(all: T[]) => kept.map((i) => all[i]);
    const estimate = estimateDrift(counts(pick(months), pick(vendor), pick(buyer)));
    const oracle = oracleFit(pick(months), pick(vendor), pick(buyer));
    expect(estimate.n).toBe(n);
    const q = tQuantileClosedForm(0.975, (n - 2) as 1 | 2);
    close(estimate.tQuantile, q);
    close(estimate.interval.driftAnnual.high, Math.exp(oracle.b + q * oracle.seB) - 1);
    close(estimate.interval.initialRatio.low, Math.exp(oracle.a - q * oracle.seA));
  });

  it('makes no fit below three usable months', () => {
    expect(() =>
      estimateDrift(counts(['2025-01', '2025-02', '2025-03'], [10, 0, 12], [8, 9, 9])),
    ).toThrow('estimating drift needs at least 3 months with both counts above zero, got 2');
  });

  it('fitLogRatio alone gives the same numbers from points', () => {
    const fit = fitLogRatio(usableLogRatios(counts(months, vendor, buyer)));
    const oracle = oracleFit(months, vendor, buyer);
    close(fit.covAB, oracle.covAB);
    close(fit.sigma ** 2 / fit.sxx, oracle.seB ** 2);
  });
});

/**
 * Six monthly counts whose fit has exactly slope ln(1 + drift) and a 95% interval of D of the
 * given width: residuals orthogonal to the line, scaled to give the slope's standard error.
 */
function pilotWithIntervalWidth(width: number, n = 6, drift = 0.15): MonthlyCounts[] {
  const b = Math.log(1 + drift);
  const t = Array.from({ length: n }, (_, i) => i / 12);
  const tMean = t.reduce((s, v) => s + v, 0) / n;
  const sxx = t.reduce((s, v) => s + (v - tMean) ** 2, 0);
  // a residual pattern orthogonal to 1 and t: alternating signs, then made orthogonal to t
  const raw = t.map((_, i) => (i % 2 === 0 ? 1 : -1));
  const rawMean = raw.reduce((s, v) => s + v, 0) / n;
  const along = raw.reduce((s, v, i) => s + (v - rawMean) * (t[i] - tMean), 0) / sxx;
  const e = raw.map((v, i) => v - rawMean - along * (t[i] - tMean));
  const ess = e.reduce((s, v) => s + v * v, 0);
  const q = tQuantileClosedForm(0.975, 4);
  // width = e^(b + q se) - e^(b - q se) = 2 e^b sinh(q se)
  const se = Math.asinh(width / (2 * Math.exp(b))) / q;
  const scale = (se * Math.sqrt(sxx)) / Math.sqrt(ess / (n - 2));
  const months = t.map((_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
  const buyer = t.map(() => 1000);
  const vendor = t.map((ti, i) => 1000 * Math.exp(0.2 + b * ti + scale * e[i]));
  return counts(months, vendor, buyer);
}

describe('what a bid gets: k0 always, D from 6 months and an interval under 50 points', () => {
  it('the constructed pilots have the widths they are built for', () => {
    for (const width of [0.3, 0.5, 0.9]) {
      const { low, high } = estimateDrift(pilotWithIntervalWidth(width)).interval.driftAnnual;
      close(high - low, width);
    }
  });

  it('3 months: drift cannot be told, and the message gives the interval', () => {
    const estimate = estimateDrift(
      counts(['2025-01', '2025-02', '2025-03'], [1450, 1100, 1230], [1000, 1000, 1000]),
    );
    const verdict = driftVerdict(estimate);
    expect(verdict.driftApplied).toBe(false);
    const { low, high } = estimate.interval.driftAnnual;
    const pct = (x: number) =>
      `${x > 0 ? '+' : '-'}${Math.abs(Math.round(x * 100)).toLocaleString('en-US')}%`;
    expect(verdict.driftReason).toBe(
      `drift cannot be told from 3 months: 95% interval ${pct(low)} to ${pct(high)}`,
    );
    expect(overcountToApply(estimate, verdict)).toEqual({
      initialRatio: estimate.initialRatio,
      driftAnnual: null,
    });
  });

  it('5 months with a narrow interval: still not applied', () => {
    const five = pilotWithIntervalWidth(0.3, 5);
    const verdict = driftVerdict(estimateDrift(five));
    expect(verdict.driftApplied).toBe(false);
    expect(verdict.driftReason).toMatch(/^drift cannot be told from 5 months: 95% interval /);
  });

  it('6 months and an interval just under 50 points: applied', () => {
    const estimate = estimateDrift(pilotWithIntervalWidth(0.5 - 1e-6));
    expect(estimate.n).toBe(6);
    const verdict = driftVerdict(estimate);
    expect(verdict).toEqual({ driftApplied: true, driftReason: null });
    expect(overcountToApply(estimate, verdict)).toEqual({
      initialRatio: estimate.initialRatio,
      driftAnnual: estimate.driftAnnual,
    });
    close(estimate.driftAnnual, 0.15);
  });

  it('6 months and an interval just over 50 points: kept, and the width said', () => {
    const estimate = estimateDrift(pilotWithIntervalWidth(0.5 + 1e-6));
    const verdict = driftVerdict(estimate);
    expect(verdict.driftApplied).toBe(false);
    expect(verdict.driftReason).toMatch(
      /^drift not applied: its 95% interval -\d+% to \+\d+% is 50\.0 points wide \(needs < 50\)$/,
    );
    const wide = driftVerdict(estimateDrift(pilotWithIntervalWidth(0.58)));
    expect(wide.driftReason).toMatch(/ is 58 points wide \(needs < 50\)$/);
  });

  it('a fitted D <= 0 is applied as measured when the rules allow', () => {
    const estimate = estimateDrift(pilotWithIntervalWidth(0.2, 8, -0.1));
    const verdict = driftVerdict(estimate);
    expect(verdict.driftApplied).toBe(true);
    close(overcountToApply(estimate, verdict).driftAnnual!, -0.1);
  });
});
