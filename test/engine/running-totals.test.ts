import { describe, expect, it } from 'vitest';
import { runningTotals } from '../../src/engine/running-totals';

describe('runningTotals', () => {
  it('sums months 1..m for each month m', () => {
    expect(runningTotals([100, 250.5, 0, -50])).toEqual([100, 350.5, 350.5, 300.5]);
  });

  it('accepts typed arrays and gives an empty series for an empty one', () => {
    expect(runningTotals(new Float64Array([1, 2, 3]))).toEqual([1, 3, 6]);
    expect(runningTotals([])).toEqual([]);
  });
});
