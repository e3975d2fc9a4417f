// The small linear algebra of the correlated draws (src/math): Cholesky, Jacobi's eigenvalues,
// Higham's nearest correlation matrix and the ranks, each against an independent computation
// (mathjs's eigenvalues, a comparison sort, the published example of Higham 2002).
import { eigs } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { cholesky, lowerInverse } from '../../src/math/cholesky';
import { identityMatrix, multiply } from '../../src/math/matrix';
import { nearestCorrelation } from '../../src/math/nearest-correlation';
import { ascendingIndices, averageRanks, pearson, spearman } from '../../src/math/ranks';
import { seededRandom } from '../../src/math/seeded-random';
import { smallestEigenvalue, symmetricEigen } from '../../src/math/symmetric-eigen';

const transpose = (a: number[][]) => a[0].map((_, j) => a.map((row) => row[j]));
const largestDifference = (a: number[][], b: readonly (readonly number[])[]) =>
  Math.max(...a.flatMap((row, i) => row.map((x, j) => Math.abs(x - b[i][j]))));
const frobenius = (a: number[][], b: readonly (readonly number[])[]) =>
  Math.sqrt(a.flat().reduce((s, x, k) => s + (x - b.flat()[k]) ** 2, 0));

/** A random symmetric matrix with entries in [-1, 1] and a unit diagonal. */
function randomSymmetric(n: number, random: () => number): number[][] {
  const a = identityMatrix(n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) a[i][j] = a[j][i] = Math.round((2 * random() - 1) * 100) / 100;
  return a;
}

const mathjsEigenvalues = (a: number[][]) =>
  (eigs(a).values as number[]).map(Number).sort((x, y) => x - y);

