// @vitest-environment jsdom
// The Results tab: the answer first (recommendation card), the compact ranking, the cash / P&L /
// EBITDA switch and year table, and the crossover table; every figure against the engine and
// the DOMAIN.md definitions.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateScenario, type ScenarioResult } from '../../src/engine/evaluate';
import { formatMoney, formatNumber } from '../../src/text/format';
import { parseScenario } from '../../src/scenario/load';
import capitalisedBuild from '../../examples/capitalised-build.json';
import type { Draft } from '../../taskpane/state/draft';
import { defaultDraft } from '../../taskpane/state/examples';
import { installDomShims } from './setup-dom';
import { rankingNames, renderApp } from './render-app';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);

beforeAll(() => installDomShims());
afterEach(cleanup);

function engine(draft: Draft): ScenarioResult {
  const parsed = parseScenario(draft);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return evaluateScenario(parsed.scenario);
}

const usd = (v: number) => formatMoney(v, 'USD', 0);

function cumulativeChart(container: HTMLElement): { label: string; data: number[] }[] {
  const chart = container.querySelector('[aria-label^="Cumulative"]') as HTMLElement;
  return JSON.parse(chart.getAttribute('data-chart')!).datasets;
}

const closeTo = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

describe('the answer first', () => {
  it('puts the recommendation, its NPV, saving, runner-up and margin on a card', () => {
    renderApp();
    const result = engine(defaultDraft());
    const [best, next] = result.ranking.map((n) => result.options.find((o) => o.name === n)!);
    expect(screen.getByTestId('recommendation-choice').textContent).toBe(best.name);
    expect(screen.getByTestId('recommendation-npv').textContent).toBe(usd(best.npv));
    // saving = status-quo total cost - this option's total cost (DOMAIN.md)
    expect(screen.getByTestId('recommendation-saving').textContent).toBe(
      usd(result.statusQuoTotalCost - best.totalCost),
    );
    expect(screen.getByText(`Ahead of ${next.name} (NPV)`)).toBeTruthy();
    expect(screen.getByTestId('recommendation-margin').textContent).toBe(usd(next.npv - best.npv));
    // Hybrid capped and Per resolution are both vendors: the decisive comparison is the NPVs.
    expect(screen.getByTestId('recommendation-why').textContent).toBe(
      `Its NPV over 36 months is ${usd(next.npv - best.npv)} below ${next.name}'s.`,
    );
  });

  it('says why with the build-against-vendor comparison when those two are first and second', () => {
    renderApp({ draft: structuredClone(capitalisedBuild) as Draft });
    const result = engine(capitalisedBuild as Draft);
    expect(result.ranking.slice(0, 2)).toEqual(['Per resolution', 'Build (80% capitalised)']);
    const c = result.comparisons[0];
    // the build pays back only after the horizon (month 56 for this example, as `crossover run`
    // prints it): the card says which month rather than "not within 36 months"
    expect(c.breakevenMonth).toBeNull();
    expect(c.breakevenAfterHorizon).toBe(56);
    expect(screen.getByTestId('recommendation-why').textContent).toBe(
      `Build (80% capitalised) breaks even with Per resolution in month 56, after the 36-month horizon; the build is cheaper above ${formatNumber(c.crossoverContactsPerMonth!)} contacts a month.`,
    );
  });

  it('shows four columns in the ranking and opens the rest from the option name', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    const result = engine(defaultDraft());
    expect(rankingNames(container)).toEqual(result.ranking);
    const headers = [...container.querySelectorAll('[data-testid=ranking] thead th')];
    expect(headers.map((h) => h.textContent)).toEqual([
      '#',
      'Option',
      'NPV',
      'Saving vs status quo',
    ]);
    const name = result.ranking[1];
    const option = result.options.find((o) => o.name === name)!;
    const toggle = screen.getByRole('button', { name });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const details = container.querySelector(`[data-details="${name}"]`) as HTMLElement;
    expect(within(details).getByText(usd(option.totalCost))).toBeTruthy();
    expect(within(details).getByText(formatMoney(option.costPerContact!, 'USD', 2))).toBeTruthy();
    // the ranking's rows are still the options alone
    expect(rankingNames(container)).toEqual(result.ranking);
    await user.keyboard('{Enter}');
    expect(container.querySelector(`[data-details="${name}"]`)).toBeNull();
  });
});

