// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { formatMoney } from '../../src/text/format';
import { defaultDraft } from '../../taskpane/state/examples';
import { setAt } from '../../taskpane/state/draft';
import { installDomShims } from './setup-dom';
import { rankingNames, renderApp } from './render-app';
import { engineRanking, evaluatedDraft } from '../support/taskpane-engine-figures';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);

beforeAll(() => installDomShims());
afterEach(cleanup);

async function openInputs(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: 'Inputs' }));
}

async function openOption(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: new RegExp(`^${name} .`) }));
}

/** The Inputs tab with the option's panel open. */
async function openOptionPanel(user: ReturnType<typeof userEvent.setup>, option: string) {
  await openInputs(user);
  await openOption(user, option);
}

/** The input bound to `path`, with the Inputs tab and the option's panel open. */
async function openField(user: ReturnType<typeof userEvent.setup>, option: string, path: string) {
  await openOptionPanel(user, option);
  return document.querySelector(`[data-path="${path}"]`) as HTMLInputElement;
}

describe('taskpane editing', () => {
  it('shows the engine ranking of the default scenario with money in its currency', () => {
    const { container } = renderApp();
    const expected = engineRanking(defaultDraft());
    expect(rankingNames(container)).toEqual(expected);
    const first = evaluatedDraft().result.options.find((o) => o.name === expected[0])!;
    const row = container.querySelector(`[data-option="${expected[0]}"]`) as HTMLElement;
    expect(within(row).getByText(formatMoney(first.npv, 'USD', 0))).toBeTruthy();
  });

  it('re-ranks as a price is typed', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    const before = rankingNames(container);
    const price = await openField(user, 'Per conversation', 'options[2].charges.price');
    expect(price.value).toBe('2');
    await user.clear(price);
    await user.type(price, '0.05');
    const expected = engineRanking(setAt(defaultDraft(), ['options', 2, 'charges', 'price'], 0.05));
    expect(expected).not.toEqual(before);
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    await waitFor(() => expect(rankingNames(container)).toEqual(expected));
    expect(expected[0]).toBe('Per conversation');
  });

  it('shows the engine message for a bad field and keeps the last valid results', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    const before = rankingNames(container);
    const rate = await openField(user, 'Per resolution', 'options[1].resolutionRate');
    await user.clear(rate);
    // Every prefix of "-5" is invalid too, so no intermediate value becomes the valid one.
    await user.type(rate, '-5');
    const problems = await screen.findByTestId('input-problems');
    expect(problems.textContent).toContain('options[1] ("Per resolution").resolutionRate');
    expect(problems.textContent).toContain('got -0.05');
    // The field itself carries the message.
    expect(rate.getAttribute('aria-invalid')).toBe('true');
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    expect(rankingNames(container)).toEqual(before);
  });

  it('adds a vendor bid from a template and ranks it', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    await openInputs(user);
    await user.click(screen.getByRole('button', { name: 'Add option from template' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Per seat' }));
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    await waitFor(() => expect(rankingNames(container)).toContain('Seats'));
    expect(rankingNames(container)).toHaveLength(7);
  });

  it('duplicates, renames, moves and removes options', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    await openOptionPanel(user, 'Status quo');
    await user.click(screen.getByRole('button', { name: 'Duplicate Status quo' }));
    await openOption(user, 'Status quo \\(copy\\)');
    const copyName = container.querySelector('[data-path="options[1].name"]') as HTMLInputElement;
    expect(copyName.value).toBe('Status quo (copy)');
    await user.clear(copyName);
    await user.type(copyName, 'Status quo');
    expect((await screen.findByTestId('input-problems')).textContent).toContain(
      'option names must be unique',
    );
    await user.type(copyName, ' B');
    await waitFor(() => expect(screen.queryByTestId('input-problems')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Move Status quo B up' }));
    expect(
      (container.querySelector('[data-path="options[0].name"]') as HTMLInputElement).value,
    ).toBe('Status quo B');
    await user.click(screen.getByRole('button', { name: 'Remove Status quo B' }));
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    await waitFor(() => expect(rankingNames(container)).toEqual(engineRanking(defaultDraft())));
  });

  it('opens a malformed file, lists every problem and leaves the scenario unchanged', async () => {
    const { container } = renderApp();
    const before = rankingNames(container);
    const bad = JSON.stringify({
      name: 'Bad',
      demand: { contactsPerMonth: -5 },
      humanCostPerContact: 4,
      options: [{ kind: 'vendor', name: 'V', resolutionRate: 2, charges: { unit: 'outcome' } }],
    });
    const input = screen.getByTestId('open-file') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File([bad], 'bad.json', { type: 'application/json' })] },
    });
    const list = await screen.findByTestId('file-problem-list');
    expect(list.textContent).toContain('demand.contactsPerMonth');
    expect(list.textContent).toContain('options[0] ("V").resolutionRate');
    expect(list.textContent).toContain('options[0] ("V").charges.price');
    expect(screen.getByTestId('scenario-name').textContent).toBe(String(defaultDraft().name));
    expect(rankingNames(container)).toEqual(before);
  });

  it('opens a valid file and keeps it in the recent list', async () => {
    const user = userEvent.setup();
    const { container, storage } = renderApp();
    const draft = setAt(defaultDraft(), ['name'], 'Reopened');
    const input = screen.getByTestId('open-file') as HTMLInputElement;
    fireEvent.change(input, {
      target: {
        files: [new File([JSON.stringify(draft)], 'r.json', { type: 'application/json' })],
      },
    });
    await waitFor(() => expect(screen.getByTestId('scenario-name').textContent).toBe('Reopened'));
    expect(rankingNames(container)).toEqual(engineRanking(draft));
    expect(storage.getItem('crossover.recent')).toContain('Reopened');
    await user.click(screen.getByRole('button', { name: 'Recent' }));
    expect(await screen.findByRole('menuitem', { name: 'Reopened' })).toBeTruthy();
  });

  it('keeps the last valid scenario in storage outside Excel', async () => {
    const { storage } = renderApp();
    await waitFor(() => expect(storage.getItem('crossover.scenario')).not.toBeNull(), {
      timeout: 2000,
    });
    expect(JSON.parse(storage.getItem('crossover.scenario')!).name).toBe(defaultDraft().name);
  });

  it('explains Excel-only actions outside Excel', async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('tab', { name: 'Workbook' }));
    expect(screen.getByText(/Open Crossover as an Excel add-in/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Import bids/ })).toBeNull();
  });

  it('shows money in the scenario currency', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    await openInputs(user);
    const currency = container.querySelector('[data-path="currency"]') as HTMLInputElement;
    await user.clear(currency);
    await user.type(currency, 'EUR');
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    const first = container.querySelector('[data-testid=ranking] tbody tr td:nth-child(3)')!;
    await waitFor(() => expect(first.textContent).toMatch(/^€/));
  });

  it('edits tiers and reports tiers that do not ascend at their path', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    await openOptionPanel(user, 'Per resolution');
    await user.click(screen.getByRole('button', { name: 'Price Per resolution in tiers' }));
    const upTo = (i: number) =>
      container.querySelector(
        `[data-path="options[1].charges.tiers[${i}].upTo"]`,
      ) as HTMLInputElement;
    expect(upTo(0).value).toBe('10,000');
    expect(upTo(1).value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Add tier to Per resolution' }));
    // The old last tier got a bound; the new last tier is unbounded.
    expect(upTo(1).value).toBe('20,000');
    expect(upTo(2).value).toBe('');
    await user.clear(upTo(1));
    await user.type(upTo(1), '5000');
    const problems = await screen.findByTestId('input-problems');
    expect(problems.textContent).toContain('options[1] ("Per resolution").charges.tiers[1].upTo');
    expect(problems.textContent).toContain('tiers must ascend');
    await user.clear(upTo(2));
    await user.type(upTo(2), '9');
    await waitFor(() =>
      expect(screen.getByTestId('input-problems').textContent).toContain(
        'the last tier must have upTo null',
      ),
    );
  });
});

describe('taskpane warnings', () => {
  it('shows beside a percent field a rate above 100% a year, without blocking the results', async () => {
    const user = userEvent.setup();
    const draft = setAt(defaultDraft(), ['discountRateAnnual'], 8);
    const { container } = renderApp({ draft });
    expect(rankingNames(container)).toEqual(engineRanking(draft));
    await openInputs(user);
    const field = document.querySelector('[data-path="discountRateAnnual"]') as HTMLInputElement;
    expect(field.value).toBe('800');
    const group = field.closest('.fui-Field') as HTMLElement;
    expect(within(group).getByText('800% a year: for 8% type 8')).toBeTruthy();
    await user.clear(field);
    await user.type(field, '8');
    await waitFor(() => expect(within(group).queryByText(/a year: for/)).toBeNull());
  });
});
