// @vitest-environment jsdom
// The Reconcile tab's "Use as ranges": the pilot's k0, drift and resolution rate go into the
// scenario being edited as normal ranges with the k0-drift correlation, and the tab says what
// it wrote.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { calibratedRanges } from '../../src/reconcile/ranges-fit';
import { parseScenario } from '../../src/scenario/load';
import { STORAGE_KEY, createBrowserAdapter } from '../../taskpane/office/browser-adapter';
import { ReconcilePanel } from '../../taskpane/reconcile/ReconcilePanel';
import type { Draft } from '../../taskpane/state/draft';
import { defaultDraft } from '../../taskpane/state/examples';
import { pilotExport } from './pilot-export';
import { installDomShims } from './setup-dom';
import { memoryStorage, renderApp } from './render-app';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);
beforeAll(() => installDomShims());
afterEach(cleanup);

// Four months: the drift cannot be told as a point, so it is carried as a range.
const PILOT = pilotExport(4);
const { csv: CSV } = PILOT;

function expectedRanges() {
  const view = PILOT.view();
  if (!view.drift || !view.reconciliation) throw new Error(`no drift measured: ${view.problem}`);
  return calibratedRanges(view.drift, view.reconciliation.months);
}

const six = (value: number) => Number(value.toPrecision(6));

function keptDraft(storage: Storage): Draft {
  const text = storage.getItem(STORAGE_KEY);
  if (!text) throw new Error('nothing kept in storage');
  return JSON.parse(text) as Draft;
}

type Input = { option?: string; field: string; dist: string; mean: number; sd: number };

describe('Reconcile tab: Use as ranges', () => {
  it('puts the pilot into the scenario being edited as ranges and says what it wrote', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    renderApp({ storage, adapter: createBrowserAdapter(storage) });
    await user.click(screen.getByRole('tab', { name: 'Reconcile' }));
    const fileInput = await screen.findByLabelText('Open a CSV export');
    await user.upload(fileInput, new File([CSV], 'pilot.csv', { type: 'text/csv' }));
    await screen.findByLabelText('Reconciliation summary');

    const options = defaultDraft().options as Draft[];
    const target = String(options.filter((o) => o.kind === 'vendor')[0].name);
    const index = options.findIndex((o) => o.name === target);
    await user.selectOptions(await screen.findByLabelText('Vendor bid'), target);
    await user.click(screen.getByRole('button', { name: 'Use as ranges' }));

    const message = await screen.findByLabelText('Ranges written');
    expect(message.textContent).toContain(`Wrote the pilot as ranges into ${target}`);
    expect(message.textContent).toContain('overcount.driftAnnual: normal');
    expect(message.textContent).toContain('drift cannot be told from 4 months');

    const expected = expectedRanges();
    // the draft is kept once it is evaluated: wait for the pilot's range in storage
    await waitFor(() =>
      expect(JSON.stringify(keptDraft(storage).uncertainty)).toContain(
        `"sd":${six(expected.initialRatio.sd)}`,
      ),
    );
    const kept = keptDraft(storage);
    const block = kept.uncertainty as { inputs: Input[]; correlations: unknown[] };
    const mine = (field: string) =>
      block.inputs.findIndex((i) => i.option === target && i.field === field);
    for (const [field, range] of [
      ['overcount.initialRatio', expected.initialRatio],
      ['overcount.driftAnnual', expected.driftAnnual],
      ['resolutionRate', expected.resolutionRate],
    ] as const)
      expect(block.inputs[mine(field)]).toMatchObject({
        dist: 'normal',
        mean: six(range.mean),
        sd: six(range.sd),
      });
    expect(block.correlations).toContainEqual({
      between: [mine('overcount.initialRatio'), mine('overcount.driftAnnual')],
      rho: six(expected.rho!),
    });
    expect((kept.options as Draft[])[index].resolutionRate).toBe(six(expected.resolutionRate.mean));
    expect(parseScenario(kept).ok).toBe(true);
  });

  it('hands the calibrated ranges to the scenario, and shows why when it cannot take them', async () => {
    const user = userEvent.setup();
    const onApplyRanges = vi.fn(() => {
      throw new Error('the scenario would be invalid with the pilot as ranges: options[1] ...');
    });
    render(
      <FluentProvider theme={webLightTheme}>
        <ReconcilePanel
          vendorOptions={['Per resolution']}
          onApplyDrift={() => {}}
          onApplyRanges={onApplyRanges}
        />
      </FluentProvider>,
    );
    await user.upload(
      screen.getByLabelText('Open a CSV export'),
      new File([CSV], 'pilot.csv', { type: 'text/csv' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Use as ranges' }));
    expect(onApplyRanges).toHaveBeenCalledWith('Per resolution', expectedRanges());
    const message = await screen.findByLabelText('Ranges written');
    expect(message.textContent).toBe(
      'the scenario would be invalid with the pilot as ranges: options[1] ...',
    );
  });
});
