import { describe, expect, it } from 'vitest';
import {
  COUNT,
  figureDecimals,
  figureFormat,
  inputDecimals,
  inputFormat,
  moneyFormat,
  PERCENT,
  wholeMoney,
} from '../../src/export/number-formats';
import { formattedNumber } from '../../src/export/text-width';

// One set of number formats by meaning: whole currency for amounts, the decimals that matter for
// prices (the same down a column), whole counts, percentages; every positive figure padded on
// the right so it never touches the text beside it.

describe('number formats', () => {
  it('shows totals in whole currency units, padded, in the scenario currency', () => {
    expect(wholeMoney('USD')).toBe('"$"#,##0_)');
    expect(wholeMoney('CHF')).toBe('#,##0 "CHF"_)');
    expect(formattedNumber(3126760.43, wholeMoney('USD'))).toBe('$3,126,760)');
    expect(formattedNumber(-4876497.35, wholeMoney('EUR'))).toBe('€-4,876,497)');
    expect(formattedNumber(134742.95, COUNT)).toBe('134,743)');
    expect(formattedNumber(0.655, PERCENT)).toBe('65.5%)');
  });

  it('gives a stated price the decimals it has, from 2 to 4, one count for a column', () => {
    expect(inputDecimals([0.99])).toBe(2);
    expect(inputDecimals([4.5])).toBe(2);
    expect(inputDecimals([0.0125])).toBe(4);
    expect(inputDecimals([0.99, 0.0125, 2])).toBe(4);
    expect(inputDecimals([1 / 3])).toBe(4);
    expect(inputFormat('money', [450000], 'USD')).toBe('"$"#,##0_)');
    expect(inputFormat('money', [2], 'USD')).toBe('"$"#,##0.00_)');
    expect(inputFormat('money', [0], 'USD')).toBe('"$"#,##0_)');
    expect(inputFormat('money', [3000.5], 'USD')).toBe('"$"#,##0.00_)');
    expect(inputFormat('percent', [0.08], 'USD')).toBe('0.0%_)');
    expect(inputFormat('percent', [0.0125], 'USD')).toBe('0.00%_)');
    expect(inputFormat('number', [1.15], 'USD')).toBe('#,##0.00_)');
    expect(inputFormat('number', [40000], 'USD')).toBe('#,##0_)');
  });

  it('gives a computed per-unit figure three significant digits, from 2 to 4 decimals', () => {
    expect(figureDecimals([3.1234])).toBe(2);
    expect(figureDecimals([0.87345])).toBe(3);
    expect(figureDecimals([3.1234, 0.0125678])).toBe(4);
    expect(figureDecimals([1234.5678])).toBe(2);
    expect(figureDecimals([])).toBe(2);
    expect(formattedNumber(0.87345, moneyFormat('USD', figureDecimals([0.87345])))).toBe('$0.873)');
    // a percentile of $450,000 is whole dollars, never "$450,000.0000"
    expect(figureFormat('money', [412345.678, 450000], 'USD')).toBe('"$"#,##0_)');
    expect(figureFormat('money', [0.8812, 1.1], 'USD')).toBe('"$"#,##0.000_)');
    expect(figureFormat('number', [1.1234], 'USD')).toBe('#,##0.000_)');
    expect(figureFormat('number', [31234.5], 'USD')).toBe(COUNT);
  });
});
