import { describe, expect, it } from 'vitest';
import { ruleOfThumbVerdict } from '../../src/engine/rule-of-thumb';

describe('rule of thumb', () => {
  it('says build only when both volume and price exceed the thresholds', () => {
    expect(ruleOfThumbVerdict(60000, 0.31)).toBe('build');
    expect(ruleOfThumbVerdict(50000, 0.99)).toBe('buy');
    expect(ruleOfThumbVerdict(60000, 0.3)).toBe('buy');
    expect(ruleOfThumbVerdict(60000, null)).toBe('buy');
    expect(ruleOfThumbVerdict(2000, 0.5, { outcomesPerMonth: 1000, price: 0.4 })).toBe('build');
  });
});
