/** A square matrix as rows of numbers. */
export type Matrix = readonly (readonly number[])[];

/** The n x n identity matrix. */
export function identityMatrix(n: number): number[][] {
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
}

/** The product A B of two matrices. */
export function multiply(a: Matrix, b: Matrix): number[][] {
  const rows = a.length;
  const inner = b.length;
  const columns = inner === 0 ? 0 : b[0].length;
  return Array.from({ length: rows }, (_, i) =>
    Array.from({ length: columns }, (_, j) => {
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += a[i][k] * b[k][j];
      return sum;
    }),
  );
}
