import { formatNumber } from '../text/format';

// How wide a cell's text prints, in column-width units (one unit is a digit of the default
// 11-point font), estimated generously: LibreOffice may draw the workbook in a wider font than
// Excel's Calibri, and a number wider than its column prints as ###.

const NARROW: ReadonlySet<string> = new Set([...",.:;!|'ijl()[] "]);
const SLIM: ReadonlySet<string> = new Set([...'frt-/']);
const WIDE: ReadonlySet<string> = new Set([...'MWmw@%']);

// relative to a digit, taken from the wider of Calibri and DejaVu Sans (LibreOffice's stand-in)
function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.5;
  if (SLIM.has(ch)) return 0.68;
  if (WIDE.has(ch)) return 1.5;
  if (ch >= '0' && ch <= '9') return 1;
  if (ch >= 'A' && ch <= 'Z') return 1.2;
  if (ch >= 'a' && ch <= 'z') return 0.94;
  return 1.05;
}

/** Width of a line of text at `size` points, bold or not. */
export function textWidth(text: string, size = 11, bold = false): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width * (size / 11) * (bold ? 1.15 : 1);
}

/** The text a number shows under an Excel number format of this workbook (number-formats.ts). */
export function formattedNumber(value: number, numFmt: string | undefined): string {
  if (!numFmt || numFmt === 'General') return String(Number(value.toPrecision(10)));
  const format = numFmt.split(';')[0];
  const scientific = /E\+/.test(format);
  const percent = format.includes('%');
  const decimals = /\.(0+)/.exec(format)?.[1].length ?? 0;
  const grouped = format.includes(',');
  const scaled = percent ? value * 100 : value;
  const digits = scientific
    ? scaled.toExponential(decimals).toUpperCase()
    : grouped
      ? formatNumber(scaled, decimals)
      : scaled.toFixed(decimals);
  const literals = [...format.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('');
  const pad = format.includes('_)') ? ')' : '';
  return `${literals}${digits}${percent ? '%' : ''}${pad}`;
}

/** Width of a cell's shown value: a number as formatted, text as it is. */
export function cellTextWidth(
  value: number | string | boolean,
  numFmt: string | undefined,
  size = 11,
  bold = false,
): number {
  const text =
    typeof value === 'number'
      ? formattedNumber(value, numFmt)
      : typeof value === 'boolean'
        ? value
          ? 'TRUE'
          : 'FALSE'
        : value;
  return textWidth(text, size, bold);
}

/** Lines a text takes wrapped at word boundaries in `width` units (explicit line breaks kept). */
export function wrappedLines(text: string, width: number, size = 11, bold = false): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const w = textWidth(word, size, bold);
      const space = line > 0 ? textWidth(' ', size, bold) : 0;
      if (line > 0 && line + space + w > width) {
        lines++;
        line = w;
      } else line += space + w;
      // a word longer than the line breaks where it must
      while (line > width && width > 0) {
        lines++;
        line -= width;
      }
    }
  }
  return lines;
}

/** The widest word of a text: the narrowest a wrapped column can be. */
export function longestWordWidth(text: string, size = 11, bold = false): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w, size, bold)));
}
