import { describe, expect, it } from 'vitest';
import { getAt, optionsOf, pathText, setAt, type Draft } from '../../taskpane/state/draft';
import {
  addOption,
  duplicateOption,
  moveOption,
  removeOption,
  uniqueName,
} from '../../taskpane/state/option-list';
import { fromText, toText } from '../../taskpane/components/fields';
import { parseSeriesText } from '../../taskpane/components/SeriesField';

const draft = () => ({
  name: 'S',
  options: [
    { kind: 'status-quo', name: 'A' },
    { kind: 'vendor', name: 'B', charges: { unit: 'outcome', price: 1, sla: { creditRate: 0.1 } } },
  ],
});

describe('draft paths', () => {
  it('sets a nested value without touching the original', () => {
    const before = draft();
    const after = setAt(before, ['options', 1, 'charges', 'price'], 2);
    expect(getAt(after, ['options', 1, 'charges', 'price'])).toBe(2);
    expect(getAt(before, ['options', 1, 'charges', 'price'])).toBe(1);
    expect(after.options[0]).toBe(before.options[0]);
  });

  it('removes a cleared optional field and the group it empties', () => {
    const after = setAt(draft(), ['options', 1, 'charges', 'sla', 'creditRate'], undefined);
    expect(getAt(after, ['options', 1, 'charges'])).toEqual({ unit: 'outcome', price: 1 });
  });

  it('creates missing groups', () => {
    const after = setAt(draft(), ['options', 1, 'charges', 'gainShare', 'share'], 0.3);
    expect(getAt(after, ['options', 1, 'charges', 'gainShare'])).toEqual({ share: 0.3 });
  });

  it('spells paths the way the engine reports them', () => {
    expect(pathText(['options', 2, 'charges', 'tiers', 1, 'upTo'])).toBe(
      'options[2].charges.tiers[1].upTo',
    );
  });
});

const names = (d: Draft) => optionsOf(d).map((o) => o.name);

describe('option list', () => {
  it('keeps names unique when adding and duplicating', () => {
    expect(uniqueName(draft(), 'A')).toBe('A 2');
    const added = addOption(draft(), { kind: 'status-quo', name: 'A' });
    expect(names(added)).toEqual(['A', 'B', 'A 2']);
    const copied = duplicateOption(draft(), 1);
    expect(names(copied)).toEqual(['A', 'B', 'B (copy)']);
    expect(optionsOf(copied)[2]).not.toBe(optionsOf(copied)[1]);
  });

  it('moves within bounds and removes', () => {
    expect(names(moveOption(draft(), 1, -1))).toEqual(['B', 'A']);
    const d = draft();
    expect(moveOption(d, 0, -1)).toBe(d);
    expect(optionsOf(removeOption(draft(), 0))).toHaveLength(1);
  });
});

describe('field text', () => {
  it('shows shares as percentages and reads them back', () => {
    expect(toText(0.15, true)).toBe('15');
    expect(toText(0.07, true)).toBe('7');
    expect(toText(36000, false)).toBe('36,000');
    expect(toText(1234567.125, false)).toBe('1,234,567.125');
    expect(toText(0.000012, false)).toBe('0.000012');
    expect(fromText(toText(1234567.125, false), false)).toBe(1234567.125);
    expect(fromText('15', true)).toBe(0.15);
    expect(fromText('12.5%', true)).toBe(0.125);
    expect(fromText('40,000', false)).toBe(40000);
  });

  it('passes what is not a number to the engine as text and empties to undefined', () => {
    expect(fromText('abc', false)).toBe('abc');
    expect(fromText('  ', false)).toBeUndefined();
  });

  it('reads a series pasted from a sheet column', () => {
    expect(parseSeriesText('100\n200\t300\r\n400')).toEqual([100, 200, 300, 400]);
    expect(parseSeriesText('1,200\nx')).toEqual([1200, 'x']);
    expect(parseSeriesText('\n')).toBeUndefined();
  });
});
