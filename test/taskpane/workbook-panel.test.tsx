// @vitest-environment jsdom
// The Excel-only actions, driven through a recording adapter: what the panel asks of Excel and
// what it does with the answers.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChartModel, WorkbookModel } from '../../src/export/workbook-model';
import { initialDraft } from '../../taskpane/boot';
import type { BidsTable } from '../../taskpane/office/bids-table';
import type { WorkbookAdapter } from '../../taskpane/office/workbook-adapter';
import { defaultDraft } from '../../taskpane/state/examples';
import { installDomShims } from './setup-dom';
import { rankingNames, renderApp } from './render-app';
import { BOARD_SHEETS, engineRanking, evaluatedDraft } from '../support/taskpane-engine-figures';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);
beforeAll(() => installDomShims());
afterEach(cleanup);

function excelLike(bids: BidsTable, series: number[] = []) {
  const calls = {
    models: [] as WorkbookModel[],
    charts: [] as ChartModel[],
    settings: [] as string[],
  };
  const adapter: WorkbookAdapter = {
    isExcel: true,
    readBidsTable: async () => bids,
    readSelectedSeries: async () => series,
    readSelectedTable: async () => {
      throw new Error('not used here');
    },
    writeWorkbookModel: async (model) => void calls.models.push(model),
    writeChart: async (chart) => void calls.charts.push(chart),
    saveScenarioSetting: async (json) => void calls.settings.push(json),
    loadScenarioSetting: async () => calls.settings.at(-1) ?? null,
  };
  return { adapter, calls };
}

describe('workbook panel inside Excel', () => {
  it('imports the Bids table as options and ranks them with the engine', async () => {
    const user = userEvent.setup();
    const { adapter } = excelLike({
      headers: ['Name', 'Unit', 'Price', 'ResolutionRate'],
      rows: [['Cheap per resolution', 'outcome', 0.05, 0.6]],
    });
    const { container } = renderApp({ adapter });
    await user.click(screen.getByRole('tab', { name: 'Workbook' }));
    await user.click(screen.getByRole('button', { name: 'Import bids from the Bids table' }));
    await screen.findByText(/Imported 1 option/);
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    const draft = defaultDraft();
    const expected = engineRanking({
      ...draft,
      options: [
        ...(draft.options as unknown[]),
        {
          kind: 'vendor',
          name: 'Cheap per resolution',
          resolutionRate: 0.6,
          charges: { unit: 'outcome', price: 0.05 },
        },
      ],
    });
    await waitFor(() => expect(rankingNames(container)).toEqual(expected));
    expect(expected[0]).toBe('Cheap per resolution');
  });

  it('reports a Bids table it cannot read and changes nothing', async () => {
    const user = userEvent.setup();
    const { adapter } = excelLike({ headers: ['Name', 'Colour'], rows: [['X', 'red']] });
    const { container } = renderApp({ adapter });
    const before = rankingNames(container);
    await user.click(screen.getByRole('tab', { name: 'Workbook' }));
    await user.click(screen.getByRole('button', { name: 'Import bids from the Bids table' }));
    expect(await screen.findByText(/unknown column "Colour"/)).toBeTruthy();
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    expect(rankingNames(container)).toEqual(before);
  });

  it('uses the selected range as the monthly series', async () => {
    const user = userEvent.setup();
    const series = Array.from({ length: 36 }, (_, i) => 1000 + i * 10);
    const { adapter } = excelLike({ headers: [], rows: [] }, series);
    renderApp({ adapter });
    await user.click(screen.getByRole('tab', { name: 'Workbook' }));
    await user.click(screen.getByRole('button', { name: /selected range/ }));
    await screen.findByText('Read 36 monthly volumes from the selection');
    await user.click(screen.getByRole('tab', { name: 'Inputs' }));
    const box = document.querySelector(
      '[data-path="demand.contactsByMonth"]',
    ) as HTMLTextAreaElement;
    expect(box.value.split('\n').map(Number)).toEqual(series);
  });

  it('writes the board workbook, its Functions sheet and a native chart into the workbook', async () => {
    const user = userEvent.setup();
    const { adapter, calls } = excelLike({ headers: [], rows: [] });
    renderApp({ adapter });
    await user.click(screen.getByRole('tab', { name: 'Workbook' }));
    await user.click(screen.getByRole('button', { name: 'Write the scenario into this workbook' }));
    await screen.findByText(
      'Wrote Summary, Inputs, Schedule, Crossover, Definitions, Functions and a chart of cumulative cost',
    );
    expect(calls.models).toHaveLength(1);
    const model = calls.models[0];
    expect(model.sheets.map((s) => s.name)).toEqual([...BOARD_SHEETS, 'Functions']);
    // The Summary's figures are formulas whose cached results are the engine's.
    const { result } = evaluatedDraft();
    const totals = model.sheets[0].cells.filter((c) => c.formula && typeof c.result === 'number');
    const best = result.options.find((o) => o.name === result.ranking[0])!;
    expect(totals.some((c) => Math.abs((c.result as number) - best.npv) < 1e-6)).toBe(true);
    expect(calls.charts).toHaveLength(1);
    expect(calls.charts[0].sheet).toBe('Summary');
    expect(calls.charts[0].series.map((s) => s.name)).toEqual(result.options.map((o) => o.name));
    expect(calls.charts[0].series.every((s) => s.ref.startsWith('Schedule!'))).toBe(true);
  });

  it('keeps the scenario in the document and reopens it from there', async () => {
    const { adapter, calls } = excelLike({ headers: [], rows: [] });
    renderApp({ adapter });
    await waitFor(() => expect(calls.settings.length).toBeGreaterThan(0), { timeout: 2000 });
    expect(JSON.parse(calls.settings.at(-1)!).name).toBe(defaultDraft().name);
    calls.settings.push(JSON.stringify({ ...defaultDraft(), name: 'From the workbook' }));
    expect((await initialDraft(adapter)).name).toBe('From the workbook');
    // A kept scenario that no longer validates falls back to the default.
    calls.settings.push(JSON.stringify({ name: 'broken' }));
    expect((await initialDraft(adapter)).name).toBe(defaultDraft().name);
  });
});
