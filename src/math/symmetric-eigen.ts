import type { Matrix } from './matrix';

export interface Eigen {
  /** The eigenvalues, ascending. */
  values: number[];
  /** vectors[i][k] is component i of the eigenvector of values[k] (the vectors are columns). */
  vectors: number[][];
}

const MAX_SWEEPS = 100;

/**
 * The eigenvalues and eigenvectors of a symmetric matrix by cyclic Jacobi rotations (Numerical
 * Recipes 11.1): each rotation zeroes one off-diagonal entry; sweeps over every entry repeat
 * until the off-diagonal part is below 1e-30 of the whole (squared). Accurate to a few units
 * of the last place for the small matrices here (one row per ranged variable).
 */
export function symmetricEigen(matrix: Matrix): Eigen {
  const n = matrix.length;
  const a = matrix.map((row) => [...row]);
  const v = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => +(i === j)));
  let total = 0;
  for (const row of a) for (const x of row) total += x * x;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p][q] * a[p][q];
    if (off <= 1e-30 * total) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        if (a[p][q] === 0) continue;
        rotate(a, v, p, q);
      }
    }
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => a[x][x] - a[y][y]);
  return {
    values: order.map((k) => a[k][k]),
    vectors: v.map((row) => order.map((k) => row[k])),
  };
}

/** One Jacobi rotation in the (p, q) plane that makes a[p][q] zero: A <- J^T A J, V <- V J. */
function rotate(a: number[][], v: number[][], p: number, q: number): void {
  const n = a.length;
  const theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
  // t = tan of the rotation angle, the smaller root of t^2 + 2 theta t - 1 = 0
  const t = Number.isFinite(theta * theta)
    ? Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1))
    : 1 / (2 * theta);
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const akp = a[k][p];
    const akq = a[k][q];
    a[k][p] = c * akp - s * akq;
    a[k][q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p][k];
    const aqk = a[q][k];
    a[p][k] = c * apk - s * aqk;
    a[q][k] = s * apk + c * aqk;
  }
  a[p][q] = 0;
  a[q][p] = 0;
  for (let k = 0; k < n; k++) {
    const vkp = v[k][p];
    const vkq = v[k][q];
    v[k][p] = c * vkp - s * vkq;
    v[k][q] = s * vkp + c * vkq;
  }
}

/** The smallest eigenvalue of a symmetric matrix. */
export function smallestEigenvalue(matrix: Matrix): number {
  return matrix.length === 0 ? Infinity : symmetricEigen(matrix).values[0];
}
