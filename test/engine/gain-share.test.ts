import { describe, expect, it } from 'vitest';
import { gainShareFee } from '../../src/engine/gain-share';
import { column, evaluateOne, vendor } from '../support/scenarios';
import { evaluateOutcomeVendor } from '../support/engine-outcome-vendor';

describe('gain-share', () => {
  it('is the share of savings against the status quo, never negative', () => {
    expect(gainShareFee(2000, 1100, 0.3)).toBeCloseTo(270, 12);
    expect(gainShareFee(1000, 1100, 0.3)).toBe(0);
  });
  it('is paid to the vendor on top of its other charges', () => {
    const r = evaluateOne(
      vendor({ unit: 'none', platformFeeMonthly: 100, gainShare: { share: 0.3 } }),
    );
    // baseline 2,000; with the vendor 100 + residual 1,000; savings 900; fee 270
    column(r, 'gainShare').forEach((g) => expect(g).toBeCloseTo(270, 9));
    column(r, 'total').forEach((t) => expect(t).toBeCloseTo(1370, 9));
  });
  it('is neither capped nor counted toward the commitment', () => {
    const r = evaluateOutcomeVendor(0.2, {
      annualCap: 150,
      annualCommit: 1200,
      gainShare: { share: 0.5 },
    });
    // usage 100, 50, 0 (cap 150); savings = 2000 - (usage + 1000)
    expect(column(r, 'usage')).toEqual([100, 50, 0]);
    expect(column(r, 'gainShare')).toEqual([450, 475, 500]);
    expect(column(r, 'trueUp')).toEqual([0, 0, 300 - 150]);
  });
});
