// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { vendorWhatIfs } from '../../src/analysis/what-if';
import { evaluateScenario, formatMoney, parseScenario } from '../../src/index';
import { defaultDraft } from '../../taskpane/state/examples';
import { installDomShims } from './setup-dom';
import { renderApp } from './render-app';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);

beforeAll(() => installDomShims());
afterEach(cleanup);

describe('Negotiate tab', () => {
  it("prices each vendor's checklist with the engine's what-ifs", async () => {
    const user = userEvent.setup();
    renderApp();
    await user.click(screen.getByRole('tab', { name: 'Negotiate' }));
    const parsed = parseScenario(defaultDraft());
    if (!parsed.ok) throw new Error('default draft invalid');
    const result = evaluateScenario(parsed.scenario);
    const whatIfs = vendorWhatIfs(parsed.scenario, result);
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
