import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputProblem } from '../../src/reconcile/input-problem';
import { reconcileCounts } from '../../src/reconcile/reconcile-counts';
import { reconcileCsvText, reconcileTable } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import {
  GENERATOR_DEFINITION,
  generateEvents,
  SUPPORT_DESK_EXAMPLE,
} from '../../src/reconcile/generate-events';
import { tableFromGrid } from '../../src/reconcile/table/from-grid';
import { monthCounts } from '../support/reconcile-month-counts';

const close = (actual: number | null, expected: number) =>
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.abs(expected));

describe('reconciling counts (DOMAIN.md "Reconciling counts")', () => {
  const counts = [
    { month: '2025-01', contacts: 1000, vendorCount: 420, buyerCount: 400, both: 390 },
    { month: '2025-02', contacts: 1000, vendorCount: 520, buyerCount: 400, both: 395 },
    { month: '2025-03', contacts: 10, vendorCount: 3, buyerCount: 0, both: 0 },
  ];
  const r = reconcileCounts(counts, 0.99, 0.1);

  it('per month: effective price, overcharge, tolerance and the corrected invoice', () => {
    const [jan, feb, mar] = r.months;
    close(jan.effectivePrice, (0.99 * 420) / 400);
    close(jan.overcharge, 0.99 * 20);
    expect(jan.toleranceExceeded).toBe(false); // 20 / 400 = 5% <= 10%
    close(jan.correctedInvoice, 0.99 * 420);
    expect(jan.billedNotOutcome).toBe(30);
    expect(jan.outcomeNotBilled).toBe(10);
    close(feb.overcountRatio, 1.3);
    expect(feb.toleranceExceeded).toBe(true); // 120 / 400 = 30% > 10%
    expect(feb.billableCount).toBe(400);
    close(feb.correctedInvoice, 0.99 * 400);
    close(feb.vendorInvoice, 0.99 * 520);
    expect(mar.effectivePrice).toBeNull();
    expect(mar.overcountRatio).toBeNull();
    expect(mar.toleranceExceeded).toBe(true);
    expect(mar.correctedInvoice).toBe(0);
  });

  it('in total: sums, with the clause applied month by month', () => {
    expect(r.total.vendorCount).toBe(943);
    expect(r.total.buyerCount).toBe(800);
    expect(r.total.both).toBe(785);
    close(r.total.overcharge, 0.99 * 143);
    close(r.total.effectivePrice, (0.99 * 943) / 800);
    expect(r.total.billableCount).toBe(420 + 400 + 0);
    close(r.total.correctedInvoice, 0.99 * 820);
  });
});

describe('the committed example reproduces 41,000 billed against 27,000', () => {
  const text = readFileSync('examples/events/support-desk.csv', 'utf8');
  const settings = reconcileSettings({ definition: GENERATOR_DEFINITION, price: 0.99 });
  const { reconciliation, counts } = reconcileCsvText(text, 'support-desk.csv', settings);
  it('is exactly what the seeded generator writes', () => {
    const chunks: string[] = [];
    generateEvents(SUPPORT_DESK_EXAMPLE, (c) => chunks.push(c));
    expect(chunks.join('') === text).toBe(true);
  });
  it('totals', () => {
    expect(counts).toHaveLength(12);
    expect(reconciliation.total.vendorCount).toBe(41_000);
    expect(reconciliation.total.buyerCount).toBe(27_000);
    close(reconciliation.total.overcharge, 0.99 * 14_000);
    close(reconciliation.total.effectivePrice, (0.99 * 41_000) / 27_000);
  });
  it('the ratio drifts upward over the year, as a drifting classifier makes it', () => {
    const ratios = reconciliation.months.map((m) => m.overcountRatio as number);
    expect(ratios[11]).toBeGreaterThan(ratios[0] * 1.15);
    expect(ratios.filter((r, i) => i > 0 && r > ratios[i - 1]).length).toBeGreaterThanOrEqual(7);
  });
  it('a stricter definition finds fewer outcomes', () => {
    const stricter = reconcileSettings({
      definition: `${GENERATOR_DEFINITION} and csat == 5`,
      price: 0.99,
    });
    const total = reconcileCsvText(text, 'support-desk.csv', stricter).reconciliation.total;
    expect(total.buyerCount).toBeLessThan(27_000);
    expect(total.buyerCount).toBeGreaterThan(0);
  });
});

describe('bad input names the field and the value', () => {
  const base = { definition: 'csat >= 4', price: 1 };
  it.each([
    [{ price: -1 }, /price must be a number >= 0.*got -1/],
    [{ price: Number.NaN }, /price must be a number >= 0.*got NaN/],
    [{ tolerance: -0.1 }, /tolerance must be a number >= 0.*got -0.1/],
  ])('%j', (override, message) => {
    expect(() => reconcileSettings({ ...base, ...override })).toThrow(message);
  });
  it('a missing column lists those available', () => {
    const settings = reconcileSettings({ ...base, periodColumn: 'month' });
    expect(() =>
      reconcileCsvText('period,csat,vendor_billed\n2025-01-01,5,1', 'x.csv', settings),
    ).toThrow(/period column "month" is not in x.csv; available columns: .*period/);
  });
  it('a bad period or billed flag names the row and the value', () => {
    const settings = reconcileSettings(base);
    expect(() =>
      reconcileCsvText('period,csat,vendor_billed\n2025-01-01,5,1\nsoon,4,0', 'x.csv', settings),
    ).toThrow(/period column "period", data row 2: .*got "soon"/);
    expect(() =>
      reconcileCsvText('period,csat,vendor_billed\n2025-01,5,maybe', 'x.csv', settings),
    ).toThrow(InputProblem);
  });
});

describe('an Excel range with a header row', () => {
  it('reads serial dates in the period column and typed cells', () => {
    // 45658 is 2025-01-01 and 45689 is 2025-02-01 in Excel's 1900 date system
    const grid = [
      ['period', 'status', 'csat', 'vendor_billed'],
      [45658, 'closed', 5, true],
      [45660, 'closed', 3, true],
      [45689, 'open', '', false],
      [45690, 'closed', 4, 1],
    ];
    const table = tableFromGrid(grid, 'table', 'period');
    const settings = reconcileSettings({
      definition: 'status == "closed" and csat >= 4',
      price: 2,
    });
    const { counts } = reconcileTable(table, settings);
    expect(counts).toEqual([
      // the billed row with csat 3 fails the second clause, and only it
      monthCounts('2025-01', { contacts: 2, vendorCount: 2, buyerCount: 1, both: 1 }, [
        [0, 0],
        [1, 1],
      ]),
      monthCounts('2025-02', { contacts: 2, vendorCount: 1, buyerCount: 1, both: 1 }, [
        [0, 0],
        [0, 0],
      ]),
    ]);
  });
});
