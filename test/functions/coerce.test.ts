import { describe, expect, it } from 'vitest';
import {
  choice,
  NON_NEGATIVE,
  numberSeries,
  optionalNumber,
  requiredNumber,
  requiredText,
  SHARE,
  single,
  spill,
} from '../../functions/coerce';
import { priceOrTiers, tierTable } from '../../functions/coerce-tiers';
import { FunctionError } from '../../functions/errors';

/** The FunctionError a coercion throws, so its kind and message can be checked. */
function failure(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FunctionError);
    return error as FunctionError;
  }
  throw new Error('expected a FunctionError');
}

describe('numbers', () => {
  it('accepts numbers, numeric text and 1x1 ranges', () => {
    expect(requiredNumber('price', 0.99)).toBe(0.99);
    expect(requiredNumber('price', ' 1.5 ')).toBe(1.5);
    expect(requiredNumber('price', [[2]])).toBe(2);
    expect(requiredNumber('price', -3)).toBe(-3);
  });

  it('rejects text, booleans, blanks and wide ranges, naming the argument and the value', () => {
    expect(failure(() => requiredNumber('price', 'abc')).message).toBe(
      'price must be a number, got "abc"',
    );
    expect(failure(() => requiredNumber('price', true)).message).toBe(
      'price must be a number, got TRUE',
    );
    expect(failure(() => requiredNumber('price', null)).message).toBe(
      'price is required, got a blank',
    );
    expect(failure(() => requiredNumber('price', '')).message).toBe(
      'price is required, got a blank',
    );
    expect(failure(() => requiredNumber('price', [[1, 2]])).message).toBe(
      'price must be a single value, got a 1x2 range',
    );
    expect(failure(() => requiredNumber('price', NaN)).message).toBe(
      'price must be a finite number, got NaN',
    );
    expect(failure(() => requiredNumber('price', 'abc')).kind).toBe('value');
  });

  it('applies the rules with messages naming the bound', () => {
    expect(failure(() => requiredNumber('units', -1, NON_NEGATIVE)).message).toBe(
      'units must be at least 0, got -1',
    );
    expect(failure(() => requiredNumber('share', 1.5, SHARE)).message).toBe(
      'share must be at most 1, got 1.5',
    );
    expect(failure(() => requiredNumber('rate', -1, { above: -1 })).message).toBe(
      'rate must be greater than -1, got -1',
    );
    expect(failure(() => requiredNumber('month', 2.5, { integer: true })).message).toBe(
      'month must be a whole number, got 2.5',
    );
  });

  it('gives the default for an omitted (undefined) or blank (null, "") optional argument', () => {
    expect(optionalNumber('fee', undefined, 7)).toBe(7);
    expect(optionalNumber('fee', null, 7)).toBe(7);
    expect(optionalNumber('fee', '', null)).toBeNull();
    expect(optionalNumber('fee', [['']], 7)).toBe(7);
    expect(optionalNumber('fee', 0, 7)).toBe(0);
    expect(failure(() => optionalNumber('fee', 'x', 7)).message).toBe(
      'fee must be a number, got "x"',
    );
  });
});

describe('text and choices', () => {
  it('reads text and numbers as text; rejects booleans and blanks', () => {
    expect(requiredText('name', 'Build')).toBe('Build');
    expect(requiredText('name', 12)).toBe('12');
    expect(failure(() => requiredText('name', false)).message).toBe('name must be text, got FALSE');
  });

  it('matches choices case-insensitively and lists the allowed words', () => {
    expect(choice('mode', 'VOLUME', ['graduated', 'volume'], 'graduated')).toBe('volume');
    expect(choice('mode', null, ['graduated', 'volume'], 'graduated')).toBe('graduated');
    expect(
      failure(() => choice('mode', 'flat', ['graduated', 'volume'], 'graduated')).message,
    ).toBe('mode must be "graduated" or "volume", got "flat"');
  });

  it('takes a single value from a 1x1 range only', () => {
    expect(single('x', [[5]])).toBe(5);
    expect(single('x', 5)).toBe(5);
    expect(failure(() => single('x', [[1], [2]])).message).toBe(
      'x must be a single value, got a 2x1 range',
    );
  });
});

describe('series', () => {
  it('reads a column or a row, blanks as 0, and spills back in the same orientation', () => {
    const column = numberSeries('units', [[1], [null], [3]]);
    expect(column).toEqual({ values: [1, 0, 3], isRow: false });
    expect(spill(column.values, column.isRow)).toEqual([[1], [0], [3]]);
    const row = numberSeries('units', [[1, '', 3]]);
    expect(row).toEqual({ values: [1, 0, 3], isRow: true });
    expect(spill(row.values, row.isRow)).toEqual([[1, 0, 3]]);
    expect(numberSeries('units', 4)).toEqual({ values: [4], isRow: false });
  });

  it('names the position of a bad cell and rejects 2-D blocks', () => {
    expect(failure(() => numberSeries('units', [[1], ['x']])).message).toBe(
      'units[2] must be a number, got "x"',
    );
    expect(failure(() => numberSeries('units', [[1], [-2]], NON_NEGATIVE)).message).toBe(
      'units[2] must be at least 0, got -2',
    );
    expect(
      failure(() =>
        numberSeries('units', [
          [1, 2],
          [3, 4],
        ]),
      ).message,
    ).toBe('units must be one row or one column, got a 2x2 range');
  });
});

