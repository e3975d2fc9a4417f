// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { vendorWhatIfs } from '../../src/analysis/what-if';
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
    for (const w of whatIfs) {
      const card = within(section).getByRole('heading', { name: w.name }).parentElement!;
      const saving = formatMoney(w.buyerCount.saving, result.currency, 0);
      const worth = new RegExp(`^Worth ${saving.replace(/[$.]/g, '\\$&')} over`);
      expect(within(card).getByText(worth)).toBeTruthy();
      expect(within(card).getAllByRole('checkbox')).toHaveLength(7);
    }
  });
});
