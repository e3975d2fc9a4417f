// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatMoney, formatPercent } from '../../src/text/format';
import { parseScenario } from '../../src/scenario/load';
import { riskReport } from '../../src/uncertainty/risk-report';
import type { Draft } from '../../taskpane/state/draft';
import { installDomShims } from './setup-dom';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);

beforeAll(() => installDomShims());
afterEach(cleanup);

function rangesDraft(trials: number): Draft {
  const draft = JSON.parse(readFileSync('examples/support-team-ranges.json', 'utf8')) as Draft;
  delete draft.$schema;
  (draft.uncertainty as Record<string, unknown>).trials = trials;
  return draft;
}

async function openRisk(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: 'Risk' }));
  // The tab's code loads on first open; under a loaded machine that takes longer than 1 s.
  await screen.findByRole('heading', { name: 'Ranges' }, { timeout: 10_000 });
}

describe('Risk tab', () => {
  it("shows the engine's probability, tornado and switch values for the file's ranges", async () => {
    const user = userEvent.setup();
    const draft = rangesDraft(1000);
    renderApp({ draft });
    await openRisk(user);
    const holds = await screen.findByTestId('risk-holds', {}, { timeout: 20_000 });
    const parsed = parseScenario(draft);
    if (!parsed.ok) throw new Error('invalid');
    const report = riskReport(parsed.scenario);
    expect(holds.textContent).toContain(
      formatPercent(report.simulation.probabilityRecommendationHolds),
    );
    expect(holds.textContent).toContain('1,000 trials, seed 1');
    const bars = within(screen.getByTestId('tornado')).getAllByRole('listitem');
    expect(bars).toHaveLength(report.tornado.length);
    const options = screen.getByTestId('risk-options');
    for (const o of report.simulation.options) {
      const row = options.querySelector(`[data-option="${o.name}"]`) as HTMLElement;
      expect(within(row).getByText(formatPercent(o.probabilityFirst))).toBeTruthy();
      expect(within(row).getByText(formatMoney(o.npv.p50, 'USD', 0))).toBeTruthy();
    }
    // three columns fit 350 px; an option's name opens its P10 and P90 beneath it
    const first = report.simulation.options[0];
    await user.click(within(options).getByRole('button', { name: first.name }));
    const details = options.querySelector(`[data-details="${first.name}"]`) as HTMLElement;
    expect([...details.querySelectorAll('dd')].map((d) => d.textContent)).toEqual([
      formatMoney(first.npv.p10, 'USD', 0),
      formatMoney(first.npv.p90, 'USD', 0),
    ]);
    expect(within(screen.getByTestId('risk-switch-values')).getAllByRole('listitem')).toHaveLength(
      report.switchValues.length,
    );
  });

  it('adds a range from the picker into the scenario, removes one, and names a bad value', async () => {
    const user = userEvent.setup();
    const draft = rangesDraft(500);
    const view = renderApp({ draft });
    await openRisk(user);
    await screen.findByTestId('risk-holds', {}, { timeout: 20_000 });
    const before = (draft.uncertainty as { inputs: unknown[] }).inputs.length;
    await user.click(screen.getByRole('button', { name: 'Add range' }));
    const cards = () => screen.getAllByRole('button', { name: /^Remove the range of/ });
    await waitFor(() => expect(cards()).toHaveLength(before + 1));
    await user.click(cards()[0]);
    await waitFor(() => expect(cards()).toHaveLength(before));
    // low above high: the engine's message for that path, and the last results kept
    const low = view.container.querySelector(
      '[data-path="uncertainty.inputs[0].low"]',
    ) as HTMLInputElement;
    await user.clear(low);
    await user.type(low, '99999999');
    expect((await screen.findAllByText(/low must be below high/)).length).toBeGreaterThan(0);
    expect(screen.getByTestId('risk-results')).toBeTruthy();
  });
});
