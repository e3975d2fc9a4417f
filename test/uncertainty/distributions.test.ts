import { describe, expect, it } from 'vitest';
import { betaQuantile } from '../../src/math/beta-quantile';
import { incompleteBeta } from '../../src/math/incomplete-beta';
import { normalQuantile } from '../../src/math/normal-quantile';
import { seededRandom } from '../../src/math/seeded-random';
import { pertShape, quantileFunction } from '../../src/uncertainty/distributions';
import { groupProbabilities } from '../../src/uncertainty/sampling';
import { mean, percentileInc, standardDeviation } from '../../src/uncertainty/statistics';
import { expectClose } from '../support/close';

describe('inverse CDFs', () => {
  it('uniform and triangular in closed form', () => {
    const u = quantileFunction({ field: 'x', dist: 'uniform', low: 3, high: 9 });
    expect(u(0)).toBe(3);
    expectClose(u(0.1), 3.6);
    expect(u(1)).toBe(9);
    const t = quantileFunction({ field: 'x', dist: 'triangular', low: 0, mode: 1, high: 4 });
    // F(x) = x^2 / 4 below the mode (F(1) = 0.25), 1 - (4 - x)^2 / 12 above it.
    expectClose(t(0.25), 1);
    expectClose(t(0.04), 0.4);
    expectClose(t(1 - 1 / 12), 3);
  });

  it('Beta-PERT: the shape of DOMAIN.md, symmetric median at the mode, CDF inverted', () => {
    const [alpha, beta] = pertShape(0.05, 0.15, 0.3);
    expectClose(alpha, 2.6, 1e-12);
    expectClose(beta, 3.4, 1e-12);
    const sym = quantileFunction({ field: 'x', dist: 'pert', low: 10, mode: 20, high: 30 });
    expectClose(sym(0.5), 20, 1e-12);
    const [a, b] = pertShape(0.05, 0.15, 0.3);
    for (const p of [0.001, 0.1, 0.37, 0.9, 0.999]) {
      expectClose(incompleteBeta(a, b, betaQuantile(p, a, b)), p, 1e-9, `p=${p}`);
    }
    // Beta(2, 2): F(x) = 3x^2 - 2x^3; F(0.25) = 0.15625.
    expectClose(betaQuantile(0.15625, 2, 2), 0.25, 1e-10);
  });

  it('normal by AS 241', () => {
    expectClose(normalQuantile(0.9), 1.2815515655446004, 1e-15);
    expectClose(normalQuantile(0.975), 1.959963984540054, 1e-15);
    expectClose(normalQuantile(1e-10), -6.361340902404056, 1e-14);
    const n = quantileFunction({ field: 'x', dist: 'normal', mean: 4.5, sd: 0.5 });
    expectClose(n(0.1), 4.5 - 1.2815515655446004 * 0.5, 1e-15);
    expect(n(0)).toBe(2.5); // clamped to mean - 4 sd
    expect(n(1)).toBe(6.5);
  });
});

describe('sampling', () => {
  it('Latin hypercube puts exactly one draw in each of T slices', () => {
    const T = 1000;
    const u = groupProbabilities(T, 'lhs', seededRandom(7));
    const slices = new Set(Array.from(u, (x) => Math.floor(x * T)));
    expect(slices.size).toBe(T);
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...u)).toBeLessThan(1);
  });

  it('the same seed gives the same draws; another seed others', () => {
    const a = groupProbabilities(500, 'random', seededRandom(1));
    const b = groupProbabilities(500, 'random', seededRandom(1));
    const c = groupProbabilities(500, 'random', seededRandom(2));
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });

  it('statistical accuracy on a fixed seed: means and sds of 10,000 draws', () => {
    const T = 10_000;
    const check = (
      input: Parameters<typeof quantileFunction>[0],
      expectedMean: number,
      expectedSd: number,
      sampling: 'lhs' | 'random',
      tol: number,
    ) => {
      const q = quantileFunction(input);
      const x = Array.from(groupProbabilities(T, sampling, seededRandom(1)), q);
      expectClose(mean(x), expectedMean, tol, `${input.dist} mean`);
      expectClose(standardDeviation(x), expectedSd, tol * 10, `${input.dist} sd`);
    };
    // triangular: mean (a + c + b) / 3, variance (a^2 + b^2 + c^2 - ab - ac - bc) / 18
    const tri = { field: 'x', dist: 'triangular', low: 30000, mode: 40000, high: 60000 } as const;
    const triVar =
      (30000 ** 2 + 40000 ** 2 + 60000 ** 2 - 30000 * 40000 - 30000 * 60000 - 40000 * 60000) / 18;
    check(tri, 130000 / 3, Math.sqrt(triVar), 'lhs', 1e-5);
    check(tri, 130000 / 3, Math.sqrt(triVar), 'random', 1e-2);
    // PERT: mean (low + 4 mode + high) / 6; variance alpha beta / ((alpha + beta)^2 (alpha + beta + 1)) * width^2
    const [a, b] = pertShape(0.05, 0.15, 0.3);
    const pertVar = ((a * b) / ((a + b) ** 2 * (a + b + 1))) * 0.25 ** 2;
    check(
      { field: 'x', dist: 'pert', low: 0.05, mode: 0.15, high: 0.3 },
      0.95 / 6,
      Math.sqrt(pertVar),
      'lhs',
      1e-5,
    );
    check({ field: 'x', dist: 'uniform', low: 3, high: 9 }, 6, Math.sqrt(3), 'lhs', 1e-5);
    // a normal clamped at 4 sd keeps its mean; its sd is short by under 1e-4
    check({ field: 'x', dist: 'normal', mean: 4.5, sd: 0.5 }, 4.5, 0.5, 'lhs', 1e-5);
  });

  it('PERCENTILE.INC interpolates between neighbours', () => {
    const sorted = [1, 2, 3, 4, 10];
    expect(percentileInc(sorted, 0)).toBe(1);
    expect(percentileInc(sorted, 0.5)).toBe(3);
    expect(percentileInc(sorted, 0.9)).toBeCloseTo(4 + 0.6 * 6, 12);
    expect(percentileInc([1, 2, Infinity], 0.9)).toBe(Infinity);
    expect(percentileInc([1, Infinity, Infinity], 0.9)).toBe(Infinity);
  });
});

describe('ascendingOrder', () => {
  it('orders indices by value as a stable sort does, ties in index order', async () => {
    const { ascendingOrder } = await import('../../src/uncertainty/distributions');
    const random = seededRandom(7);
    const samples = [
      Float64Array.from({ length: 1000 }, () => random()),
      Float64Array.from([0.5, 0.25, 0.5, 0, 1, 0.25, 0.999999, 0.5]),
      Float64Array.from({ length: 200 }, (_, i) => (i % 7) / 7),
      new Float64Array(0),
    ];
    for (const p of samples) {
      const expected = Array.from(p.keys()).sort((i, j) => p[i] - p[j]);
      expect(Array.from(ascendingOrder(p))).toEqual(expected);
    }
  });
});
