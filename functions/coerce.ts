import { invalidValue } from './errors';

// Turning what Excel passes (numbers, text, booleans, blanks, 2-D ranges) into typed values.
// Each helper throws a FunctionError (#VALUE!) naming the argument and the value it got;
// `guard` turns the throw into the function's result.

export interface NumberRule {
  min?: number;
  /** The value must be strictly greater than this. */
  above?: number;
  max?: number;
  integer?: boolean;
}

/** Non-negative numbers: volumes, prices, fees. */
export const NON_NEGATIVE: NumberRule = { min: 0 };
/** Positive numbers: month counts that divide. */
export const POSITIVE: NumberRule = { above: 0 };
/** Shares and rates bounded to [0, 1]. */
export const SHARE: NumberRule = { min: 0, max: 1 };
/** Annual growth, drift and discount rates: anything above -100%. */
export const ANNUAL_RATE: NumberRule = { above: -1 };

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** How a value reads in a message: numbers as typed, text quoted, booleans as Excel shows them. */
export function describe(value: unknown): string {
  if (isBlank(value)) return 'a blank';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (Array.isArray(value)) return `a ${value.length}x${value[0]?.length ?? 0} range`;
  return String(value);
}

/** A single value from an argument that may arrive as a 1x1 range. */
export function single(name: string, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
  throw invalidValue(`${name} must be a single value, got ${describe(value)}`);
}

function toNumber(name: string, value: unknown): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw invalidValue(`${name} must be a finite number, got ${describe(value)}`);
  }
  if (typeof value === 'string') {
    const trimmed = value.trim();
    const parsed = trimmed === '' ? NaN : Number(trimmed);
    if (Number.isFinite(parsed)) return parsed;
  }
  throw invalidValue(`${name} must be a number, got ${describe(value)}`);
}

function checkRule(name: string, n: number, rule: NumberRule): number {
  if (rule.integer && !Number.isInteger(n))
    throw invalidValue(`${name} must be a whole number, got ${n}`);
  if (rule.min !== undefined && n < rule.min)
    throw invalidValue(`${name} must be at least ${rule.min}, got ${n}`);
  if (rule.above !== undefined && !(n > rule.above))
    throw invalidValue(`${name} must be greater than ${rule.above}, got ${n}`);
  if (rule.max !== undefined && n > rule.max)
    throw invalidValue(`${name} must be at most ${rule.max}, got ${n}`);
  return n;
}

/** A required number; a blank is an error. */
export function requiredNumber(name: string, value: unknown, rule: NumberRule = {}): number {
  const v = single(name, value);
  if (isBlank(v)) throw invalidValue(`${name} is required, got a blank`);
  return checkRule(name, toNumber(name, v), rule);
}

/** An optional number: omitted or blank gives the default. */
export function optionalNumber<D extends number | null>(
  name: string,
  value: unknown,
  fallback: D,
  rule: NumberRule = {},
): number | D {
  const v = single(name, value);
  if (isBlank(v)) return fallback;
  return checkRule(name, toNumber(name, v), rule);
}

/** Required text (numbers are read as their text). */
export function requiredText(name: string, value: unknown): string {
  const v = single(name, value);
  if (isBlank(v)) throw invalidValue(`${name} is required, got a blank`);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw invalidValue(`${name} must be text, got ${describe(v)}`);
}

export function optionalText(name: string, value: unknown): string | null {
  return isBlank(single(name, value)) ? null : requiredText(name, value);
}

/** A range argument as rows of cells; a single value is a 1x1 range. */
export function grid(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row) => (Array.isArray(row) ? row : [row]));
}

export interface Series {
  values: number[];
  /** True when the series was given as a row, so a spilled result keeps its orientation. */
  isRow: boolean;
}

/**
 * A monthly series from one row or one column. Blank cells count as 0 (as SUM reads them);
 * text, booleans and negative values (when not allowed) are errors naming the position.
 */
export function numberSeries(name: string, value: unknown, rule: NumberRule = {}): Series {
  const rows = grid(value);
  const height = rows.length;
  const width = rows[0]?.length ?? 0;
  if (height === 0 || width === 0) throw invalidValue(`${name} is required, got an empty range`);
  if (height > 1 && width > 1)
    throw invalidValue(`${name} must be one row or one column, got a ${height}x${width} range`);
  const cells = height === 1 ? rows[0] : rows.map((row) => row[0]);
  const values = cells.map((cell, i) =>
    isBlank(cell) ? 0 : checkRule(`${name}[${i + 1}]`, toNumber(`${name}[${i + 1}]`, cell), rule),
  );
  return { values, isRow: height === 1 && width > 1 };
}

/** Lays a series back out in the orientation it came in: a row, or a column. */
export function spill(values: ArrayLike<number>, isRow: boolean): number[][] {
  const list = Array.from(values);
  return isRow ? [list] : list.map((v) => [v]);
}

/** One of a fixed set of words, case-insensitive; blank gives the default. */
export function choice<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  // Excel desktop passes an empty referenced cell as 0; no word argument means 0.
  if (single(name, value) === 0) return fallback;
  const text = optionalText(name, value);
  if (text === null) return fallback;
  const found = allowed.find((a) => a.toLowerCase() === text.trim().toLowerCase());
  if (found) return found;
  throw invalidValue(
    `${name} must be ${allowed.map((a) => `"${a}"`).join(' or ')}, got ${describe(text)}`,
  );
}