describe('tier tables', () => {
  it('reads 2 and 3 columns, blank up_to as no limit, blank fee as 0, ignoring blank rows below', () => {
    expect(
      tierTable('tiers', [
        [100, 1, 5],
        [null, 0.5, null],
        [null, null, null],
      ]),
    ).toEqual([
      { upTo: 100, price: 1, flatFee: 5 },
      { upTo: null, price: 0.5, flatFee: 0 },
    ]);
    expect(tierTable('tiers', [[null, 2]])).toEqual([{ upTo: null, price: 2, flatFee: 0 }]);
  });

  it('reads the zeros Excel desktop passes for empty cells like blanks', () => {
    expect(
      tierTable('tiers', [
        [100, 1, 5],
        [0, 0.5, 0],
        [0, 0, 0],
      ]),
    ).toEqual([
      { upTo: 100, price: 1, flatFee: 5 },
      { upTo: null, price: 0.5, flatFee: 0 },
    ]);
    expect(tierTable('tiers', [[0, 2]])).toEqual([{ upTo: null, price: 2, flatFee: 0 }]);
    // a first tier up to 0 units is still a bound
    expect(
      tierTable('tiers', [
        [0, 0, 100],
        [null, 1],
      ])[0],
    ).toEqual({
      upTo: 0,
      price: 0,
      flatFee: 100,
    });
    expect(choice('mode', 0, ['graduated', 'volume'], 'graduated')).toBe('graduated');
    expect(choice('mode', [[0]], ['graduated', 'volume'], 'volume')).toBe('volume');
  });

  it('applies the scenario rules: ascending, unbounded last tier only, non-negative', () => {
    expect(
      failure(() =>
        tierTable('tiers', [
          [100, 1],
          [50, 0.5],
          [null, 0.2],
        ]),
      ).message,
    ).toBe("tiers row 2 up_to: tiers must ascend: upTo must exceed the previous tier's 100");
    expect(
      failure(() =>
        tierTable('tiers', [
          [100, 1],
          [200, 0.5],
        ]),
      ).message,
    ).toBe('tiers row 2 up_to: the last tier must have upTo null (no limit)');
    expect(
      failure(() =>
        tierTable('tiers', [
          [null, 1],
          [null, 0.5],
        ]),
      ).message,
    ).toBe('tiers row 1 up_to: only the last tier may have upTo null');
    expect(
      failure(() =>
        tierTable('tiers', [
          [100, -1],
          [null, 0.5],
        ]),
      ).message,
    ).toBe('tiers row 1 price must be at least 0, got -1');
    expect(failure(() => tierTable('tiers', [[1], [2]])).message).toBe(
      'tiers must be a range of 2 or 3 columns (up_to, price, [flat_fee]), got a 2x1 range',
    );
    expect(failure(() => tierTable('tiers', [[null, null]])).message).toBe(
      'tiers has no tiers (every row is blank)',
    );
  });

  it('remembers tables by content, errors included', () => {
    const table = [
      [100, 1],
      [null, 0.5],
    ];
    expect(tierTable('tiers', table)[1].price).toBe(0.5);
    table[1][1] = 0.25; // the same range, edited
    expect(tierTable('tiers', table)[1].price).toBe(0.25);
    expect(tierTable('other', table)[1].price).toBe(0.25);
    const bad = [[100, 'x']];
    expect(failure(() => tierTable('tiers', bad)).message).toBe(
      'tiers row 1 price must be a number, got "x"',
    );
    expect(failure(() => tierTable('tiers', bad)).message).toBe(
      'tiers row 1 price must be a number, got "x"',
    );
    expect(failure(() => tierTable('price', bad)).message).toBe(
      'price row 1 price must be a number, got "x"',
    );
  });

  it('tells a unit price from a tier table', () => {
    expect(priceOrTiers('price', [[0.5]], 'graduated')).toEqual({ price: 0.5 });
    expect(priceOrTiers('price', 0.5, 'graduated')).toEqual({ price: 0.5 });
    expect(priceOrTiers('price', [[null, 0.5]], 'volume')).toEqual({
      tiers: [{ upTo: null, price: 0.5, flatFee: 0 }],
      tierMode: 'volume',
    });
    expect(failure(() => priceOrTiers('price', [[null]], 'graduated')).message).toBe(
      'price is required, got a blank',
    );
  });
});
