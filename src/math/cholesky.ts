import type { Matrix } from './matrix';

/**
 * The lower-triangular L with L L^T = A, for a symmetric positive definite A (only its lower
 * triangle is read), by the Cholesky-Banachiewicz rows; null when a pivot is not positive, that
 * is when A is not positive definite.
 */
export function cholesky(a: Matrix): number[][] | null {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > 0)) return null;
        l[i][i] = Math.sqrt(sum);
      } else {
        l[i][j] = sum / l[j][j];
      }
    }
  }
  return l;
}

/** The inverse of a lower-triangular matrix with a non-zero diagonal, by forward substitution. */
export function lowerInverse(l: Matrix): number[][] {
  const n = l.length;
  const inverse = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let column = 0; column < n; column++) {
    for (let i = column; i < n; i++) {
      let sum = i === column ? 1 : 0;
      for (let k = column; k < i; k++) sum -= l[i][k] * inverse[k][column];
      inverse[i][column] = sum / l[i][i];
    }
  }
  return inverse;
}
