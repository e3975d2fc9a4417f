import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartPng, shortNumber } from '../../src/export/chart-png';
import { encodePng, storedZlib } from '../../src/export/png-encode';
import type { ChartModel } from '../../src/export/workbook-model';

function chunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let o = 8; o < png.length;) {
    const length = view.getUint32(o);
    const type = String.fromCharCode(...png.subarray(o + 4, o + 8));
    out.push({ type, data: png.subarray(o + 8, o + 8 + length) });
    o += 12 + length;
  }
  return out;
}

const chart: ChartModel = {
  sheet: 'Summary',
  title: 't',
  from: 'A1',
  to: 'F20',
  xTitle: 'Month',
  yTitle: 'Cost',
  categories: [1, 2, 3, 4],
  categoriesRef: 'Schedule!$C$1:$C$4',
  series: [
    { name: 'a', ref: 'Schedule!$A$1:$A$4', values: [10, 20, 30, 40], color: 'FF0000' },
    { name: 'b', ref: 'Schedule!$B$1:$B$4', values: [5, 25, 45, 65], color: '0000FF' },
  ],
};

describe('PNG chart', () => {
  it('is a valid PNG whose pixels decode and contain the series colours', () => {
    const png = chartPng(chart);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((p) => p.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = new DataView(parts[0].data.buffer, parts[0].data.byteOffset);
    const [width, height] = [header.getUint32(0), header.getUint32(4)];
    const raw = inflateSync(parts[1].data);
    expect(raw.length).toBe((width * 3 + 1) * height);
    const colours = new Set<string>();
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const o = y * (width * 3 + 1) + 1 + x * 3;
        colours.add(`${raw[o]},${raw[o + 1]},${raw[o + 2]}`);
      }
    expect(colours.has('255,0,0')).toBe(true);
    expect(colours.has('0,0,255')).toBe(true);
    expect(colours.has('255,255,255')).toBe(true);
  });

  it('stored-block zlib (the fallback without node:zlib) inflates to the same bytes', () => {
    const data = new Uint8Array(150_000).map((_, i) => (i * 7) % 256);
    expect(Buffer.from(inflateSync(storedZlib(data))).equals(Buffer.from(data))).toBe(true);
    const image = { width: 3, height: 2, pixels: new Uint8Array(18).fill(9) };
    const stored = chunks(encodePng(image, storedZlib))[1].data;
    expect([...inflateSync(stored)]).toEqual([
      0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0, 9, 9, 9, 9, 9, 9, 9, 9, 9,
    ]);
  });

  it('labels axis ticks compactly', () => {
    expect([0, 500, 2000, 2500000, 1.5e9].map(shortNumber)).toEqual([
      '0',
      '500',
      '2k',
      '2.5M',
      '1.5B',
    ]);
  });
});
