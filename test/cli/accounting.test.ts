import { describe, expect, it } from 'vitest';
import { runInProcess, runOk } from './run-cli';

describe('crossover run: the accounting view', () => {
  it('--json gives each option its year table, totals and book value, and each month its amortization and expense', async () => {
    const out = JSON.parse(await runOk(['run', 'examples/capitalised-build.json', '--json']));
    const build = out.options.find((o: { kind: string }) => o.kind === 'build');
    // K = 0.8 x 1,800,000 = 1,440,000 over 60 months from month 7: 24,000 a month, 30 months inside 36.
    expect(build.accounting.total.amortization).toBeCloseTo(720_000, 6);
    expect(build.accounting.bookValueAtHorizon).toBeCloseTo(720_000, 6);
    expect(build.accounting.years.map((y: { year: number }) => y.year)).toEqual([1, 2, 3]);
    expect(Object.keys(build.accounting.years[0])).toEqual([
      'year',
      'cash',
      'expense',
      'amortization',
      'ebitdaCost',
    ]);
    expect(build.monthly[6].amortization).toBe(24_000);
    expect(build.monthly[5].amortization).toBe(0);
    // month 1: cash includes 300,000 of build spend; 80% of it leaves the P&L
    expect(build.monthly[0].expense).toBeCloseTo(build.monthly[0].total - 240_000, 6);
    const cash = build.monthly.reduce((s: number, m: { total: number }) => s + m.total, 0);
    expect(build.accounting.total.cash).toBeCloseTo(cash, 6);
    expect(build.accounting.total.ebitdaCost).toBeCloseTo(
      build.accounting.total.expense - 720_000,
      6,
    );
    const vendor = out.options.find((o: { kind: string }) => o.kind === 'vendor');
    expect(vendor.accounting.total.expense).toBe(vendor.accounting.total.cash);
  });

  it('prints the P&L table and says the EBITDA ranking differs from cash', async () => {
    const { stdout } = await runInProcess(['run', 'examples/capitalised-build.json']);
    expect(stdout).toMatch(/P&L beside cash, by contract year/);
    expect(stdout).toMatch(
      /Build \(80% capitalised\)\s+total\s+\$8,244,903\s+\$7,524,903\s+\$720,000\s+\$6,804,903\s+\$720,000/,
    );
    expect(stdout).toMatch(
      /The cost above EBITDA over 36 months ranks the options differently from cash: "Build \(80% capitalised\)", "Per resolution", "Status quo"/,
    );
    expect(stdout).not.toMatch(/The P&L expense over 36 months ranks/);
  });

  it('leaves the table out when no option capitalises or prepays, unless --accounting asks', async () => {
    expect((await runInProcess(['run'])).stdout).not.toMatch(/P&L beside cash/);
    const asked = await runInProcess(['run', '--accounting']);
    expect(asked.stdout).toMatch(/P&L beside cash/);
    expect(asked.stdout).not.toMatch(/ranks the options differently/);
  });
});
