import { encodePng, type RgbImage } from './png-encode';
import type { ChartModel } from './workbook-model';

// Draws the cumulative-cost line chart into an RGB bitmap: axes, grid, tick labels in a 5x7
// pixel font, one line per series. Titles and the legend live in cells beside the image.

const WIDTH = 960;
const HEIGHT = 440;
const LEFT = 80;
const RIGHT = 20;
const TOP = 16;
const BOTTOM = 34;
const SCALE = 2; // font pixels per bitmap pixel

const GLYPHS: Record<string, string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
  k: ['10000', '10000', '10010', '10100', '11000', '10100', '10010'],
  M: ['10001', '11011', '10101', '10101', '10001', '10001', '10001'],
  B: ['11110', '10001', '10001', '11110', '10001', '10001', '11110'],
};

type Rgb = [number, number, number];

function hex(color: string): Rgb {
  return [0, 2, 4].map((i) => parseInt(color.slice(i, i + 2), 16)) as Rgb;
}

function canvas(): RgbImage & { set: (x: number, y: number, c: Rgb) => void } {
  const pixels = new Uint8Array(WIDTH * HEIGHT * 3).fill(255);
  return {
    width: WIDTH,
    height: HEIGHT,
    pixels,
    set(x, y, c) {
      x = Math.round(x);
      y = Math.round(y);
      if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) return;
      pixels.set(c, (y * WIDTH + x) * 3);
    },
  };
}

function line(
  img: ReturnType<typeof canvas>,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  c: Rgb,
  thickness = 1,
): void {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0), 1);
  const half = Math.floor(thickness / 2);
  for (let s = 0; s <= steps; s++) {
    const x = x0 + ((x1 - x0) * s) / steps;
    const y = y0 + ((y1 - y0) * s) / steps;
    for (let dx = -half; dx < thickness - half; dx++)
      for (let dy = -half; dy < thickness - half; dy++) img.set(x + dx, y + dy, c);
  }
}

function text(img: ReturnType<typeof canvas>, s: string, x: number, y: number, c: Rgb): void {
  for (const ch of s) {
    const glyph = GLYPHS[ch];
    if (glyph) {
      glyph.forEach((bits, gy) => {
        for (let gx = 0; gx < 5; gx++) {
          if (bits[gx] !== '1') continue;
          for (let sx = 0; sx < SCALE; sx++)
            for (let sy = 0; sy < SCALE; sy++) img.set(x + gx * SCALE + sx, y + gy * SCALE + sy, c);
        }
      });
    }
    x += 6 * SCALE;
  }
}

const textWidth = (s: string) => s.length * 6 * SCALE - SCALE;

/** A step of 1, 2 or 5 x 10^n giving about five grid lines up to max. */
function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

export function shortNumber(value: number): string {
  const abs = Math.abs(value);
  const [div, suffix] =
    abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e3 ? [1e3, 'k'] : [1, ''];
  const scaled = value / div;
  return `${Number.isInteger(scaled) ? scaled : Number(scaled.toFixed(2))}${suffix}`;
}

/** The chart as PNG bytes. */
export function chartPng(chart: ChartModel): Uint8Array {
  if (chart.kind === 'stacked-bar') return stackedBarPng(chart);
  if (chart.kind === 'tornado') return tornadoPng(chart);
  const img = canvas();
  const axis: Rgb = [64, 64, 64];
  const grid: Rgb = [222, 222, 222];
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const months = chart.categories.length;
  const all = chart.series.flatMap((s) => s.values);
  const maxValue = Math.max(1, ...all);
  const minValue = Math.min(0, ...all);
  const step = niceStep(maxValue - minValue);
  const yMin = Math.floor(minValue / step) * step;
  const yMax = Math.ceil(maxValue / step) * step;
  const xAt = (m: number) => LEFT + (months <= 1 ? plotW / 2 : ((m - 1) / (months - 1)) * plotW);
  const yAt = (v: number) => TOP + plotH - ((v - yMin) / (yMax - yMin)) * plotH;

  for (let v = yMin; v <= yMax + step / 2; v += step) {
    const y = yAt(v);
    line(img, LEFT, y, LEFT + plotW, y, grid);
    const label = shortNumber(v);
    text(img, label, LEFT - 8 - textWidth(label), y - 7, axis);
  }
  const monthStep = months <= 12 ? 1 : months <= 36 ? 6 : months <= 120 ? 12 : 24;
  for (let m = 1; m <= months; m++) {
    if (m !== 1 && m % monthStep !== 0) continue;
    const x = xAt(m);
    line(img, x, TOP + plotH, x, TOP + plotH + 5, axis);
    const label = String(m);
    text(img, label, x - textWidth(label) / 2, TOP + plotH + 10, axis);
  }
  line(img, LEFT, TOP, LEFT, TOP + plotH, axis);
  line(img, LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, axis);

  for (const series of chart.series) {
    const color = hex(series.color);
    series.values.forEach((v, i) => {
      if (i === 0) return;
      line(img, xAt(i), yAt(series.values[i - 1]), xAt(i + 1), yAt(v), color, 3);
    });
  }
  return encodePng(img);
}

