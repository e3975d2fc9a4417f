// The Definitions sheet prints the negotiation checklist priced as the taskpane prices it.
import { describe, expect, it } from 'vitest';
import { vendorWhatIfs } from '../../src/analysis/what-if';
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
        const saving = formatMoney(w.buyerCount.saving, c.result.currency, 0);
        expect(values.some((v) => v.startsWith(`Worth ${saving} over the horizon`))).toBe(true);
        const cap = formatMoney(w.cap.saving, c.result.currency, 0);
        expect(values.some((v) => v.includes(`save ${cap}`) || v.includes(`saves ${cap}`))).toBe(
          true,
        );
      }
    });
  }
});
