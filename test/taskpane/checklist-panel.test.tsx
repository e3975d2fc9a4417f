// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pricedAsks, vendorWhatIfs } from '../../src/analysis/what-if';
import { formatMoney } from '../../src/text/format';
import { installDomShims } from './setup-dom';
import { renderApp } from './render-app';
import { evaluatedDraft } from '../support/taskpane-engine-figures';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);

beforeAll(() => installDomShims());
afterEach(cleanup);

describe('Negotiate tab', () => {
  it("prices each vendor's checklist with the engine's what-ifs", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('tab', { name: 'Negotiate' }));
    const { scenario, result } = evaluatedDraft();
    const whatIfs = vendorWhatIfs(scenario, result);
    expect(whatIfs.length).toBeGreaterThan(0);
    const section = screen.getByRole('region', { name: 'Negotiation checklist' });
    // the contract's terms once, then per vendor only its asks: priced in NPV, none worth 0
    const common = within(section).getByRole('heading', { name: 'The contract, whichever vendor' });
    expect(within(common.parentElement!).getAllByRole('checkbox')).toHaveLength(4);
    for (const w of whatIfs) {
      const heading = within(section).getByRole('heading', { name: new RegExp(`^${w.name}`) });
      const card = heading.parentElement!;
      const asks = pricedAsks(w);
      for (const ask of asks) {
        const worth = formatMoney(ask.worthNpv, result.currency, 0);
        expect(
          within(card).getByText(`Worth ${worth} in NPV over ${result.horizonMonths} months`),
        ).toBeTruthy();
      }
      expect(within(card).queryByText(/^Worth \$0 /)).toBeNull();
      const unpriced =
        (w.slaCredits === null ? 1 : 0) +
        (scenario.options[w.index].kind === 'vendor' &&
        (scenario.options[w.index] as any).charges.tiers
          ? 0
          : 1);
      expect(within(card).getAllByRole('checkbox')).toHaveLength(asks.length + unpriced);
    }
  });
});