/** Stacked columns, one per category (numbered 1..n below), hidden series left blank. */
function stackedBarPng(chart: ChartModel): Uint8Array {
  const img = canvas();
  const axis: Rgb = [64, 64, 64];
  const grid: Rgb = [222, 222, 222];
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const n = chart.categories.length;
  const tops = chart.categories.map((_, i) =>
    chart.series.reduce((s, x) => s + Math.max(0, x.values[i]), 0),
  );
  const maxValue = Math.max(1, ...tops);
  const step = niceStep(maxValue);
  const yMax = Math.ceil(maxValue / step) * step;
  const yAt = (v: number) => TOP + plotH - (v / yMax) * plotH;
  for (let v = 0; v <= yMax + step / 2; v += step) {
    const y = yAt(v);
    line(img, LEFT, y, LEFT + plotW, y, grid);
    const label = shortNumber(v);
    text(img, label, LEFT - 8 - textWidth(label), y - 7, axis);
  }
  const slot = plotW / Math.max(n, 1);
  const barW = Math.max(2, slot * 0.6);
  chart.categories.forEach((category, i) => {
    const x0 = LEFT + slot * i + (slot - barW) / 2;
    let stacked = 0;
    for (const series of chart.series) {
      const value = Math.max(0, series.values[i]);
      if (!series.hidden && value > 0) {
        const color = hex(series.color);
        const yTop = yAt(stacked + value);
        const yBottom = yAt(stacked);
        for (let y = Math.round(yTop); y <= Math.round(yBottom); y++)
          line(img, x0, y, x0 + barW, y, color);
      }
      stacked += value;
    }
    const label = String(category);
    text(img, label, x0 + barW / 2 - textWidth(label) / 2, TOP + plotH + 10, axis);
  });
  line(img, LEFT, TOP, LEFT, TOP + plotH, axis);
  line(img, LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, axis);
  return encodePng(img);
}

/**
 * Horizontal bars, one row per category (numbered at the left), each series drawn from the base
 * value to its own value; a dark line marks the base, a grey one zero.
 */
function tornadoPng(chart: ChartModel): Uint8Array {
  const img = canvas();
  const axis: Rgb = [64, 64, 64];
  const grid: Rgb = [222, 222, 222];
  const base = chart.base ?? 0;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const all = [base, 0, ...chart.series.flatMap((s) => s.values)];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const step = niceStep(Math.max(hi - lo, 1));
  const xMin = Math.floor(lo / step) * step;
  const xMax = Math.max(Math.ceil(hi / step) * step, xMin + step);
  const xAt = (v: number) => LEFT + ((v - xMin) / (xMax - xMin)) * plotW;
  for (let v = xMin; v <= xMax + step / 2; v += step) {
    const x = xAt(v);
    line(img, x, TOP, x, TOP + plotH, grid);
    const label = shortNumber(v);
    text(img, label, x - textWidth(label) / 2, TOP + plotH + 10, axis);
  }
  const n = Math.max(chart.categories.length, 1);
  const slot = plotH / n;
  const barH = Math.max(2, (slot * 0.7) / Math.max(chart.series.length, 1));
  chart.categories.forEach((category, i) => {
    const y0 = TOP + slot * i + (slot - barH * chart.series.length) / 2;
    chart.series.forEach((series, k) => {
      const color = hex(series.color);
      const from = xAt(Math.min(base, series.values[i]));
      const to = xAt(Math.max(base, series.values[i]));
      for (let y = Math.round(y0 + barH * k); y < Math.round(y0 + barH * (k + 1)); y++)
        line(img, from, y, Math.max(to, from + 1), y, color);
    });
    const label = String(category);
    text(img, label, LEFT - 8 - textWidth(label), y0 + (barH * chart.series.length) / 2 - 7, axis);
  });
  line(img, xAt(0), TOP, xAt(0), TOP + plotH, [160, 160, 160], 2);
  line(img, xAt(base), TOP, xAt(base), TOP + plotH, axis, 2);
  line(img, LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, axis);
  return encodePng(img);
}
