// @vitest-environment jsdom
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi, beforeAll } from 'vitest';
import { driftVerdict } from '../../src/reconcile/drift-verdict';
import { estimateDrift } from '../../src/reconcile/estimate-drift';
import { ReconcilePanel, type ReconcilePanelProps } from '../../taskpane/reconcile/ReconcilePanel';
import { vendorCountMonths } from '../support/vendor-count-months';
import { installDomShims } from '../taskpane/setup-dom';

// The chart is drawn by chart.js on a canvas jsdom does not have; the stub shows what it was given.
vi.mock('react-chartjs-2', () => ({
  Bar: ({
    data,
  }: {
    data: { labels: string[]; datasets: { label: string; data: number[] }[] };
  }) => (
    <pre data-testid="bar-chart">
      {JSON.stringify(data.datasets.map((d) => [d.label, d.data]))}|{data.labels.join(',')}
    </pre>
  ),
}));
afterEach(cleanup);
beforeAll(() => installDomShims());

const CSV = [
  'period,status,reopen_days,csat,vendor_billed',
  '2025-01-03,closed,,5,1',
  '2025-01-05,closed,3,5,1',
  '2025-01-09,open,,4,1',
  '2025-02-01,closed,20,4,1',
  '2025-02-02,closed,,2,1',
  '2025-02-03,closed,,4,0',
  '2025-03-01,closed,,5,1',
  '2025-03-02,closed,,5,1',
  '2025-03-03,open,,5,1',
  '2025-03-04,open,,5,1',
].join('\n');
const DEFINITION =
  'status == "closed" and (isblank(reopen_days) or reopen_days > 14) and csat >= 4';

function renderPanel(props: Partial<ReconcilePanelProps> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ReconcilePanel initialDefinition={DEFINITION} initialPrice={2} {...props} />
    </FluentProvider>,
  );
}

type User = ReturnType<typeof userEvent.setup>;

async function openCsv(user: User, text = CSV) {
  await user.upload(
    screen.getByLabelText('Open a CSV export'),
    new File([text], 'events.csv', { type: 'text/csv' }),
  );
  await screen.findByText(/10 rows from events.csv/);
}

/** The panel with the example CSV opened; the user to go on with. */
async function panelWithCsv() {
  const user = userEvent.setup();
  renderPanel();
  await openCsv(user);
  return user;
}

/** Clears the text box named `name` and types `text` into it. */
async function retype(user: User, name: string, text: string) {
  const box = screen.getByRole('textbox', { name });
  await user.clear(box);
  await user.type(box, text);
}

