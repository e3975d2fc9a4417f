import { describe, expect, it } from 'vitest';
import { trueUps } from '../../src/engine/commitment';
import { column } from '../support/scenarios';
import { evaluateOutcomeVendor } from '../support/engine-outcome-vendor';

describe('annual commitment', () => {
  it('trues up the shortfall at each year end and prorates a final partial year', () => {
    const spend = Array(15).fill(600);
    const t = Array.from(trueUps(spend, 12000));
    expect(t[11]).toBe(12000 - 7200);
    expect(t[14]).toBe(12000 * (3 / 12) - 1800);
    expect(t.filter((x, i) => i !== 11 && i !== 14 && x !== 0)).toEqual([]);
  });
  it('owes nothing when spend meets the commitment', () => {
    expect(Array.from(trueUps([5000, 5000, 5000], 12000))[2]).toBe(0); // 3/12 of 12,000 = 3,000 <= 15,000
  });
  it('counts usage and platform fees, not gain-share or one-time fees', () => {
    const r = evaluateOutcomeVendor(1, {
      platformFeeMonthly: 100,
      oneTimeFee: 999,
      annualCommit: 12000,
    });
    // three months of a one-year commitment: 3,000 against 3 x (500 + 100)
    expect(column(r, 'trueUp')).toEqual([0, 0, 3000 - 1800]);
  });
});
