// @vitest-environment jsdom
// The Reconcile tab in the whole taskpane, on three months: k0 goes into the bid, its drift stays.
import { readFileSync } from 'node:fs';
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { driftVerdict } from '../../src/reconcile/drift-verdict';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { DEFAULT_BILLED_COLUMN, DEFAULT_PERIOD_COLUMN } from '../../src/reconcile/settings';
import { STORAGE_KEY, createBrowserAdapter } from '../../taskpane/office/browser-adapter';
import { eventsFromGrid } from '../../taskpane/reconcile/load-events';
import { reconcileView } from '../../taskpane/reconcile/reconcile-view';
import type { Draft } from '../../taskpane/state/draft';
import { defaultDraft } from '../../taskpane/state/examples';
import { installDomShims } from '../taskpane/setup-dom';
import { memoryStorage, renderApp } from '../taskpane/render-app';

vi.mock('react-chartjs-2', async () => (await import('../taskpane/chart-stub')).chartStub);
beforeAll(() => installDomShims());
afterEach(cleanup);

const LINES = readFileSync('examples/events/support-desk.csv', 'utf8').trimEnd().split('\n');
const ROWS = LINES.slice(1).filter((line) => /,2025-0[1-3]-/.test(line));
const CSV = [LINES[0], ...ROWS].join('\n');

describe('Reconcile tab, three months', () => {
  it('applies k0 to the bid, keeps its drift, and says why beside the result', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    renderApp({ storage, adapter: createBrowserAdapter(storage) });
    await user.click(screen.getByRole('tab', { name: 'Reconcile' }));
    await user.upload(
      await screen.findByLabelText('Open a CSV export'),
      new File([CSV], 'first-quarter.csv', { type: 'text/csv' }),
    );
    const view = reconcileView(
      eventsFromGrid(
        [LINES[0].split(','), ...ROWS.map((r) => r.split(','))],
        DEFAULT_PERIOD_COLUMN,
      ),
      {
        definition: GENERATOR_DEFINITION,
        price: '0.99',
        tolerance: '0.05',
        periodColumn: DEFAULT_PERIOD_COLUMN,
        billedColumn: DEFAULT_BILLED_COLUMN,
      },
    );
    const reason = driftVerdict(view.drift!).driftReason!;
    expect(reason).toMatch(/^drift cannot be told from 3 months/);
    const options = defaultDraft().options as Draft[];
    const target = options.find((o) => o.kind === 'vendor')!;
    const index = options.indexOf(target);
    await user.selectOptions(await screen.findByLabelText('Vendor bid'), String(target.name));
    await user.click(screen.getByRole('button', { name: 'Apply measured drift' }));
    await screen.findByText(`Its own drift is kept: ${reason}.`);
    await waitFor(() => {
      const kept = JSON.parse(storage.getItem(STORAGE_KEY)!).options as Draft[];
      expect(kept[index].overcount).toEqual({
        ...(target.overcount as object),
        initialRatio: Number(view.drift!.initialRatio.toPrecision(6)),
      });
    });
  });
});
