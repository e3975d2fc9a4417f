import type { Expr } from '../reconcile/definition/check';

const COMPARISON: Record<string, string> = {
  equal: 'is',
  unequal: 'is not',
  smaller: 'is less than',
  smallerEq: 'is at most',
  larger: 'is more than',
  largerEq: 'is at least',
};

const ARITHMETIC: Record<string, string> = {
  add: 'plus',
  subtract: 'minus',
  multiply: 'times',
  divide: 'divided by',
};

/** A column as a lawyer reads it: `reopen_days` is "the contact's reopen days". */
const columnWords = (name: string) => `the contact's ${name.replace(/[_.]+/g, ' ').trim()}`;

function literalWords(expr: Extract<Expr, { kind: 'literal' }>): string {
  if (expr.iso !== undefined) return expr.iso;
  return typeof expr.value === 'string' ? `"${expr.value}"` : String(expr.value);
}

function callWords(expr: Extract<Expr, { kind: 'call' }>): string {
  const [a, b] = expr.args.map(plainReading);
  switch (expr.fn) {
    case 'isblank':
      return `${a} is blank`;
    case 'days_between':
      return `the whole days from ${a} to ${b}`;
    case 'lower':
      return `${a} in lower case`;
    case 'upper':
      return `${a} in upper case`;
    case 'abs':
      return `the absolute value of ${a}`;
    case 'coalesce':
      return `${a} (or ${b} when blank)`;
  }
}

function operatorWords(expr: Extract<Expr, { kind: 'operator' }>): string {
  const [a, b] = expr.args.map(plainReading);
  const first = expr.args[0];
  if (expr.op === 'not')
    return first.kind === 'call' && first.fn === 'isblank'
      ? `${plainReading(first.args[0])} is not blank`
      : `it is not so that ${a}`;
  if (expr.op === 'and') return `${a}, and ${b}`;
  if (expr.op === 'or') return `either ${a}, or ${b}`;
  if (expr.op === 'unaryMinus') return `minus ${a}`;
  if (expr.op === 'unaryPlus') return a;
  return `${a} ${COMPARISON[expr.op] ?? ARITHMETIC[expr.op]} ${b}`;
}

/** A checked expression in words, e.g. status == "closed" as `the contact's status is "closed"`. */
export function plainReading(expr: Expr): string {
  switch (expr.kind) {
    case 'column':
      return columnWords(expr.name);
    case 'literal':
      return literalWords(expr);
    case 'in':
      return `${plainReading(expr.arg)} is ${expr.negated ? 'none' : 'one'} of ${expr.values.map((v) => (typeof v === 'string' ? `"${v}"` : String(v))).join(', ')}`;
    case 'call':
      return callWords(expr);
    case 'operator':
      return operatorWords(expr);
  }
}