describe('Cholesky', () => {
  it('L L^T = A, L lower triangular; null when A is not positive definite', () => {
    const a = [
      [4, 2, -2],
      [2, 10, 2],
      [-2, 2, 5],
    ];
    const l = cholesky(a)!;
    expect(l).toEqual([
      [2, 0, 0],
      [1, 3, 0],
      [-1, 1, Math.sqrt(3)],
    ]);
    expect(largestDifference(multiply(l, transpose(l)), a)).toBeLessThan(1e-14);
    expect(
      cholesky([
        [1, 0.9],
        [0.9, -1],
      ]),
    ).toBeNull();
    expect(
      cholesky([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull();
  });

  it('the inverse of a lower-triangular matrix', () => {
    const l = cholesky([
      [4, 2, -2],
      [2, 10, 2],
      [-2, 2, 5],
    ])!;
    expect(largestDifference(multiply(l, lowerInverse(l)), identityMatrix(3))).toBeLessThan(1e-15);
  });
});

describe('Jacobi eigenvalues', () => {
  it('agree with mathjs and reconstruct A = V diag(values) V^T, V orthogonal', () => {
    const random = seededRandom(11);
    for (const n of [1, 2, 3, 5, 8]) {
      const a = randomSymmetric(n, random);
      const { values, vectors } = symmetricEigen(a);
      const expected = mathjsEigenvalues(a);
      values.forEach((v, k) => expect(Math.abs(v - expected[k])).toBeLessThan(1e-12));
      const rebuilt = multiply(
        multiply(
          vectors,
          values.map((v, i) => values.map((_, j) => (i === j ? v : 0))),
        ),
        transpose(vectors),
      );
      expect(largestDifference(rebuilt, a)).toBeLessThan(1e-12);
      expect(
        largestDifference(multiply(transpose(vectors), vectors), identityMatrix(n)),
      ).toBeLessThan(1e-12);
      expect(values).toEqual([...values].sort((x, y) => x - y));
    }
  });

  it('a hand-worked 2 x 2: eigenvalues 1 - r and 1 + r', () => {
    expect(
      symmetricEigen([
        [1, 0.6],
        [0.6, 1],
      ]).values.map((v) => Number(v.toFixed(14))),
    ).toEqual([0.4, 1.6]);
    expect(
      smallestEigenvalue([
        [1, 0.6],
        [0.6, 1],
      ]),
    ).toBeCloseTo(0.4, 14);
  });
});

describe("Higham's nearest correlation matrix", () => {
  it("matches Higham's example (2002, section 4): [[1,1,0],[1,1,1],[0,1,1]]", () => {
    const x = nearestCorrelation([
      [1, 1, 0],
      [1, 1, 1],
      [0, 1, 1],
    ]);
    const published = [
      [1, 0.7607, 0.1573],
      [0.7607, 1, 0.7607],
      [0.1573, 0.7607, 1],
    ];
    expect(largestDifference(x, published)).toBeLessThan(1e-4);
  });

  it('gives a correlation matrix with eigenvalues >= 1e-6, no farther than any other one tried', () => {
    const random = seededRandom(5);
    let repaired = 0;
    for (let trial = 0; trial < 40; trial++) {
      const n = 2 + (trial % 5);
      const a = randomSymmetric(n, random);
      const x = nearestCorrelation(a);
      expect(x.every((row, i) => row[i] === 1)).toBe(true);
      expect(x).toEqual(transpose(x));
      expect(mathjsEigenvalues(x)[0]).toBeGreaterThanOrEqual(1e-6 * (1 - 1e-9));
      if (mathjsEigenvalues(a)[0] >= 1e-6) {
        // already a correlation matrix: kept as it is
        expect(largestDifference(x, a)).toBeLessThan(1e-12);
        continue;
      }
      repaired++;
      // shrinking toward the identity gives valid correlation matrices; none is nearer
      for (const t of [0.1, 0.3, 0.5, 0.7, 0.9]) {
        const shrunk = a.map((row, i) => row.map((v, j) => (i === j ? 1 : t * v)));
        if (mathjsEigenvalues(shrunk)[0] < 1e-6) continue;
        expect(frobenius(x, a)).toBeLessThanOrEqual(frobenius(shrunk, a) + 1e-9);
      }
    }
    expect(repaired).toBeGreaterThan(5);
  });
});

describe('ranks', () => {
  it('orders indices as a stable comparison sort does, ties in index order', () => {
    const random = seededRandom(3);
    const samples = [
      Array.from({ length: 5000 }, () => random() * 2 - 1),
      Array.from({ length: 3000 }, () => Math.round(random() * 20)),
      Array.from({ length: 2000 }, (_, i) => (i % 2 ? 1e9 : -1e-9) * random()),
      [1e300, -1e300, 0, -0, 5, 5, 5],
      [3, 3, 3],
      [7],
      [],
    ];
    for (const values of samples) {
      const expected = Array.from(values.keys()).sort((i, j) => values[i] - values[j] || i - j);
      expect(Array.from(ascendingIndices(values))).toEqual(expected);
    }
  });

  it('averages the ranks of ties; Spearman is Pearson of the ranks', () => {
    expect(Array.from(averageRanks([10, 20, 10, 30, 20, 10]))).toEqual([2, 4.5, 2, 6, 4.5, 2]);
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 15);
    expect(pearson([1, 1, 1], [2, 4, 6])).toBeNaN();
    // a monotone transform has rank correlation 1, -1 reversed
    const x = [0.3, 0.1, 0.7, 0.2, 0.9];
    expect(
      spearman(
        x,
        x.map((v) => v ** 3),
      ),
    ).toBeCloseTo(1, 15);
    expect(
      spearman(
        x,
        x.map((v) => -Math.exp(v)),
      ),
    ).toBeCloseTo(-1, 15);
    // 1 - 6 sum d^2 / (n (n^2 - 1)) without ties: d = (0, 2, -1, -1) -> 1 - 36 / 60
    expect(spearman([1, 2, 3, 4], [1, 4, 2, 3])).toBeCloseTo(0.4, 15);
  });
});
