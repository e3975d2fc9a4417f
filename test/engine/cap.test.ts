import { describe, expect, it } from 'vitest';
import { applyAnnualCap } from '../../src/engine/cap';
import { column } from '../support/scenarios';
import { evaluateOutcomeVendor } from '../support/engine-outcome-vendor';

describe('annual cap', () => {
  it('charges each month until the contract year reaches the cap, then resets', () => {
    const owed = Array(14).fill(600);
    const charged = Array.from(applyAnnualCap(owed, 1500));
    expect(charged.slice(0, 4)).toEqual([600, 600, 300, 0]);
    expect(charged.slice(12)).toEqual([600, 600]);
    expect(Array.from(applyAnnualCap([1, 2], null))).toEqual([1, 2]);
  });
  it('applies after the SLA credit, in a vendor bid', () => {
    const r = evaluateOutcomeVendor(1, {
      annualCap: 1000,
      sla: { guaranteedResolutionRate: 0.6, creditRate: 0.2 },
    });
    // owed 500 - 100 = 400 a month; the cap leaves 400, 400, 200
    expect(column(r, 'usage')).toEqual([400, 400, 200]);
  });
});
