import { describe, expect, it } from 'vitest';
import {
  billableCount,
  effectivePrice,
  overcharge,
  toleranceExceeded,
} from '../../src/engine/counts';
import { expectClose } from '../support/close';

describe('reconciling counts', () => {
  it('41,000 billed against 27,000 buyer-defined resolutions at $0.99', () => {
    expectClose(effectivePrice(0.99, 41000, 27000), (0.99 * 41000) / 27000);
    expectClose(overcharge(0.99, 41000, 27000), 13860);
    expect(toleranceExceeded(41000, 27000, 0.05)).toBe(true);
    expect(billableCount(41000, 27000, 0.05)).toBe(27000);
    expect(billableCount(27500, 27000, 0.05)).toBe(27500);
  });
});
