import { describe, expect, it } from 'vitest';
import { overcountRatio } from '../../src/engine/drift';
import { estimateDrift } from '../../src/reconcile/estimate-drift';
import {
  GENERATOR_DEFINITION,
  generateEvents,
  type EventGeneratorSettings,
} from '../../src/reconcile/generate-events';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { studentTCdf, studentTQuantile } from '../../src/reconcile/student-t';

function countsOf(settings: EventGeneratorSettings) {
  const chunks: string[] = [];
  generateEvents(settings, (c) => chunks.push(c));
  const reconcile = reconcileSettings({ definition: GENERATOR_DEFINITION, price: 1 });
  return reconcileCsvText(chunks.join(''), 'generated', reconcile).counts;
}

describe("Student's t", () => {
  it.each([
    [0.975, 1, 12.706204736],
    [0.975, 10, 2.228138852],
    [0.95, 5, 2.015048373],
    [0.995, 30, 2.749995653],
  ])('quantile %f with %i degrees of freedom', (p, df, t) => {
    expect(Math.abs(studentTQuantile(p, df) - t)).toBeLessThan(1e-6);
    expect(Math.abs(studentTCdf(t, df) - p)).toBeLessThan(1e-8);
  });
});

describe('drift estimation', () => {
  it('recovers k0 and D exactly from noiseless ratios', () => {
    const counts = Array.from({ length: 18 }, (_, i) => {
      const month = `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      const buyer = 1000 + 10 * i;
      return {
        month,
        contacts: 5000,
        buyerCount: buyer,
        vendorCount: buyer * overcountRatio(1.3, 0.2, i + 1),
        both: buyer,
      };
    });
    const estimate = estimateDrift(counts);
    expect(Math.abs(estimate.initialRatio - 1.3)).toBeLessThan(1e-9 * 1.3);
    expect(Math.abs(estimate.driftAnnual - 0.2)).toBeLessThan(1e-9);
    expect(estimate.monthsUsed).toBe(18);
    expect(estimate.interval.driftAnnual.high - estimate.interval.driftAnnual.low).toBeLessThan(
      1e-9,
    );
  });

  it('skips months without counts and measures time in calendar months', () => {
    const months = ['2025-01', '2025-02', '2025-05', '2025-09'];
    const counts = months.map((month) => {
      const m = Number(month.slice(5));
      return {
        month,
        contacts: 10,
        buyerCount: 100,
        vendorCount: 100 * overcountRatio(1.1, 0.5, m),
        both: 90,
      };
    });
    counts.push({ month: '2025-10', contacts: 10, buyerCount: 0, vendorCount: 5, both: 0 });
    const estimate = estimateDrift(counts);
    expect(estimate.monthsUsed).toBe(4);
    expect(Math.abs(estimate.driftAnnual - 0.5)).toBeLessThan(1e-9);
  });

  it('needs three usable months', () => {
    const month = { contacts: 1, buyerCount: 1, vendorCount: 1, both: 1 };
    expect(() =>
      estimateDrift([
        { month: '2025-01', ...month },
        { month: '2025-02', ...month },
      ]),
    ).toThrow(/at least 3 months .* got 2/);
  });

  it("recovers the generator's overcount and drift within its interval", () => {
    const truth = { initialRatio: 1.25, driftAnnual: 0.2 };
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    let k0Covered = 0;
    let driftCovered = 0;
    for (const seed of seeds) {
      const estimate = estimateDrift(
        countsOf({
          seed,
          startMonth: '2024-07',
          months: 18,
          contactsPerMonth: 6000,
          outcomeShare: 0.45,
          ...truth,
          billedWhenOutcome: 0.96,
          exact: false,
        }),
      );
      const { initialRatio: k, driftAnnual: d } = estimate.interval;
      if (k.low <= truth.initialRatio && truth.initialRatio <= k.high) k0Covered++;
      if (d.low <= truth.driftAnnual && truth.driftAnnual <= d.high) driftCovered++;
      expect(Math.abs(estimate.initialRatio - truth.initialRatio)).toBeLessThan(0.05);
      expect(Math.abs(estimate.driftAnnual - truth.driftAnnual)).toBeLessThan(0.06);
    }
    // 95% intervals: with 8 independent exports, 6 or more covering has probability > 0.99
    expect(k0Covered).toBeGreaterThanOrEqual(6);
    expect(driftCovered).toBeGreaterThanOrEqual(6);
  });
});