describe('cash beside the P&L', () => {
  it('switches the cumulative chart between cash, P&L expense and cost above EBITDA', async () => {
    const user = userEvent.setup();
    const draft = structuredClone(capitalisedBuild) as Draft;
    const { container } = renderApp({ draft });
    const result = engine(draft);
    const build = result.options.find((o) => o.name === 'Build (80% capitalised)')!;
    const line = (label: string) => cumulativeChart(container).find((d) => d.label === label)!;
    // Cash: the running total of the schedule, ending at the total cost.
    closeTo(line(build.name).data[35], build.totalCost);
    expect(cumulativeChart(container).some((d) => d.label === 'Breakeven')).toBe(false);
    await user.click(screen.getByRole('radio', { name: 'P&L' }));
    // DOMAIN.md: K = s x buildCost = 0.8 x 1,800,000; amortised over L = 60 months from month 7;
    // expense = total - s x buildSpend + amortization. Over 36 months: 30 months of K / 60.
    const K = 0.8 * 1_800_000;
    const amortised = (30 * K) / 60;
    closeTo(line(build.name).data[35], build.totalCost - K + amortised);
    // Month 6 (still building): the P&L carries only the uncapitalised fifth of the spend so far.
    const pnl6 = line(build.name).data[5];
    await user.click(screen.getByRole('radio', { name: 'EBITDA' }));
    // Above EBITDA: the amortisation leaves too.
    closeTo(line(build.name).data[35], build.totalCost - K);
    closeTo(line(build.name).data[5], pnl6);
    await user.click(screen.getByRole('radio', { name: 'Cash' }));
    closeTo(line(build.name).data[35], build.totalCost);
  });

  it('notes when the EBITDA ranking differs from cash', () => {
    renderApp({ draft: structuredClone(capitalisedBuild) as Draft });
    const note = screen.getByTestId('ranking-differs').textContent!;
    expect(note).toContain(
      'Ranked by cost above EBITDA over 36 months the order differs from cash: Build (80% capitalised), Per resolution, Status quo (cash: Per resolution, Build (80% capitalised), Status quo',
    );
  });

  it('has no such note and no year table when nothing capitalises or prepays', () => {
    renderApp();
    expect(screen.queryByTestId('ranking-differs')).toBeNull();
    // and, as `crossover run` does, no year table: every basis is the cash
    expect(screen.queryByTestId('accounting-years')).toBeNull();
    expect(screen.getByTestId('books-equal-cash')).toBeTruthy();
  });

  it('tables the contract years of the chosen option with the book value at the horizon', () => {
    const draft = structuredClone(capitalisedBuild) as Draft;
    const { container } = renderApp({ draft });
    const result = engine(draft);
    const cell = (year: string, measure: string) =>
      container.querySelector(
        `[data-testid=accounting-years] td[data-year="${year}"][data-measure="${measure}"]`,
      )?.textContent;
    const MEASURES = ['cash', 'expense', 'amortization', 'ebitdaCost'] as const;
    // The capitalising build first: K / L = 1,440,000 / 60 = 24,000 a month from month 7.
    const build = result.options.find((o) => o.name === 'Build (80% capitalised)')!;
    for (const y of build.accounting.years)
      for (const m of MEASURES) expect(cell(String(y.year), m)).toBe(usd(y[m]));
    expect(cell('1', 'amortization')).toBe(usd(6 * 24_000));
    expect(cell('2', 'amortization')).toBe(usd(12 * 24_000));
    expect(cell('total', 'cash')).toBe(usd(build.totalCost));
    expect(cell('total', 'amortization')).toBe(usd(30 * 24_000));
    // ebitdaCost = expense - amortization; expense = cash - K + amortisation charged
    expect(cell('total', 'expense')).toBe(usd(build.totalCost - 1_440_000 + 720_000));
    expect(cell('total', 'ebitdaCost')).toBe(usd(build.totalCost - 1_440_000));
    // book value = K - amortisation over 1..36 = 1,440,000 - 720,000
    expect(screen.getByTestId('book-value').textContent).toBe(
      `Book value at month 36: ${usd(720_000)}`,
    );
    fireEvent.change(screen.getByTestId('accounting-option'), {
      target: { value: 'Per resolution' },
    });
    const vendor = result.options.find((o) => o.name === 'Per resolution')!;
    // A vendor books its fees as expense as incurred: expense = cash, no amortisation.
    expect(MEASURES.map((m) => cell('total', m))).toEqual([
      usd(vendor.totalCost),
      usd(vendor.totalCost),
      usd(0),
      usd(vendor.totalCost),
    ]);
    expect(screen.getByTestId('book-value').textContent).toBe(`Book value at month 36: ${usd(0)}`);
  });
});

