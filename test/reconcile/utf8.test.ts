import { describe, expect, it } from 'vitest';
import { decodeByLoop, encodeByLoop } from '../../src/reconcile/table/utf8';
import { seededRandom } from '../../src/math/seeded-random';

// The loops stand in for TextEncoder/TextDecoder where Excel's runtime lacks them: they must
// agree with the platform's on any text and any bytes.
describe('UTF-8 without TextEncoder/TextDecoder', () => {
  const random = seededRandom(11);
  const pick = (codes: number[]) => codes[Math.floor(random() * codes.length)];
  const texts = [
    '',
    'period,vendor_billed\n2025-01-03,1\n',
    'Zürich €5 — 中文 😀 \u0000 \ud800 lone',
    ...Array.from({ length: 200 }, () =>
      Array.from({ length: 40 }, () =>
        String.fromCodePoint(
          pick([0x41, 0xe9, 0x20ac, 0x4e2d, 0x1f600, 0x0a, 0x2c, 0x7f, 0x10ffff]),
        ),
      ).join(''),
    ),
  ];

  it('encodes as TextEncoder does', () => {
    for (const text of texts) expect(encodeByLoop(text)).toEqual(new TextEncoder().encode(text));
  });

  it('decodes as TextDecoder does, valid or not', () => {
    const decoder = new TextDecoder();
    for (const text of texts) {
      const bytes = new TextEncoder().encode(text);
      expect(decodeByLoop(bytes, 0, bytes.length)).toBe(decoder.decode(bytes));
    }
    for (let n = 0; n < 300; n++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        Math.floor(random() * 256),
      );
      expect(decodeByLoop(bytes, 0, bytes.length)).toBe(decoder.decode(bytes));
    }
  });
});
