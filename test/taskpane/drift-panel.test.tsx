// @vitest-environment jsdom
// Issue 21 in the taskpane: what the vendor's count costs per vendor (overcharge over H months, in
// NPV, and the price to ask), the fair drift discount on the count as billed, and the saturation
// warning beside the option, in the Drift tab and in the options editor.
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { vendorWhatIfs } from '../../src/analysis/what-if';
import { formatMoney, formatPercent } from '../../src/text/format';
import { installDomShims } from './setup-dom';
import { renderApp } from './render-app';
import { evaluatedDraft } from '../support/taskpane-engine-figures';

vi.mock('react-chartjs-2', async () => (await import('./chart-stub')).chartStub);

beforeAll(() => installDomShims());
afterEach(cleanup);

describe('Drift tab: what the overcount costs', () => {
  it("says per vendor the engine's overcharge, price to ask, fair discount and saturation", async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    await user.click(screen.getByRole('tab', { name: 'Drift' }));
    const { scenario, result } = evaluatedDraft();
    const usd = (v: number) => formatMoney(v, 'USD', 0);
    const cents = (v: number) => formatMoney(v, 'USD', 2);
    const worth = new Map(vendorWhatIfs(scenario, result).map((w) => [w.index, w.driftDiscount]));
    const text = (id: string) => container.querySelector(`[data-testid="${id}"]`)?.textContent;
    let saturated = 0;
    result.options.forEach((o, i) => {
      if (o.kind !== 'vendor') return;
      if (o.overcountCost! > 0) {
        // the price that makes the vendor's count cost what the bid's price on your count costs
        const recognised = (o.priceToAsk! * o.vendorCountedOutcomes) / o.trueOutcomes;
        expect(text(`overcharge-${i}`)).toBe(
          `Billed outcomes above your count cost ${usd(o.overcountCost!)} over 36 months (${usd(o.overcountNpv!)} in NPV); to pay ${cents(recognised)} per outcome you recognise, ask for ${cents(o.priceToAsk!)} per outcome the vendor counts.`,
        );
      } else expect(text(`overcharge-${i}`)).toBeUndefined();
      expect(text(`drift-discount-${i}`)).toBe(
        o.driftDiscount! > 0
          ? `Fair drift discount ${formatPercent(o.driftDiscount!)} on the count as billed (worth ${usd(worth.get(i)!.worthNpv)} in NPV).`
          : 'No fair drift discount needed: no drift.',
      );
      if (o.saturatedFromMonth === null) expect(text(`saturation-${i}`)).toBeUndefined();
      else {
        saturated++;
        expect(text(`saturation-${i}`)).toBe(
          `From month ${o.saturatedFromMonth} the vendor counts every contact as an outcome: drift adds nothing more.`,
        );
      }
    });
    // the default scenario's per-resolution bid saturates in month 35 (k0 1.15, 18% a year, r 0.55)
    expect(saturated).toBe(1);
    expect(text('saturation-1')).toContain('From month 35 ');
  });

  it('warns beside the option in the options editor, and the warning leaves with the drift', async () => {
    const user = userEvent.setup();
    const { container } = renderApp();
    await user.click(screen.getByRole('tab', { name: 'Inputs' }));
    const header = screen.getByRole('button', { name: /^Per resolution / });
    expect(within(header).getByText('saturates')).toBeTruthy();
    await user.click(header);
    const warning = () => container.querySelector('[data-testid="option-saturation-1"]');
    expect(warning()?.textContent).toBe(
      'From month 35 the vendor counts every contact as an outcome: drift adds nothing more.',
    );
    const drift = container.querySelector(
      '[data-path="options[1].overcount.driftAnnual"]',
    ) as HTMLInputElement;
    await user.clear(drift);
    await user.type(drift, '0');
    await vi.waitFor(() => expect(warning()).toBeNull());
  });
});
