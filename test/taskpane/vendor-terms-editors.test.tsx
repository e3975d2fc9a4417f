// @vitest-environment jsdom
// The editors for the vendor terms of DOMAIN.md "More vendor terms" and for "Buy then build".
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { evaluateScenario } from '../../src/engine/evaluate';
import { formatMoney } from '../../src/text/format';
import { parseScenario } from '../../src/scenario/load';
import { defaultDraft } from '../../taskpane/state/examples';
import { optionsOf, setAt, type Draft } from '../../taskpane/state/draft';
import { installDomShims } from './setup-dom';
import { memoryStorage, renderApp } from './render-app';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);

beforeAll(() => installDomShims());
afterEach(cleanup);

/** The draft as the app saves it (the last valid one), read back from storage. */
function savedDraft(storage: Storage): Draft {
  for (let i = 0; i < storage.length; i++) {
    const value = storage.getItem(storage.key(i)!);
    if (value?.includes('"options"')) {
      const parsed = JSON.parse(value) as Draft | { draft: Draft };
      return 'draft' in parsed ? (parsed.draft as Draft) : (parsed as Draft);
    }
  }
  throw new Error('nothing saved');
}

async function openInputs(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('tab', { name: 'Inputs' }));
}

async function openOption(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: new RegExp(`^${name}`) }));
}

describe('vendor term editors', () => {
  it('prices a bid by outcome class and names shares that do not sum to 1', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    await openInputs(user);
    await user.click(screen.getByRole('button', { name: 'Add option from template' }));
    await user.click(await screen.findByRole('menuitem', { name: /outcome class/ }));
    await openOption(user, 'Outcome classes');
    const index = optionsOf(defaultDraft()).length;
    const share = container.querySelector(
      `[data-path="options[${index}].charges.classes[0].share"]`,
    ) as HTMLInputElement;
    expect(share.value).toBe('60');
    await user.clear(share);
    await user.type(share, '50');
    expect((await screen.findAllByText(/class shares must sum to 1/)).length).toBeGreaterThan(0);
  });

  it('turns a one-price bid into classes and adds a free pilot, as the engine prices them', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const { container } = renderApp({ storage });
    await openInputs(user);
    await openOption(user, 'Per resolution');
    const name = 'Per resolution';
    await user.click(screen.getByRole('button', { name: `Price ${name} by outcome class` }));
    const index = optionsOf(defaultDraft()).findIndex((o) => o.name === name);
    await waitFor(() =>
      expect(
        container.querySelector(`[data-path="options[${index}].charges.classes[2].price"]`),
      ).toBeTruthy(),
    );
    expect(container.querySelector(`[data-path="options[${index}].charges.price"]`)).toBeNull();
    await user.click(screen.getByRole('button', { name: `Add a free pilot to ${name}` }));
    await waitFor(() => {
      const charges = optionsOf(savedDraft(storage))[index].charges as Record<string, unknown>;
      expect(charges.phases).toEqual([{ months: 3, priceFactor: 0 }]);
      expect(charges.price).toBeUndefined();
      expect(Array.isArray(charges.classes)).toBe(true);
    });
    const saved = savedDraft(storage);
    const parsed = parseScenario(saved);
    const charges = optionsOf(saved)[index].charges as Record<string, unknown>;
    const withoutPilot = parseScenario(
      setAt(saved, ['options', index, 'charges'], { ...charges, phases: undefined }),
    );
    if (!parsed.ok || !withoutPilot.ok) throw new Error('invalid');
    const pilot = evaluateScenario(parsed.scenario).options[index].schedule.vendorCharges;
    const list = evaluateScenario(withoutPilot.scenario).options[index].schedule.vendorCharges;
    // the pilot's three months charge no usage; from month 4 the bid is unchanged
    const sum = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0);
    expect(sum(pilot.slice(0, 3))).toBeLessThan(sum(list.slice(0, 3)));
    expect(Array.from(pilot.slice(3))).toEqual(Array.from(list.slice(3)));
  });

  it('creates buy then build from a vendor and a build, and offers the best switch month', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    renderApp({ storage });
    await openInputs(user);
    await user.click(screen.getByRole('button', { name: 'Buy then build' }));
    await user.click(
      await screen.findByRole('menuitem', { name: 'Per resolution, then Build in-house' }),
    );
    const switchName = 'Per resolution, then Build in-house';
    await openOption(user, switchName);
    await waitFor(() =>
      expect(optionsOf(savedDraft(storage)).some((o) => o.name === switchName)).toBe(true),
    );
    const parsed = parseScenario(savedDraft(storage));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const option = evaluateScenario(parsed.scenario).options.find((o) => o.name === switchName)!;
    const best = await screen.findByTestId(/^best-switch-/);
    expect(best.textContent).toContain(`Best switch month: ${option.bestSwitchMonth}`);
    expect(best.textContent).toContain(formatMoney(option.bestSwitchNpv!, 'USD', 0));
    if (option.bestSwitchMonth !== option.switchMonth) {
      await user.click(
        screen.getByRole('button', { name: `Switch in month ${option.bestSwitchMonth}` }),
      );
      await waitFor(() =>
        expect(optionsOf(savedDraft(storage)).find((o) => o.name === switchName)?.switchMonth).toBe(
          option.bestSwitchMonth,
        ),
      );
      await waitFor(() => expect(best.textContent).toContain('the month chosen'));
    }
    await user.click(screen.getByRole('tab', { name: 'Results' }));
    const mark = await screen.findByTestId('switch-mark');
    expect(mark.textContent).toContain(
      `${switchName} switches to the build in month ${option.bestSwitchMonth}`,
    );
  });
});
