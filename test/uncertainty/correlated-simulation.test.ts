// A simulation with correlated ranges against an independent quasi-Monte Carlo integral through
// a Gaussian copula with the same correlation; the contributions to variance and the spider.
import { describe, expect, it } from 'vitest';
import { trialsCsv } from '../../src/export/trials-csv';
import { riskReport, riskReportWithTrials } from '../../src/uncertainty/risk-report';
import { expectClose } from '../support/close';
import { twelveMonths } from '../support/engine-scenario-json';
import { copulaPoints, meanOf, naiveSpearman, percentile, quantile, sdOf } from './gaussian-copula';
import { valid } from './support';

// A vendor at $p a contact resolving half of C contacts a month, people at $h for the rest,
// against the status quo; 12 months, no discounting:
//   vendor NPV = 12 C (p + h / 2), status quo 12 C h, the vendor first at the base (C 1,000,
//   p 1, h 4), and its margin 12 C (h / 2 - p).
const INPUTS = [
  { field: 'demand.contactsPerMonth', dist: 'triangular', low: 600, mode: 1000, high: 1600 },
  { option: 'Per contact', field: 'charges.price', dist: 'uniform', low: 0.5, high: 3 },
  { field: 'humanCostPerContact', dist: 'normal', mean: 4, sd: 0.8 },
];
const QUANTILES = [
  quantile.triangular(600, 1000, 1600),
  quantile.uniform(0.5, 3),
  quantile.normal(4, 0.8),
];
const CORRELATIONS = [
  { between: [0, 1], rho: -0.6 },
  { between: [1, 2], rho: 0.5 },
  { between: [0, 2], rho: 0.3 },
];
const R = [
  [1, -0.6, 0.3],
  [-0.6, 1, 0.5],
  [0.3, 0.5, 1],
];

const scenario = (uncertainty: Record<string, unknown>) =>
  valid(
    twelveMonths(
      'correlated per contact',
      [
        {
          kind: 'vendor',
          name: 'Per contact',
          resolutionRate: 0.5,
          charges: { unit: 'contact', price: 1 },
        },
      ],
      { uncertainty: { trials: 10_000, inputs: INPUTS, ...uncertainty } },
    ),
  );

/** The statistics of the closed forms over quasi-Monte Carlo points of the copula with R. */
function reference(r: number[][]) {
  const points = copulaPoints(QUANTILES, r, 1 << 16);
  const vendor = points.map(([c, p, h]) => 12 * c * (p + h / 2));
  const statusQuo = points.map(([c, , h]) => 12 * c * h);
  const margin = points.map(([c, p, h]) => 12 * c * (h / 2 - p));
  const rhos = [0, 1, 2].map((i) =>
    naiveSpearman(
      points.map((x) => x[i]),
      margin,
    ),
  );
  const total = rhos.reduce((s, x) => s + x * x, 0);
  return {
    vendor: {
      mean: meanOf(vendor),
      sd: sdOf(vendor),
      p10: percentile(vendor, 0.1),
      p50: percentile(vendor, 0.5),
      p90: percentile(vendor, 0.9),
    },
    statusQuo: { mean: meanOf(statusQuo), sd: sdOf(statusQuo), p50: percentile(statusQuo, 0.5) },
    margin: {
      p10: percentile(margin, 0.1),
      p50: percentile(margin, 0.5),
      p90: percentile(margin, 0.9),
    },
    holds: points.filter(([, p, h]) => p < h / 2).length / points.length,
    contributions: rhos.map((x) => (Math.sign(x) * x * x) / total),
  };
}

const correlated = reference(R);
const independent = reference([
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
]);

// Tolerances, in units of the vendor NPV's sd (about $13,000): 10,000 trials put a mean within
// 1% and a percentile within 5%; a probability within 0.015.
const MEAN = 0.01;
const PERCENTILE = 0.05;
const PROBABILITY = 0.015;

