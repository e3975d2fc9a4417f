// @vitest-environment jsdom
// The Reconcile tab inside the whole taskpane: events from a CSV file (browser) or the selected
// Excel table (through the adapter), and the measured overcount carried into a vendor bid.
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { STORAGE_KEY, createBrowserAdapter } from '../../taskpane/office/browser-adapter';
import type { WorkbookAdapter } from '../../taskpane/office/workbook-adapter';
import type { Draft } from '../../taskpane/state/draft';
import { defaultDraft } from '../../taskpane/state/examples';
import { pilotExport } from './pilot-export';
import { installDomShims } from './setup-dom';
import { memoryStorage, rankingNames, renderApp } from './render-app';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);
beforeAll(() => installDomShims());
afterEach(cleanup);

// Six months of the example export keep jsdom quick and still measure a drift.
const PILOT = pilotExport(6);
const { csv: CSV, rows: ROWS, grid: GRID } = PILOT;

function expectedDrift() {
  const view = PILOT.view();
  if (!view.drift) throw new Error(`no drift measured: ${view.problem}`);
  return view.drift;
}

const six = (value: number) => Number(value.toPrecision(6));

function keptDraft(storage: Storage): Draft {
  const text = storage.getItem(STORAGE_KEY);
  if (!text) throw new Error('nothing kept in storage');
  return JSON.parse(text) as Draft;
}

describe('Reconcile tab', () => {
  it('reconciles an opened CSV and applies the measured drift to the chosen vendor bid', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const { container } = renderApp({ storage, adapter: createBrowserAdapter(storage) });
    await user.click(screen.getByRole('tab', { name: 'Reconcile' }));
    const fileInput = await screen.findByLabelText('Open a CSV export');
    // Outside Excel there is no table to read; the CSV file input is offered.
    expect(screen.queryByRole('button', { name: 'Read the selected table' })).toBeNull();
    await user.upload(fileInput, new File([CSV], 'support-desk.csv', { type: 'text/csv' }));
    await screen.findByText(new RegExp(`${ROWS.length.toLocaleString('en-US')} rows from`));
    const summary = await screen.findByLabelText('Reconciliation summary');
    // It leads with the overcharge, above the charts; the clause chart's bars are numbered and
    // the list beneath names each clause in full.
    expect(summary.querySelector('dt')!.textContent).toBe('Overcharge');
    const counts = screen.getByLabelText('Vendor and buyer counts by month');
    expect(summary.compareDocumentPosition(counts) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const clauses = [...screen.getByTestId('clause-list').querySelectorAll('li')];
    expect(clauses.length).toBeGreaterThan(0);
    expect(
      [...screen.getByTestId('clause-table').querySelectorAll('tbody th')].map(
        (t) => t.textContent,
      ),
    ).toEqual(clauses.map((_, i) => String(i + 1)));

    // The vendor bids of the scenario are offered, in order.
    const vendors = (defaultDraft().options as Draft[])
      .filter((o) => o.kind === 'vendor')
      .map((o) => String(o.name));
    const select = (await screen.findByLabelText('Vendor bid')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(vendors);
    const target = vendors[1];
    await user.selectOptions(select, target);
    await user.click(screen.getByRole('button', { name: 'Apply measured drift' }));
    await screen.findByText(`Applied the measured overcount to ${target}.`);

    const drift = expectedDrift();
    const index = (defaultDraft().options as Draft[]).findIndex((o) => o.name === target);
    await waitFor(() => {
      const kept = keptDraft(storage).options as Draft[];
      expect(kept[index].overcount).toMatchObject({
        initialRatio: six(drift.initialRatio),
        driftAnnual: six(drift.driftAnnual),
      });
    });
    // Only that bid changed, and the ranking is the engine's for the updated scenario.
    const kept = keptDraft(storage);
    (kept.options as Draft[]).forEach((option, i) => {
      if (i !== index) expect(option).toEqual((defaultDraft().options as Draft[])[i]);
    });
    const parsed = parseScenario(kept);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    await waitFor(() =>
      expect(rankingNames(container)).toEqual(evaluateScenario(parsed.scenario).ranking),
    );
  });

  it('inside Excel reads the selected table through the adapter', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const browser = createBrowserAdapter(storage);
    const readSelectedTable = vi.fn(async () => GRID);
    const adapter: WorkbookAdapter = { ...browser, isExcel: true, readSelectedTable };
    renderApp({ storage, adapter });
    await user.click(screen.getByRole('tab', { name: 'Reconcile' }));
    await user.click(await screen.findByRole('button', { name: 'Read the selected table' }));
    expect(readSelectedTable).toHaveBeenCalledTimes(1);
    await screen.findByText(new RegExp(`${ROWS.length.toLocaleString('en-US')} rows from`));
    expect(await screen.findByText(/Measured overcount k0 = /)).toBeTruthy();
    expect(screen.getByText(/Measured overcount k0 = /).textContent).toContain(
      expectedDrift().initialRatio.toFixed(4),
    );
  });
});
