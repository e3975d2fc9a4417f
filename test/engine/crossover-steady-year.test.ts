import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  steadyYearRecord,
  steadyYearTotal,
  vendorSteadyYearLines,
} from '../../src/engine/crossover/steady-year';
import type { VendorOption } from '../../src/engine/model';
import { steadyYearKinks } from '../../src/engine/crossover/kinks';
import { vendorTerms } from '../../src/engine/pricing/terms';
import { vendorArb } from '../support/arbitraries';
import { expectClose } from '../support/close';
import { smallScenario, vendor } from '../support/scenarios';
import { between } from '../support/engine-arbitraries';

// The crossover search reads the steady-state year (DOMAIN.md, crossover) without a record: its
// alike months are then worked out once each (the months charged in full, the one month the cap
// leaves a part to, the months after it), not 12 times. That total must be the one the year's
// lines add up to, month by month.

const vendorOf = (json: Record<string, unknown>): VendorOption =>
  smallScenario([{ ...json, name: 'V' }]).options[0] as VendorOption;

describe('the steady-state year read by the crossover search', () => {
  it('a cap reached in month 5: 4 months of 1,000, then 500, then nothing (and the gain-share on each)', () => {
    // 1,000 outcomes a month at $1, cap 4,500; people cost 1,000 x 2 = 2,000 a month, residual 0
    const option = vendorOf(
      vendor(
        { unit: 'outcome', price: 1, annualCap: 4500, gainShare: { share: 0.5 } },
        {
          resolutionRate: 1,
        },
      ),
    );
    // usage 4 x 1,000 + 500 = 4,500; gain-share 0.5 x (4 x 1,000 + 1,500 + 7 x 2,000) = 9,750
    const expected = 4500 + 9750;
    expectClose(steadyYearTotal(vendorTerms(option), 1000, 2), expected);
    const lines = vendorSteadyYearLines(option, 1000, 2);
    expectClose(lines.total, expected);
    expect(lines.months.map((m) => m.usage)).toEqual([
      1000, 1000, 1000, 1000, 500, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('equals the total of its lines, month by month, for any vendor and volume', () => {
    const record = steadyYearRecord();
    fc.assert(
      fc.property(vendorArb, between(0, 1e6), between(0.1, 10), (json, volume, h) => {
        const t = vendorTerms(vendorOf(json));
        const read = steadyYearTotal(t, volume, h);
        const byMonth = steadyYearTotal(t, volume, h, record);
        expectClose(read, byMonth, 1e-12, JSON.stringify({ json, volume, h }));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the cap, the commitment and the gain-share kinks of alike months', () => {
    // resolution 0.5 at $2 an outcome: V owed a month; the year's 12 V reaches the cap 60,000 at
    // V = 5,000 and the commitment less the platform fees, 36,000 - 12 x 1,000 = 24,000, at
    // V = 2,000; at h = 4 the gain-share fee starts where people (4 V) cost more than usage +
    // platform + residual (V + 1,000 + 2 V): V = 1,000
    const capped = vendorTerms(
      vendorOf(
        vendor({
          unit: 'outcome',
          price: 2,
          annualCap: 60000,
          annualCommit: 36000,
          platformFeeMonthly: 1000,
        }),
      ),
    );
    const kinks = steadyYearKinks(capped, 1e6, 2);
    expect(kinks).toHaveLength(2);
    expectClose(kinks[0], 2000);
    expectClose(kinks[1], 5000);
    const shared = vendorTerms(
      vendorOf(
        vendor({ unit: 'outcome', price: 2, platformFeeMonthly: 1000, gainShare: { share: 0.2 } }),
      ),
    );
    const gainShareKinks = steadyYearKinks(shared, 1e6, 4);
    expect(gainShareKinks).toHaveLength(1);
    expectClose(gainShareKinks[0], 1000);
  });
});
