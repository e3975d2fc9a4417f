// @vitest-environment jsdom
// "Compare with…": a previous scenario file against the one being edited (DOMAIN.md "What
// changed"): the inputs old -> new, options added and removed, the NPV bridge and the
// recommendation before and after; a bad file is refused with the problem named.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { formatMoney } from '../../src/text/format';
import { parseScenario } from '../../src/scenario/load';
import type { Draft } from '../../taskpane/state/draft';
import { defaultDraft } from '../../taskpane/state/examples';
import { installDomShims } from './setup-dom';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);

beforeAll(() => installDomShims());
afterEach(cleanup);

const LAST_QUARTER = readFileSync(
  join(process.cwd(), 'examples/quarters/support-team-last-quarter.json'),
  'utf8',
);

function npvs(draft: unknown): Map<string, number> {
  const parsed = parseScenario(draft);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return new Map(evaluateScenario(parsed.scenario).options.map((o) => [o.name, o.npv]));
}

function compareWith(text: string, name = 'last-quarter.json') {
  fireEvent.change(screen.getByTestId('compare-file'), {
    target: { files: [new File([text], name, { type: 'application/json' })] },
  });
}

const usd = (v: number) => formatMoney(v, 'USD', 0);
const signed = (v: number) => (v > 0 ? `+${usd(v)}` : usd(v));

const tableRows = (testId: string) =>
  [...screen.getByTestId(testId).querySelectorAll('tbody tr')].map((r) =>
    [...r.querySelectorAll('th, td')].map((c) => c.textContent),
  );