describe('ReconcilePanel', () => {
  it('previews the count and reconciles an opened CSV file', async () => {
    const user = userEvent.setup();
    renderPanel();
    expect(
      screen.getByText('Load events to check the definition against their columns'),
    ).toBeTruthy();
    await openCsv(user);
    // January 1 outcome of 3 billed; February 2 of 2; March 2 of 4
    expect(screen.getByText('5 of 10 rows meet the definition')).toBeTruthy();
    const [counts, clauses] = screen.getAllByTestId('bar-chart');
    expect(counts.textContent).toBe(
      '[["Vendor count",[3,2,4]],["Buyer count",[1,2,2]]]|2025-01,2025-02,2025-03',
    );
    // the 5 billed non-outcomes: three open tickets, one reopened after 3 days, one with csat 2
    // the bars numbered, the clauses in full beneath them (no label cut off at 350 px)
    expect(clauses.textContent).toBe(
      '[["First failing",[3,1,1]],["Failing at all",[3,1,1]]]|Clause 1,Clause 2,Clause 3',
    );
    expect(
      within(screen.getByTestId('clause-list'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['status == "closed"', '(isblank(reopen_days) or reopen_days > 14)', 'csat >= 4']);
    const table = screen.getByRole('table', { name: 'Clause table' });
    expect(within(table).getByText('$6.00')).toBeTruthy();
    const summary = screen.getByLabelText('Reconciliation summary');
    expect(within(summary).getByText('9 / 5')).toBeTruthy();
    expect(within(summary).getByText('$8.00')).toBeTruthy(); // 2 x (9 - 5)
    expect(within(summary).getByText('$3.6000')).toBeTruthy(); // 2 x 9 / 5
    expect(within(summary).getByText(/2 of 3 months exceed 5.0%/)).toBeTruthy();
    // corrected: Jan buyer 1, Feb vendor 2 (equal), Mar buyer 2 -> 5 x $2
    expect(within(summary).getByText('$10.00 instead of $18.00')).toBeTruthy();
  });

  it('validates the definition live, naming the position and the columns', async () => {
    const user = await panelWithCsv();
    await retype(user, 'Outcome definition', 'csat >= 4 and reopen > 1');
    expect(
      await screen.findByText(
        /unknown column "reopen" at character 15 .*available columns: period, status, reopen_days, csat, vendor_billed/,
      ),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Reconciliation summary')).toBeNull();
    await retype(user, 'Outcome definition', 'csat == 5');
    expect(await screen.findByText('6 of 10 rows meet the definition')).toBeTruthy();
  });

  it('explains a bad price instead of reconciling', async () => {
    const user = await panelWithCsv();
    await retype(user, 'Price per outcome', 'cheap');
    expect(
      await screen.findByText('Price per outcome must be a number >= 0, got "cheap"'),
    ).toBeTruthy();
  });

  it('reads a sheet table through the readTable prop', async () => {
    const user = userEvent.setup();
    const readTable = vi.fn(async () => [
      ['period', 'status', 'reopen_days', 'csat', 'vendor_billed'],
      [45658, 'closed', '', 5, 1],
      [45689, 'closed', '', 3, 1],
    ]);
    renderPanel({ readTable });
    await user.click(screen.getByRole('button', { name: 'Read the selected table' }));
    expect(readTable).toHaveBeenCalledOnce();
    expect(await screen.findByText('1 of 2 rows meet the definition')).toBeTruthy();
    expect(screen.getAllByTestId('bar-chart')[0].textContent).toContain('2025-01,2025-02');
  });

  it('without a period column, uses the only column of dates and says so', async () => {
    const user = userEvent.setup();
    renderPanel();
    await openCsv(user, CSV.replace('period,', 'opened_on,'));
    expect(
      await screen.findByText(
        'events.csv has no column named "period"; using "opened_on", its only column of dates or months',
      ),
    ).toBeTruthy();
    expect(screen.getAllByTestId('bar-chart')[0].textContent).toContain('2025-01,2025-02,2025-03');
  });

  it('applies k0 from three months and keeps the bid its drift, saying why', async () => {
    const user = userEvent.setup();
    const onApplyDrift = vi.fn();
    renderPanel({ onApplyDrift, vendorOptions: ['Per resolution', 'Hybrid capped'] });
    await openCsv(user);
    const expected = estimateDrift([
      { month: '2025-01', contacts: 3, vendorCount: 3, buyerCount: 1, both: 1 },
      { month: '2025-02', contacts: 3, vendorCount: 2, buyerCount: 2, both: 1 },
      { month: '2025-03', contacts: 4, vendorCount: 4, buyerCount: 2, both: 2 },
    ]);
    const reason = driftVerdict(expected).driftReason!;
    expect(reason).toMatch(/^drift cannot be told from 3 months: 95% interval -\d+% to \+[\d,]+%$/);
    const before = `${reason[0].toUpperCase()}${reason.slice(1)}. Applying writes k0 only; the bid keeps its own drift.`;
    expect(await screen.findByText(before)).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Vendor bid' }), 'Hybrid capped');
    await user.click(screen.getByRole('button', { name: 'Apply measured drift' }));
    // DOMAIN.md: three months never write a drift into a bid
    expect(onApplyDrift).toHaveBeenCalledWith('Hybrid capped', {
      initialRatio: expected.initialRatio,
      driftAnnual: null,
    });
    await waitFor(() =>
      expect(screen.getByText('Applied the measured overcount to Hybrid capped.')).toBeTruthy(),
    );
    expect(screen.getByText(`Its own drift is kept: ${reason}.`)).toBeTruthy();
  });

  it('applies the measured drift when six months tell it', async () => {
    const user = userEvent.setup();
    const onApplyDrift = vi.fn();
    renderPanel({ onApplyDrift, vendorOptions: ['Per resolution'] });
    // a hundred outcomes a month of 200 contacts; the vendor bills 120 to 130 of them
    const billed = [120, 122, 124, 126, 128, 130];
    const rows = billed.flatMap((vendor, m) =>
      Array.from({ length: 200 }, (_, i) => {
        const outcome = i < 100;
        return `2025-0${m + 1}-0${1 + (i % 9)},${outcome ? 'closed' : 'open'},,5,${i < vendor ? 1 : 0}`;
      }),
    );
    await user.upload(
      screen.getByLabelText('Open a CSV export'),
      new File(
        [['period,status,reopen_days,csat,vendor_billed', ...rows].join('\n')],
        'events.csv',
        { type: 'text/csv' },
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Apply measured drift' }));
    const expected = estimateDrift(vendorCountMonths(2025, 200, billed));
    expect(driftVerdict(expected).driftApplied).toBe(true);
    expect(onApplyDrift).toHaveBeenCalledWith('Per resolution', {
      initialRatio: expected.initialRatio,
      driftAnnual: expected.driftAnnual,
    });
    expect(screen.getByText('Applied the measured overcount to Per resolution.')).toBeTruthy();
    expect(screen.queryByText(/Its own drift is kept/)).toBeNull();
  });

  it('reports a file it cannot use', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.upload(
      screen.getByLabelText('Open a CSV export'),
      new File(['period,status,vendor_billed\nsoon,closed,1'], 'bad.csv', { type: 'text/csv' }),
    );
    await retype(user, 'Outcome definition', 'status == "closed"');
    expect(
      await screen.findByText(/period column "period", data row 1: .*got "soon"/),
    ).toBeTruthy();
  });

  it('has no accessibility violations axe can see in jsdom', async () => {
    const user = userEvent.setup();
    const { container } = renderPanel({
      onApplyDrift: () => {},
      vendorOptions: ['Per resolution'],
    });
    await openCsv(user);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.passes.map((p) => p.id)).toEqual(
      expect.arrayContaining(['label', 'button-name']),
    );
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`),
    ).toEqual([]);
  });
});
