import { describe, expect, it } from 'vitest';
import { readReconcileArguments, type ReconcileArgument } from '../../src/reconcile/arguments';

// One set of rules for the CLI (text), the Excel functions (values) and the taskpane (text).
const asCli = (a: ReconcileArgument) => `--${a}`;
const read = (args: Parameters<typeof readReconcileArguments>[0]) =>
  readReconcileArguments(args, asCli);

describe('reconcile arguments, read once for every face', () => {
  it('fills the defaults: tolerance 0.05, columns period and vendor_billed; empty is left out', () => {
    for (const left of [undefined, null, '', '  '])
      expect(
        read({ definition: 'csat >= 4', price: '0.99', tolerance: left, periodColumn: left }),
      ).toMatchObject({
        price: 0.99,
        tolerance: 0.05,
        periodColumn: 'period',
        billedColumn: 'vendor_billed',
        billedColumnGiven: false,
      });
  });
  it('reads a number and its text the same way', () => {
    expect(read({ definition: 'x', price: 2, tolerance: 0.1 })).toMatchObject({
      price: 2,
      tolerance: 0.1,
    });
    expect(read({ definition: 'x', price: ' 2 ', tolerance: '1e-1' })).toMatchObject({
      price: 2,
      tolerance: 0.1,
    });
  });
  it.each([
    [{ price: '-2' }, '--price must be a number >= 0, got -2'],
    [{ price: -2 }, '--price must be a number >= 0, got -2'],
    [{ price: 'cheap' }, '--price must be a number >= 0, got "cheap"'],
    [{ price: true }, '--price must be a number >= 0, got true'],
    [{ price: undefined }, '--price is required'],
    [{ tolerance: 'Infinity' }, '--tolerance must be a number >= 0, got "Infinity"'],
    [{ definition: undefined }, '--definition is required'],
    [
      { definition: '' },
      '--definition must be text such as status == "closed" and csat >= 4, got ""',
    ],
    [
      { definition: 3 },
      '--definition must be text such as status == "closed" and csat >= 4, got 3',
    ],
    [{ periodColumn: 5 }, '--periodColumn must be a column name, got 5'],
  ])('%j is refused naming the argument', (change, message) => {
    expect(() => read({ definition: 'csat >= 4', price: 1, ...change })).toThrow(message);
  });
  it('names each argument as the face calls it, and says which it was', () => {
    try {
      readReconcileArguments({ definition: 'x', price: 1, billedColumn: 7 }, (a) =>
        a === 'billedColumn' ? 'billed_column' : a,
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        message: 'billed_column must be a column name, got 7',
        argument: 'billedColumn',
        column: 'billed',
      });
    }
  });
});