describe('a simulation with correlated inputs, against a quasi-Monte Carlo integral', () => {
  it('the reference itself: the correlation moves the figures well beyond the tolerances', () => {
    const scale = correlated.vendor.sd;
    expect(Math.abs(correlated.vendor.mean - independent.vendor.mean) / scale).toBeGreaterThan(
      4 * MEAN,
    );
    expect(Math.abs(correlated.margin.p10 - independent.margin.p10) / scale).toBeGreaterThan(
      3 * PERCENTILE,
    );
    expect(Math.abs(correlated.holds - independent.holds)).toBeGreaterThan(2 * PROBABILITY);
  });

  for (const sampling of ['lhs', 'random'] as const) {
    for (const seed of [1, 2]) {
      it(`${sampling}, seed ${seed}: means, sds, percentiles and the probability it holds agree`, () => {
        const report = riskReport(scenario({ correlations: CORRELATIONS, sampling, seed }));
        const sim = report.simulation;
        const [statusQuo, vendor] = sim.options.map((o) => o.npv);
        const scale = correlated.vendor.sd;
        const mean = sampling === 'lhs' ? MEAN : 3 * MEAN;
        const off = (a: number, b: number) => Math.abs(a - b) / scale;
        expect(report.recommendation).toBe('Per contact');
        expect(off(vendor.mean, correlated.vendor.mean)).toBeLessThan(mean);
        expect(off(statusQuo.mean, correlated.statusQuo.mean)).toBeLessThan(mean);
        expect(off(vendor.sd, correlated.vendor.sd)).toBeLessThan(PERCENTILE);
        expect(off(statusQuo.sd, correlated.statusQuo.sd)).toBeLessThan(PERCENTILE);
        for (const p of ['p10', 'p50', 'p90'] as const) {
          expect(off(vendor[p], correlated.vendor[p]), `vendor ${p}`).toBeLessThan(PERCENTILE);
          expect(off(sim.margin[p], correlated.margin[p]), `margin ${p}`).toBeLessThan(PERCENTILE);
        }
        expect(Math.abs(sim.probabilityRecommendationHolds - correlated.holds)).toBeLessThan(
          PROBABILITY,
        );
      });
    }
  }

  it('contributions agree with the reference within 0.05, largest first, signed', () => {
    const report = riskReport(scenario({ correlations: CORRELATIONS }));
    for (const row of report.contributions) {
      expect(Math.abs(row.contribution - correlated.contributions[row.input])).toBeLessThan(0.05);
    }
    const sizes = report.contributions.map((r) => Math.abs(r.contribution));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(report.contributions.reduce((s, r) => s + Math.abs(r.contribution), 0)).toBeCloseTo(
      1,
      12,
    );
    // without the correlation the price alone dominates: contributions see inputs moving together
    const plain = riskReport(scenario({}));
    expect(plain.contributions[0].field).toBe('charges.price');
    for (const row of plain.contributions) {
      expect(Math.abs(row.contribution - independent.contributions[row.input])).toBeLessThan(0.05);
    }
  });

  it("contributions are Spearman's of the trials (ties averaged), squared over their sum", () => {
    const { report, trials } = riskReportWithTrials(
      scenario({ correlations: CORRELATIONS, trials: 3000 }),
    );
    const rhos = trials.inputs.map((values) => naiveSpearman(values, trials.margin));
    const total = rhos.reduce((s, x) => s + x * x, 0);
    for (const row of report.contributions) {
      expect(row.rankCorrelation).toBeCloseTo(rhos[row.input], 12);
      expect(row.contribution).toBeCloseTo(
        (Math.sign(rhos[row.input]) * rhos[row.input] ** 2) / total,
        12,
      );
    }
  });
});

describe('the spider', () => {
  const report = riskReport(scenario({ correlations: CORRELATIONS, trials: 500 }));

  it('each input at its P10, P25, P50, P75 and P90, the others at base; P10 and P90 are the tornado ends', () => {
    expect(report.spider.map((r) => r.field)).toEqual(INPUTS.map((i) => i.field));
    for (const row of report.spider) {
      expect(row.points.map((p) => p.percentile)).toEqual([10, 25, 50, 75, 90]);
      const t = report.tornado.find((x) => x.input === row.input)!;
      expect(row.points[0]).toMatchObject({ value: t.low, margin: t.marginAtLow });
      expect(row.points[4]).toMatchObject({ value: t.high, margin: t.marginAtHigh });
      // the closed form at each value, the others at base (C 1,000, p 1, h 4)
      for (const { percentile: q, value, margin } of row.points) {
        const x = [1000, 1, 4];
        x[row.input] = value;
        expectClose(value, QUANTILES[row.input](q / 100), 1e-8);
        expect(margin).toBeCloseTo(12 * x[0] * (x[2] / 2 - x[1]), 6);
      }
    }
  });
});

describe('the trials', () => {
  it('every trial: its number, each input drawn, each NPV, the margin; CSV as RFC 4180', () => {
    const { model, trials, report } = riskReportWithTrials(
      scenario({ correlations: CORRELATIONS, trials: 200 }),
    );
    const csv = trialsCsv(model, trials);
    const lines = csv.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(201);
    expect(lines[0]).toBe(
      "trial,contacts per month,Per contact's price per unit,human cost per contact,Status quo NPV,Per contact NPV,margin of Per contact",
    );
    const rows = lines.slice(1).map((l) => l.split(',').map(Number));
    rows.forEach((row, t) => {
      expect(row[0]).toBe(t + 1);
      const [c, p, h] = row.slice(1, 4);
      expect(row[4]).toBeCloseTo(12 * c * h, 6);
      expect(row[5]).toBeCloseTo(12 * c * (p + h / 2), 6);
      expect(row[6]).toBe(row[4] - row[5]);
    });
    // the statistics are those of these trials
    const vendor = rows.map((r) => r[5]);
    expect(report.simulation.options[1].npv.p50).toBe(percentile(vendor, 0.5));
  });
});
