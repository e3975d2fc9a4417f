// @vitest-environment jsdom
// The Risk tab's correlations, contribution chart, spider and "Download trials", in jsdom (the
// charts stubbed to show the data handed to chart.js).
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseScenario } from '../../src/scenario/load';
import { uncertaintyWarnings } from '../../src/uncertainty/uncertainty-warnings';
import { trialsCsv } from '../../src/export/trials-csv';
import { riskReport, riskReportWithTrials } from '../../src/uncertainty/risk-report';
import { STORAGE_KEY } from '../../taskpane/office/browser-adapter';
import type { Draft } from '../../taskpane/state/draft';
import { installDomShims } from './setup-dom';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);

beforeAll(() => installDomShims());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// inputs: 0 contacts, 1 build months, 2 build cost, 3 and 4 the drift group, 5 Hybrid capped's
// resolution rate, 6 human cost per contact
function rangesDraft(trials: number, correlations?: unknown[]): Draft {
  const draft = JSON.parse(readFileSync('examples/support-team-ranges.json', 'utf8')) as Draft;
  delete draft.$schema;
  const block = draft.uncertainty as Record<string, unknown>;
  block.trials = trials;
  if (correlations) block.correlations = correlations;
  return draft;
}

const reportOf = (draft: Draft) => {
  const parsed = parseScenario(draft);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { scenario: parsed.scenario, report: riskReport(parsed.scenario) };
};

async function openRisk(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: 'Risk' }));
  await screen.findByRole('heading', { name: 'Correlations' }, { timeout: 10_000 });
}

const saved = (storage: Storage) =>
  JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { uncertainty?: Record<string, unknown> };

const chartData = (testId: string) =>
  JSON.parse(
    within(screen.getByTestId(testId)).getByRole('img').getAttribute('data-chart') ?? '{}',
  );

