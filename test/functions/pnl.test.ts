import { describe, expect, it } from 'vitest';
import { pnl } from '../../functions/accounting';
import { FunctionError } from '../../functions/errors';
import { PNL_SCENARIO } from './docs-examples';

describe('OUTCOME.PNL', () => {
  it('spills the year table with a total row (worked in docs/functions.md)', () => {
    expect(pnl(PNL_SCENARIO, 'build')).toEqual([
      ['year', 'cash', 'expense', 'amortization', 'ebitdaCost'],
      [1, 32000, 28500, 2500, 26000],
      [2, 3200, 3700, 500, 3200],
      ['total', 35200, 32200, 3000, 29200],
    ]);
    expect(pnl(PNL_SCENARIO, 'Build', 'expense')).toEqual([[28500], [3700]]);
  });

  it('names the argument and the value it cannot read', () => {
    const missing = pnl(PNL_SCENARIO, 'Vendor') as FunctionError;
    expect(missing.kind).toBe('value');
    expect(missing.message).toMatch(/option_name "Vendor" is not an option of the scenario/);
    const field = pnl(PNL_SCENARIO, 'Build', 'profit') as FunctionError;
    expect(field.kind).toBe('value');
    expect(field.message).toMatch(/field/);
    expect((pnl('{}', 'Build') as FunctionError).message).toMatch(
      /scenario is not a valid scenario/,
    );
  });
});
