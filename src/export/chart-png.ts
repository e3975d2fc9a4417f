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

// The 5x7 glyphs drawn side by side, one blank column between them, in GLYPH_ORDER.
const GLYPH_ORDER = '0123456789.-kMB';
const GLYPH_SHEET = [
  '.###. ..#.. .###. ####. ...#. ##### ..##. ##### .###. .###. ..... ..... #.... #...# ####.',
  '#...# .##.. #...# ....# ..##. #.... .#... ....# #...# #...# ..... ..... #.... ##.## #...#',
  '#..## ..#.. ....# ....# .#.#. ####. #.... ...#. #...# #...# ..... ..... #..#. #.#.# #...#',
  '#.#.# ..#.. ...#. .###. #..#. ....# ####. ..#.. .###. .#### ..... ##### #.#.. #.#.# ####.',
  '##..# ..#.. ..#.. ....# ##### ....# #...# .#... #...# ....# ..... ..... ##... #...# #...#',
  '#...# ..#.. .#... ....# ...#. #...# #...# .#... #...# ...#. .##.. ..... #.#.. #...# #...#',
  '.###. .###. ##### ####. ...#. .###. .###. .#... .###. .##.. .##.. ..... #..#. #...# ####.',
];
const GLYPHS: Record<string, string[]> = Object.fromEntries(
  [...GLYPH_ORDER].map((ch, i) => [ch, GLYPH_SHEET.map((line) => line.slice(6 * i, 6 * i + 5))]),
);

type Rgb = [number, number, number];

const AXIS: Rgb = [64, 64, 64];
const GRID: Rgb = [222, 222, 222];
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;

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
          if (bits[gx] !== '#') continue;
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

/** Horizontal grid lines every `step` from `from` to `to`, each labelled at the left. */
function valueGrid(
  img: ReturnType<typeof canvas>,
  from: number,
  to: number,
  step: number,
  yAt: (v: number) => number,
): void {
  for (let v = from; v <= to + step / 2; v += step) {
    const y = yAt(v);
    line(img, LEFT, y, LEFT + PLOT_W, y, GRID);
    const label = shortNumber(v);
    text(img, label, LEFT - 8 - textWidth(label), y - 7, AXIS);
  }
}

/** The plot's left and bottom axes. */
function plotAxes(img: ReturnType<typeof canvas>): void {
  line(img, LEFT, TOP, LEFT, TOP + PLOT_H, AXIS);
  line(img, LEFT, TOP + PLOT_H, LEFT + PLOT_W, TOP + PLOT_H, AXIS);
}

/** The chart as PNG bytes. */
export function chartPng(chart: ChartModel): Uint8Array {
  if (chart.kind === 'stacked-bar') return stackedBarPng(chart);
  if (chart.kind === 'tornado') return tornadoPng(chart);
  const img = canvas();
  const months = chart.categories.length;
  const all = chart.series.flatMap((s) => s.values);
  const maxValue = Math.max(1, ...all);
  const minValue = Math.min(0, ...all);
  const step = niceStep(maxValue - minValue);
  const yMin = Math.floor(minValue / step) * step;
  const yMax = Math.ceil(maxValue / step) * step;
  const xAt = (m: number) => LEFT + (months <= 1 ? PLOT_W / 2 : ((m - 1) / (months - 1)) * PLOT_W);
  const yAt = (v: number) => TOP + PLOT_H - ((v - yMin) / (yMax - yMin)) * PLOT_H;

  valueGrid(img, yMin, yMax, step, yAt);
  const monthStep = months <= 12 ? 1 : months <= 36 ? 6 : months <= 120 ? 12 : 24;
  for (let m = 1; m <= months; m++) {
    if (m !== 1 && m % monthStep !== 0) continue;
    const x = xAt(m);
    line(img, x, TOP + PLOT_H, x, TOP + PLOT_H + 5, AXIS);
    const label = String(m);
    text(img, label, x - textWidth(label) / 2, TOP + PLOT_H + 10, AXIS);
  }
  plotAxes(img);

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
  const n = chart.categories.length;
  const tops = chart.categories.map((_, i) =>
    chart.series.reduce((s, x) => s + Math.max(0, x.values[i]), 0),
  );
  const maxValue = Math.max(1, ...tops);
  const step = niceStep(maxValue);
  const yMax = Math.ceil(maxValue / step) * step;
  const yAt = (v: number) => TOP + PLOT_H - (v / yMax) * PLOT_H;
  valueGrid(img, 0, yMax, step, yAt);
  const slot = PLOT_W / Math.max(n, 1);
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
    text(img, label, x0 + barW / 2 - textWidth(label) / 2, TOP + PLOT_H + 10, AXIS);
  });
  plotAxes(img);
  return encodePng(img);
}

/**
 * Horizontal bars, one row per category (numbered at the left), each series drawn from the base
 * value to its own value; a dark line marks the base, a grey one zero.
 */
function tornadoPng(chart: ChartModel): Uint8Array {
  const img = canvas();
  const base = chart.base ?? 0;
  const all = [base, 0, ...chart.series.flatMap((s) => s.values)];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const step = niceStep(Math.max(hi - lo, 1));
  const xMin = Math.floor(lo / step) * step;
  const xMax = Math.max(Math.ceil(hi / step) * step, xMin + step);
  const xAt = (v: number) => LEFT + ((v - xMin) / (xMax - xMin)) * PLOT_W;
  for (let v = xMin; v <= xMax + step / 2; v += step) {
    const x = xAt(v);
    line(img, x, TOP, x, TOP + PLOT_H, GRID);
    const label = shortNumber(v);
    text(img, label, x - textWidth(label) / 2, TOP + PLOT_H + 10, AXIS);
  }
  const n = Math.max(chart.categories.length, 1);
  const slot = PLOT_H / n;
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
    text(img, label, LEFT - 8 - textWidth(label), y0 + (barH * chart.series.length) / 2 - 7, AXIS);
  });
  line(img, xAt(0), TOP, xAt(0), TOP + PLOT_H, [160, 160, 160], 2);
  line(img, xAt(base), TOP, xAt(base), TOP + PLOT_H, AXIS, 2);
  line(img, LEFT, TOP + PLOT_H, LEFT + PLOT_W, TOP + PLOT_H, AXIS);
  return encodePng(img);
}
