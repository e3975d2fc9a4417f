import { floorDivide, MICROS_PER_DAY } from '../table/dates';
import type { Cell } from './value-types';

// The functions a definition may call once compiled. Logic is three-valued, as in SQL: a blank
// (null) makes a comparison or sum unknown (null), `false and unknown` is false, `true or
// unknown` is true, and only rows whose definition is exactly true are counted. The SQL
// compilers rely on the warehouse doing the same, which is what makes the counts identical.

type Bool = boolean | null;
const blank = (a: Cell, b: Cell) => a === null || b === null;

export const RUNTIME = {
  equal: (a: Cell, b: Cell): Bool => (blank(a, b) ? null : a === b),
  unequal: (a: Cell, b: Cell): Bool => (blank(a, b) ? null : a !== b),
  smaller: (a: Cell, b: Cell): Bool => (blank(a, b) ? null : (a as number) < (b as number)),
  smallerEq: (a: Cell, b: Cell): Bool => (blank(a, b) ? null : (a as number) <= (b as number)),
  larger: (a: Cell, b: Cell): Bool => (blank(a, b) ? null : (a as number) > (b as number)),
  largerEq: (a: Cell, b: Cell): Bool => (blank(a, b) ? null : (a as number) >= (b as number)),
  and: (a: Bool, b: Bool): Bool => (a === false || b === false ? false : blank(a, b) ? null : true),
  or: (a: Bool, b: Bool): Bool => (a === true || b === true ? true : blank(a, b) ? null : false),
  not: (a: Bool): Bool => (a === null ? null : !a),
  add: (a: Cell, b: Cell): Cell => (blank(a, b) ? null : (a as number) + (b as number)),
  subtract: (a: Cell, b: Cell): Cell => (blank(a, b) ? null : (a as number) - (b as number)),
  multiply: (a: Cell, b: Cell): Cell => (blank(a, b) ? null : (a as number) * (b as number)),
  // Division by zero is blank, as `x / NULLIF(y, 0)` is in the compiled SQL.
  divide: (a: Cell, b: Cell): Cell =>
    blank(a, b) || b === 0 ? null : (a as number) / (b as number),
  unaryMinus: (a: Cell): Cell => (a === null ? null : -(a as number)),
  unaryPlus: (a: Cell): Cell => a,
  isblank: (a: Cell): boolean => a === null,
  days_between: (from: Cell, to: Cell): Cell =>
    blank(from, to) ? null : (to as number) - (from as number),
  lower: (a: Cell): Cell => (a === null ? null : (a as string).toLowerCase()),
  upper: (a: Cell): Cell => (a === null ? null : (a as string).toUpperCase()),
  abs: (a: Cell): Cell => (a === null ? null : Math.abs(a as number)),
  coalesce: (a: Cell, b: Cell): Cell => (a === null ? b : a),
};

/** `x in (values)`: unknown for a blank x, as SQL's IN is for NULL; `not in` is its negation. */
export function isMember(value: Cell, values: ReadonlySet<Cell>, negated: boolean): Bool {
  return value === null ? null : values.has(value) !== negated;
}

/**
 * days_between of two timestamps (microseconds): the whole 24-hour days from one to the other,
 * rounded down, so that `days_between(a, b) >= 14` holds exactly when b is 14 days or more after a.
 */
export function daysBetweenInstants(from: Cell, to: Cell): Cell {
  return from === null || to === null
    ? null
    : floorDivide((to as number) - (from as number), MICROS_PER_DAY);
}

/** A date (day number) as the timestamp of its midnight UTC, to meet a timestamp. */
export function atMidnight(day: Cell): Cell {
  return day === null ? null : (day as number) * MICROS_PER_DAY;
}