describe('compare with a previous scenario', () => {
  it('shows the changed inputs, options added and removed, and the recommendation before and after', async () => {
    renderApp();
    compareWith(LAST_QUARTER);
    await screen.findByTestId('compare');
    expect(screen.getByRole('tab', { name: 'Changes', selected: true })).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'What changed since last-quarter.json' }),
    ).toBeTruthy();
    // The two files differ in exactly these five inputs (read off the two example files).
    expect(tableRows('compare-changes')).toEqual([
      ['Contacts per month', '36,000 contacts', '40,000 contacts'],
      ['Human cost per contact', '$4.30', '$4.50'],
      ["Per resolution's price per unit", '$1.10', '$0.99'],
      ["Build in-house's build cost", '$480,000', '$600,000'],
      ["Build in-house's run cost per month (fixed)", '$32,000', '$35,000'],
    ]);
    // the bridge names its steps the same way, and keeps the paths for a reader of the file
    const steps = [...screen.getByTestId('bridge').querySelectorAll('tr[data-step] th')];
    expect(steps.map((th) => th.textContent)).toEqual(
      tableRows('compare-changes').map((row) => row[0]),
    );
    expect(steps[0].getAttribute('data-paths')).toBe('demand.contactsPerMonth');
    expect(screen.getByTestId('compare-added').textContent).toBe(
      'Options added (not bridged): Hybrid capped',
    );
    expect(screen.getByTestId('compare-removed').textContent).toBe(
      'Options removed (not bridged): Copilot seats',
    );
    const before = npvs(JSON.parse(LAST_QUARTER));
    const after = npvs(defaultDraft());
    const lowest = (m: Map<string, number>) => [...m].sort((a, b) => a[1] - b[1])[0][0];
    expect(screen.getByTestId('compare-recommendation').textContent).toBe(
      `Recommendation changed: ${lowest(before)} before, ${lowest(after)} now.`,
    );
  });

  it('bridges each option in both from the old NPV to the new, the steps adding up to the change', async () => {
    renderApp();
    compareWith(LAST_QUARTER);
    await screen.findByTestId('bridge');
    const before = npvs(JSON.parse(LAST_QUARTER));
    const after = npvs(defaultDraft());
    for (const name of ['Per resolution', 'Build in-house', 'Status quo']) {
      fireEvent.change(screen.getByTestId('bridge-option'), { target: { value: name } });
      const rows = tableRows('bridge');
      expect(rows[0]).toEqual(['NPV before', usd(before.get(name)!)]);
      expect(rows.at(-1)).toEqual(['NPV after', usd(after.get(name)!)]);
      expect(rows.at(-2)).toEqual(['Total change', signed(after.get(name)! - before.get(name)!)]);
      expect(rows.slice(1, -2).map((r) => r[0])).toEqual([
        'Contacts per month',
        'Human cost per contact',
        "Per resolution's price per unit",
        "Build in-house's build cost",
        "Build in-house's run cost per month (fixed)",
      ]);
    }
    // One step by hand: the price change moves only Per resolution's NPV.
    fireEvent.change(screen.getByTestId('bridge-option'), { target: { value: 'Build in-house' } });
    expect(tableRows('bridge')[3]).toEqual(["Per resolution's price per unit", usd(0)]);
  });

  it('merges a change that alone would make the scenario invalid with the next, naming both', async () => {
    const draft = defaultDraft() as Draft & { demand: Record<string, unknown> };
    const series = (n: number) => Array.from({ length: n }, (_, m) => 40000 + 100 * m);
    const old = {
      ...draft,
      horizonMonths: 24,
      demand: { ...draft.demand, contactsByMonth: series(24) },
    };
    const now = {
      ...draft,
      horizonMonths: 36,
      demand: { ...draft.demand, contactsByMonth: series(36) },
    };
    renderApp({ draft: now });
    compareWith(JSON.stringify(old));
    await screen.findByTestId('bridge');
    // A 36-month horizon over a 24-entry series is invalid: the two form one step.
    const rows = tableRows('bridge');
    expect(rows.map((r) => r[0])).toEqual([
      'NPV before',
      'Horizon (months) + Contacts by month',
      'Total change',
      'NPV after',
    ]);
    const name = (screen.getByTestId('bridge-option') as HTMLSelectElement).value;
    const change = npvs(now).get(name)! - npvs(old).get(name)!;
    expect(rows[1][1]).toBe(signed(change));
    expect(rows[2][1]).toBe(signed(change));
  });

  it('follows edits: the comparison is with the scenario as it is now', async () => {
    renderApp();
    compareWith(JSON.stringify(defaultDraft()), 'same.json');
    await screen.findByTestId('compare');
    expect(screen.getByText('No input changed.')).toBeTruthy();
    expect(screen.getByTestId('compare-recommendation').textContent).toMatch(
      /^Recommendation unchanged/,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('tab', { name: 'Inputs' }));
    await user.click(screen.getByRole('button', { name: /^Per conversation ./ }));
    const price = document.querySelector(
      '[data-path="options[2].charges.price"]',
    ) as HTMLInputElement;
    await user.clear(price);
    await user.type(price, '0.05');
    await user.click(screen.getByRole('tab', { name: 'Changes' }));
    await waitFor(() =>
      expect(tableRows('compare-changes')).toEqual([
        ["Per conversation's price per unit", '$2.00', '$0.05'],
      ]),
    );
    expect(screen.getByTestId('compare-recommendation').textContent).toBe(
      'Recommendation changed: Hybrid capped before, Per conversation now.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close comparison' }));
    await waitFor(() => expect(screen.queryByRole('tab', { name: 'Changes' })).toBeNull());
    expect(screen.getByRole('tab', { name: 'Results', selected: true })).toBeTruthy();
  });

  it('refuses a file that is not JSON, naming the problem, and keeps the scenario', async () => {
    renderApp();
    compareWith('{ "name": "half', 'broken.json');
    const bar = await screen.findByTestId('file-problems');
    expect(
      within(bar).getByText(/broken\.json cannot be compared: 1 problem\(s\) in it\./),
    ).toBeTruthy();
    expect(within(bar).getByText(/not valid JSON/)).toBeTruthy();
    expect(screen.queryByTestId('compare')).toBeNull();
    expect(screen.getByTestId('scenario-name').textContent).toBe(defaultDraft().name);
  });

  it('refuses a scenario with a bad field, naming the field and its value', async () => {
    renderApp();
    const bad = JSON.parse(LAST_QUARTER);
    bad.horizonMonths = -3;
    compareWith(JSON.stringify(bad), 'bad.json');
    const bar = await screen.findByTestId('file-problems');
    expect(within(bar).getByText(/bad\.json cannot be compared/)).toBeTruthy();
    expect(within(bar).getByText(/horizonMonths/)).toBeTruthy();
    expect(within(bar).getByText(/-3/)).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Changes' })).toBeNull();
  });
});
