import type { Matrix } from './matrix';
import { symmetricEigen } from './symmetric-eigen';

const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 10_000;

/** V max(Lambda, floor) V^T: the nearest symmetric matrix with every eigenvalue at least floor. */
function eigenvaluesAtLeast(a: Matrix, floor: number): number[][] {
  const { values, vectors } = symmetricEigen(a);
  const n = a.length;
  const kept = values.map((x) => Math.max(x, floor));
  const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = 0;
      for (let k = 0; k < n; k++) sum += vectors[i][k] * kept[k] * vectors[j][k];
      out[i][j] = out[j][i] = sum; // exactly symmetric
    }
  }
  return out;
}

function withUnitDiagonal(a: Matrix): number[][] {
  return a.map((row, i) => row.map((x, j) => (i === j ? 1 : x)));
}

function distance(a: Matrix, b: Matrix): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < a.length; j++) sum += (a[i][j] - b[i][j]) ** 2;
  return Math.sqrt(sum);
}

function norm(a: Matrix): number {
  let sum = 0;
  for (const row of a) for (const x of row) sum += x * x;
  return Math.sqrt(sum);
}

/**
 * The correlation matrix nearest a symmetric matrix in the Frobenius norm, with every eigenvalue
 * at least `floor`: Higham's alternating projections (IMA Journal of Numerical Analysis 22, 2002,
 * algorithm 3.3, unweighted) between the matrices with eigenvalues >= floor and those with a unit
 * diagonal, with Dykstra's correction on the first, until successive iterates agree to a relative
 * 1e-12. A last step lifts eigenvalues that the unit diagonal pushed a hair below the floor
 * (eigenvalues raised a little above it, then the diagonal scaled back to 1).
 */
export function nearestCorrelation(a: Matrix, floor = 1e-6): number[][] {
  const n = a.length;
  let y = a.map((row) => [...row]);
  let x = y;
  let correction = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let k = 0; k < MAX_ITERATIONS; k++) {
    const r = y.map((row, i) => row.map((value, j) => value - correction[i][j]));
    const nextX = eigenvaluesAtLeast(r, floor);
    correction = nextX.map((row, i) => row.map((value, j) => value - r[i][j]));
    const nextY = withUnitDiagonal(nextX);
    const change = Math.max(
      distance(nextX, x) / norm(nextX),
      distance(nextY, y) / norm(nextY),
      distance(nextY, nextX) / norm(nextY),
    );
    x = nextX;
    y = nextY;
    if (change <= TOLERANCE) break;
  }
  for (let round = 0; round < 100; round++) {
    if (symmetricEigen(y).values[0] >= floor) break;
    const lifted = eigenvaluesAtLeast(y, floor * 1.01);
    const scale = lifted.map((row, i) => Math.sqrt(row[i]));
    y = lifted.map((row, i) =>
      row.map((value, j) => (i === j ? 1 : value / (scale[i] * scale[j]))),
    );
  }
  return y;
}
