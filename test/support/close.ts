import { expect } from 'vitest';

/** Asserts a relative difference of at most tol (1e-9 by default, DOMAIN's standard). */
export function expectClose(
  actual: number | null,
  expected: number | null,
  tol = 1e-9,
  label = '',
): void {
  if (expected === null || actual === null) {
    expect(actual, label).toBe(expected);
    return;
  }
  const scale = Math.max(Math.abs(expected), 1e-12);
  const rel = Math.abs(actual - expected) / scale;
  if (!(rel <= tol || Math.abs(actual - expected) <= 1e-12)) {
    expect.fail(
      `${label} expected ${expected} but got ${actual} (relative difference ${rel.toExponential(2)})`,
    );
  }
}