describe('Risk tab: correlations', () => {
  it('adds a correlation from two ranges and a coefficient, shows the matrix, and reruns with it', async () => {
    const user = userEvent.setup();
    const view = renderApp({ draft: rangesDraft(500) });
    await openRisk(user);
    await screen.findByTestId('risk-holds', {}, { timeout: 20_000 });
    const form = screen.getByRole('button', { name: 'Add correlation' }).closest('div')!
      .parentElement as HTMLElement;
    const [first, second] = within(form).getAllByRole('combobox');
    await user.selectOptions(first, '0');
    await user.selectOptions(second, '6');
    const coefficient = within(form).getByRole('textbox');
    await user.clear(coefficient);
    await user.type(coefficient, '0.6');
    await user.click(screen.getByRole('button', { name: 'Add correlation' }));
    await waitFor(() =>
      expect(saved(view.storage).uncertainty?.correlations).toEqual([
        { between: [0, 6], rho: 0.6 },
      ]),
    );
    const matrix = await screen.findByTestId('correlation-matrix');
    // variables 1 (contacts) and 6 (human cost: the drift group is one variable)
    const rows = within(matrix).getAllByRole('row');
    expect(rows).toHaveLength(7);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.00', '0', '0', '0', '0', '0.60']);
    // the rerun with the correlation: the tornado says it ignores it, the numbers are the engine's
    await screen.findByText(/ignores the correlations/, {}, { timeout: 20_000 });
    const { report } = reportOf(rangesDraft(500, [{ between: [0, 6], rho: 0.6 }]));
    await waitFor(() =>
      expect(chartData('contribution-chart').datasets[0].data).toEqual(
        report.contributions.map((r) => 100 * r.contribution),
      ),
    );
    expect(chartData('spider-chart').datasets.map((d: any) => d.data)).toEqual(
      report.spider.map((r) => r.points.map((p) => p.margin)),
    );
    expect(screen.getByTestId('risk-largest-contribution').textContent).toMatch(
      /Largest contribution to the margin's variance: Hybrid capped's resolution rate \(\d+%; a rise widens the margin\)/,
    );
  });

  it('refuses what cannot be added, names a bad coefficient beside its field and keeps the results', async () => {
    const user = userEvent.setup();
    const view = renderApp({ draft: rangesDraft(500, [{ between: [0, 6], rho: 0.3 }]) });
    await openRisk(user);
    await screen.findByTestId('risk-holds', {}, { timeout: 20_000 });
    const add = screen.getByRole('button', { name: 'Add correlation' });
    const form = add.closest('div')!.parentElement as HTMLElement;
    const [first, second] = within(form).getAllByRole('combobox');
    await user.selectOptions(first, '3');
    await user.selectOptions(second, '4');
    expect(screen.getByText(/Both ranges are in group drift/)).toBeTruthy();
    expect((add as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(second, '3');
    expect(screen.getByText('Pick two different ranges.')).toBeTruthy();
    // the pair's own coefficient, out of range: the engine's message beside it
    const rho = view.container.querySelector(
      '[data-path="uncertainty.correlations[0].rho"]',
    ) as HTMLInputElement;
    await user.clear(rho);
    await user.type(rho, '1');
    expect(
      (await screen.findAllByText(/rho must lie between -1 and 1, both excluded/)).length,
    ).toBeGreaterThan(0);
    expect(screen.getByTestId('risk-results')).toBeTruthy();
  });

  it('shows the repair warning beside the pair it changed most', async () => {
    const user = userEvent.setup();
    const correlations = [
      { between: [0, 6], rho: 0.6 },
      { between: [0, 5], rho: -0.8 },
      { between: [5, 6], rho: 0.7 },
    ];
    const draft = rangesDraft(300, correlations);
    renderApp({ draft });
    await openRisk(user);
    const [warning] = uncertaintyWarnings(reportOf(draft).scenario);
    const shown = await screen.findByTestId('correlation-warning');
    expect(shown.textContent).toBe(warning.message);
    // beside the field of correlations[1]
    const cards = screen.getAllByTestId('correlation');
    expect(within(cards[1]).getByTestId('correlation-warning')).toBe(shown);
  });

  it('removing a range drops its pairs and keeps the others on the same ranges', async () => {
    const user = userEvent.setup();
    const view = renderApp({
      draft: rangesDraft(300, [
        { between: [1, 6], rho: 0.2 },
        { between: [0, 5], rho: -0.3 },
        { between: [6, 0], rho: 0.4 },
      ]),
    });
    await openRisk(user);
    await screen.findByTestId('risk-holds', {}, { timeout: 20_000 });
    // remove contacts per month (input 0)
    await user.click(
      screen.getByRole('button', { name: 'Remove the range of contacts per month' }),
    );
    await waitFor(() =>
      expect(saved(view.storage).uncertainty?.correlations).toEqual([
        { between: [0, 5], rho: 0.2 },
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Remove correlation 1' }));
    await waitFor(() => expect(saved(view.storage).uncertainty?.correlations).toBeUndefined());
  });
});

describe('Risk tab: Download trials', () => {
  // the CLI's own bytes are compared with the browser's download in the end-to-end test
  it('gives the bytes crossover risk --trials-out writes for the same file and seed', async () => {
    const draft = rangesDraft(400, [{ between: [0, 6], rho: 0.6 }]);
    const { model, trials } = riskReportWithTrials(reportOf(draft).scenario);
    const expected = new TextEncoder().encode(trialsCsv(model, trials));

    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:trials';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    renderApp({ draft });
    await openRisk(user);
    await screen.findByTestId('risk-holds', {}, { timeout: 20_000 });
    const button = screen.getByRole('button', { name: 'Download trials (.csv)' });
    button.focus();
    await user.keyboard('{Enter}');
    await screen.findByText(/Downloaded .*-trials\.csv \(400 trials\)/);
    expect(names).toEqual([
      'support-team-with-ranges-how-likely-the-recommendation-holds-trials.csv',
    ]);
    expect(blobs[0].type).toBe('text/csv');
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
    fireEvent.click(button);
  });
});