describe('crossovers and the rule of thumb', () => {
  it('tables each build against each vendor', () => {
    const { container } = renderApp();
    const result = engine(defaultDraft());
    const rows = [...container.querySelectorAll('[data-testid=crossovers] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-pair'))).toEqual(
      result.comparisons.map((c) => `${c.build}|${c.vendor}`),
    );
    result.comparisons.forEach((c, i) => {
      const cells = [...rows[i].querySelectorAll('th, td')].map((x) => x.textContent);
      expect(cells).toEqual([
        c.vendor,
        c.breakevenMonth !== null
          ? String(c.breakevenMonth)
          : c.breakevenAfterHorizon !== null
            ? `month ${c.breakevenAfterHorizon}, after the 36-month horizon`
            : 'never by month 240',
        c.crossoverContactsPerMonth === null ? 'never' : formatNumber(c.crossoverContactsPerMonth),
        c.ruleOfThumb,
      ]);
    });
    // the default scenario has both kinds: a payback after the horizon and none by month 240
    expect(rows.map((r) => r.querySelector('td')!.textContent)).toEqual(
      expect.arrayContaining(['month 142, after the 36-month horizon', 'never by month 240']),
    );
  });

  it('shows where the build stays cheaper beside the crossover when a price step makes them differ', () => {
    // A package of 50,000 contacts for 12,000 against a build at 35,000 a month + 0.2 a contact
    // (equal resolution rates): per month f = 35,000 + 0.2 V - 12,000 ceil(V / 50,000). The build
    // first wins just above 600,000 (tooth 12) and stays cheaper only above 850,000.
    const draft: Draft = {
      name: 'Saw-tooth package',
      currency: 'USD',
      horizonMonths: 24,
      discountRateAnnual: 0.08,
      demand: { contactsPerMonth: 10000 },
      humanCostPerContact: 4,
      options: [
        { kind: 'status-quo', name: 'Status quo' },
        {
          kind: 'vendor',
          name: 'Package vendor',
          resolutionRate: 0.5,
          charges: { unit: 'contact', package: { size: 50000, price: 12000 } },
        },
        {
          kind: 'build',
          name: 'Build',
          resolutionRate: 0.5,
          buildCost: 0,
          buildMonths: 6,
          runFixedMonthly: 35000,
          marginalPerContact: 0.2,
        },
      ],
    };
    const { container } = renderApp({ draft });
    const cell = container.querySelector(
      '[data-testid=crossovers] tbody tr td:nth-of-type(2)',
    ) as HTMLElement;
    expect(cell.textContent).toBe(
      `${formatNumber(600000)}; throughout above ${formatNumber(850000)}`,
    );
  });
});
