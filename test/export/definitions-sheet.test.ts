// The Definitions sheet prints the negotiation checklist priced as the taskpane prices it.
import { describe, expect, it } from 'vitest';
import { pricedAsks, vendorWhatIfs } from '../../src/analysis/what-if';
import { buildWorkbookModel } from '../../src/export/index';
import { escapeFormulaText } from '../../src/export/escape-text';
import { formatMoney } from '../../src/text/format';
import { exportCases, META } from './scenarios';

const text = (cells: { value?: unknown }[]) => cells.map((c) => String(c.value ?? ''));

describe('Definitions sheet', () => {
  for (const c of exportCases()) {
    it(`prints each vendor's priced checklist (${c.file})`, () => {
      const sheet = buildWorkbookModel(c.scenario, c.result, META).sheets.find(
        (s) => s.name === 'Definitions',
      )!;
      const values = text(sheet.cells);
      const whatIfs = vendorWhatIfs(c.scenario, c.result);
      if (whatIfs.length === 0) expect(values).toContain('This scenario has no vendor bid.');
      for (const w of whatIfs) {
        expect(values).toContain(escapeFormulaText(w.name));
        // each ask priced in NPV, and only the asks worth more than 0
        for (const ask of pricedAsks(w)) {
          const worth = formatMoney(ask.worthNpv, c.result.currency, 0);
          expect(values).toContain(`Worth ${worth} in NPV over ${c.result.horizonMonths} months`);
        }
        expect(values.some((v) => /^Worth \$0 /.test(v))).toBe(false);
      }
    });
  }
});
