import type { ValueType } from './value-types';

/** mathjs operator function names a definition may use, and what they mean here. */
export const OPERATORS = {
  and: { symbol: 'and', kind: 'logic' },
  or: { symbol: 'or', kind: 'logic' },
  not: { symbol: 'not', kind: 'logic' },
  equal: { symbol: '==', kind: 'equality' },
  unequal: { symbol: '!=', kind: 'equality' },
  smaller: { symbol: '<', kind: 'order' },
  smallerEq: { symbol: '<=', kind: 'order' },
  larger: { symbol: '>', kind: 'order' },
  largerEq: { symbol: '>=', kind: 'order' },
  add: { symbol: '+', kind: 'arithmetic' },
  subtract: { symbol: '-', kind: 'arithmetic' },
  multiply: { symbol: '*', kind: 'arithmetic' },
  divide: { symbol: '/', kind: 'arithmetic' },
  unaryMinus: { symbol: '-', kind: 'arithmetic' },
  unaryPlus: { symbol: '+', kind: 'arithmetic' },
} as const;

export type OperatorName = keyof typeof OPERATORS;

export interface FunctionSignature {
  /**
   * Argument types; 'any' accepts every type, 'same' must match the first argument, 'time' is a
   * date or a timestamp.
   */
  args: readonly ('number' | 'string' | 'time' | 'any' | 'same')[];
  /** Result type; 'same' is the type of the first argument. */
  returns: ValueType | 'same';
  help: string;
}

/** The whole function library of the definition language. */
export const FUNCTIONS = {
  isblank: { args: ['any'], returns: 'boolean', help: 'isblank(x): true when the cell is empty' },
  days_between: {
    args: ['time', 'time'],
    returns: 'number',
    help: 'days_between(from, to): whole days from one date or timestamp to another (24-hour days, rounded down)',
  },
  lower: { args: ['string'], returns: 'string', help: 'lower(text): text in lower case' },
  upper: { args: ['string'], returns: 'string', help: 'upper(text): text in upper case' },
  abs: { args: ['number'], returns: 'number', help: 'abs(x): absolute value' },
  coalesce: {
    args: ['any', 'same'],
    returns: 'same',
    help: 'coalesce(x, fallback): x, or fallback when x is blank',
  },
} as const satisfies Record<string, FunctionSignature>;

export type FunctionName = keyof typeof FUNCTIONS;

export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

export function isOperatorName(name: string): name is OperatorName {
  return Object.hasOwn(OPERATORS, name);
}

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}
