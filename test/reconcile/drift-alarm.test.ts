import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcile as reconcileFunction, RECONCILE_HEADER } from '../../functions/reconcile';
import { reconciliationWorkbookModel } from '../../src/export/reconciliation-workbook';
import { driftAlarm } from '../../src/reconcile/drift-alarm';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import { runInProcess } from '../cli/run-cli';

// DOMAIN.md's drift alarm, computed here another way: each month's fit by the normal equations
// over the usable months before it, and Student's t quantile by bisection on a distribution
// function integrated from the density by Simpson's rule, on an export written here with a jump.

const dir = mkdtempSync(join(tmpdir(), 'crossover-alarm-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Gamma at a whole or half-whole positive number. */
function gamma(x: number): number {
  let value = Number.isInteger(x) ? 1 : Math.sqrt(Math.PI);
  for (let z = Number.isInteger(x) ? 1 : 0.5; z < x; z++) value *= z;
  return value;
}

/** P(T <= t) for t >= 0: one half plus the density integrated from 0 by Simpson's rule. */
function tCdf(t: number, df: number): number {
  const c = gamma((df + 1) / 2) / (Math.sqrt(df * Math.PI) * gamma(df / 2));
  const f = (x: number) => c * (1 + (x * x) / df) ** (-(df + 1) / 2);
  const steps = 20_000;
  const h = t / steps;
  let sum = f(0) + f(t);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
  return 0.5 + (sum * h) / 3;
}

function tQuantile975(df: number): number {
  let lo = 0;
  let hi = 100;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (tCdf(mid, df) < 0.975) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

interface Month {
  month: string;
  vendor: number;
  buyer: number;
}

/** The rule as DOMAIN.md states it, by the normal equations of y = a + b t. */
function oracleAlarms(months: Month[]): (boolean | null)[] {
  const calendar = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  const usable = months.filter((m) => m.vendor > 0 && m.buyer > 0);
  const tOf = (m: Month) => (calendar(m.month) - calendar(usable[0].month)) / 12;
  const yOf = (m: Month) => Math.log(m.vendor / m.buyer);
  return months.map((m) => {
    if (!(m.vendor > 0 && m.buyer > 0)) return null;
    const before = usable.filter((u) => calendar(u.month) < calendar(m.month));
    const n = before.length;
    if (n < 4) return null;
    const t = before.map(tOf);
    const y = before.map(yOf);
    const st = t.reduce((s, v) => s + v, 0);
    const stt = t.reduce((s, v) => s + v * v, 0);
    const sy = y.reduce((s, v) => s + v, 0);
    const sty = t.reduce((s, v, i) => s + v * y[i], 0);
    const det = n * stt - st * st;
    const a = (stt * sy - st * sty) / det;
    const b = (n * sty - st * sy) / det;
    const sigma = Math.sqrt(y.reduce((s, v, i) => s + (v - a - b * t[i]) ** 2, 0) / (n - 2));
    const tj = tOf(m);
    const sxx = stt - (st * st) / n;
    const bound =
      a + b * tj + tQuantile975(n - 2) * sigma * Math.sqrt(1 + 1 / n + (tj - st / n) ** 2 / sxx);
    return yOf(m) > bound;
  });
}

// Twelve months of 200 contacts, 100 outcomes each: the vendor's ratio drifts 15% a year from
// 1.2 with a little scatter, nothing is billed in 2025-05 (a gap), and 2025-10 jumps by a third.
const SCATTER = [0.02, -0.015, 0.01, -0.02, 0, 0.015, -0.01, 0.005, 0, -0.01, 0.012, -0.004];
const MONTHS: Month[] = SCATTER.map((s, i) => {
  const month = `2025-${String(i + 1).padStart(2, '0')}`;
  const jump = month === '2025-10' ? 4 / 3 : 1;
  const vendor =
    month === '2025-05' ? 0 : Math.round(100 * 1.2 * 1.15 ** (i / 12) * Math.exp(s) * jump);
  return { month, vendor, buyer: 100 };
});

/** The export: outcomes billed, then billed non-outcomes (csat 2), then open tickets not billed. */
function exportCsv(months: Month[]): string {
  const rows = ['contact_id,period,status,reopen_days,csat,vendor_billed'];
  let id = 0;
  for (const m of months)
    for (let i = 0; i < 200; i++) {
      const outcome = i < m.buyer;
      const billed = m.vendor > 0 && i < m.vendor;
      const row = outcome ? 'closed,,5' : billed ? 'closed,,2' : 'open,,';
      rows.push(
        `${++id},${m.month}-${String((i % 28) + 1).padStart(2, '0')},${row},${billed ? 1 : 0}`,
      );
    }
  return `${rows.join('\n')}\n`;
}

const CSV = exportCsv(MONTHS);
const EVENTS = join(dir, 'jump.csv');
writeFileSync(EVENTS, CSV);
const EXPECTED = oracleAlarms(MONTHS);

describe('the drift alarm', () => {
  it('the oracle itself: Student t quantiles to 1e-9 of the tables', () => {
    expect(tQuantile975(2)).toBeCloseTo(4.302652729911275, 9);
    expect(tQuantile975(5)).toBeCloseTo(2.570581835636314, 9);
  });

  it('flags the jump and nothing else, null before four usable months and in the gap', () => {
    expect(EXPECTED).toEqual([
      null,
      null,
      null,
      null,
      null, // 2025-05: nothing billed
      false, // four usable months before it
      false,
      false,
      false,
      true, // the jump
      false,
      false,
    ]);
  });

  it('reconcile --json carries driftAlarm per month equal to the independent computation', async () => {
    for (const engine of ['js', 'duckdb']) {
      const { code, stdout } = await runInProcess([
        'reconcile',
        EVENTS,
        ...['--definition', GENERATOR_DEFINITION, '--price', '1', '--json', '--engine', engine],
      ]);
      expect(code).toBe(0);
      const json = JSON.parse(stdout) as {
        months: { month: string; vendorCount: number; driftAlarm: boolean | null }[];
        total: { driftAlarm: boolean | null };
      };
      expect(json.months.map((m) => m.vendorCount)).toEqual(MONTHS.map((m) => m.vendor));
      expect(json.months.map((m) => m.driftAlarm)).toEqual(EXPECTED);
      expect(json.total.driftAlarm).toBeNull();
    }
  });

  it('a perfectly straight trend raises no alarm; a month below its trend neither', () => {
    const counts = (vendor: number[]) =>
      vendor.map((v, i) => ({
        month: `2026-${String(i + 1).padStart(2, '0')}`,
        contacts: 1000,
        vendorCount: v,
        buyerCount: 100,
        both: 100,
      }));
    expect(driftAlarm(counts([120, 120, 120, 120, 120, 120]))).toEqual([
      null,
      null,
      null,
      null,
      false,
      false,
    ]);
    expect(driftAlarm(counts([120, 123, 119, 122, 60]))).toEqual([null, null, null, null, false]);
  });

  it('the text table has a drift alarm column: yes on the jump, n/a where not judged', async () => {
    const { stdout } = await runInProcess([
      'reconcile',
      EVENTS,
      ...['--definition', GENERATOR_DEFINITION, '--price', '1'],
    ]);
    const lines = stdout.split('\n');
    expect(lines[0].trimEnd().endsWith('drift alarm')).toBe(true);
    const cell = (month: string) =>
      lines
        .find((l) => l.startsWith(month))!
        .trim()
        .split(/\s+/)
        .at(-1);
    expect(MONTHS.map((m) => cell(m.month))).toEqual(
      EXPECTED.map((e) => (e === null ? 'n/a' : e ? 'yes' : 'no')),
    );
  });

  it("OUTCOME.RECONCILE's spill and the workbook's sheet carry the column", () => {
    const header = CSV.split('\n')[0].split(',');
    const grid = CSV.trimEnd()
      .split('\n')
      .map((line, i) =>
        i === 0
          ? header
          : line.split(',').map((c) => (c !== '' && !Number.isNaN(Number(c)) ? Number(c) : c)),
      );
    const rows = reconcileFunction(grid, GENERATOR_DEFINITION, 1);
    const column = RECONCILE_HEADER.indexOf('drift alarm');
    expect(column).toBe(RECONCILE_HEADER.length - 1);
    expect(rows.slice(1, 13).map((r) => r[column])).toEqual(
      EXPECTED.map((e) => (e === null ? '' : e ? 'yes' : 'no')),
    );
    expect(rows[13][0]).toBe('total');
    expect(rows[13][column]).toBe('');

    const settings = reconcileSettings({ definition: GENERATOR_DEFINITION, price: 1 });
    const { reconciliation } = reconcileCsvText(CSV, EVENTS, settings);
    const sheet = reconciliationWorkbookModel({
      reconciliation,
      definition: GENERATOR_DEFINITION,
      source: EVENTS,
      currency: 'USD',
      exportDate: '2026-01-01',
      version: 'test',
    }).sheets[0];
    const at = (ref: string) => sheet.cells.find((c) => c.ref === ref)?.value;
    expect(at('N8')).toBe('drift alarm');
    expect(MONTHS.map((_, i) => at(`N${9 + i}`))).toEqual(
      EXPECTED.map((e) => (e === null ? 'n/a' : e ? 'yes' : 'no')),
    );
  });
});
