import type { MathNode } from 'mathjs';
import { dayToIso, isoToDay } from '../table/dates';
import {
  FUNCTION_NAMES,
  FUNCTIONS,
  OPERATORS,
  isFunctionName,
  isOperatorName,
  type FunctionName,
  type OperatorName,
} from './catalog';
import { DefinitionError, availableColumns, where } from './errors';
import { leafTokens, type Span } from './leaf-tokens';
import { MAX_DEFINITION_DEPTH, MAX_DEFINITION_LENGTH } from './limits';
import { ConstantNode, parseExpression } from './math-instance';
import { membershipForMathjs, refuseMistakenOperators } from './source-text';
import { isTime, sameType, type Schema, type ValueType } from './value-types';
import { MICROS_PER_DAY } from '../table/dates';

/** A date literal in a definition is a plain `YYYY-MM-DD`. */
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A checked definition: every node allowed, every column known, every type consistent. */
export type Expr =
  | { kind: 'column'; name: string; type: ValueType }
  | { kind: 'literal'; value: number | string | boolean; type: ValueType; iso?: string }
  | { kind: 'operator'; op: OperatorName; args: Expr[]; type: ValueType }
  | { kind: 'call'; fn: FunctionName; args: Expr[]; type: ValueType }
  /** `arg in (values)`, or `not in` when negated; the values are literals of one type */
  | { kind: 'in'; negated: boolean; arg: Expr; values: (string | number)[]; type: 'boolean' };

export interface CheckedDefinition {
  source: string;
  expr: Expr;
  /** The mathjs tree to compile: the parsed one, with date literals turned into day numbers. */
  node: MathNode;
  /** Columns the definition reads, in order of first use. */
  columns: string[];
}

const FORBIDDEN: Record<string, string> = {
  AccessorNode: 'property access (`.name` or `[...]`)',
  IndexNode: 'indexing',
  AssignmentNode: 'assignment',
  FunctionAssignmentNode: 'function definition',
  ObjectNode: 'object literal',
  ArrayNode: 'matrix or list literal',
  RangeNode: 'range',
  ConditionalNode: 'conditional (`? :`)',
  BlockNode: 'several statements (`;` or a new line)',
  RelationalNode: 'chained comparison (write `a < b and b < c`)',
};

/** What the operands of a logic or arithmetic operator must be, and the message when one is not. */
const OPERANDS = {
  logic: {
    type: 'boolean',
    mismatch: (op: string, type: ValueType) =>
      `\`${op}\` needs conditions on both sides, not a ${type}`,
  },
  arithmetic: {
    type: 'number',
    mismatch: (op: string, type: ValueType) =>
      `\`${op}\` needs numbers, not a ${type}${isTime(type) ? ' (use days_between)' : ''}`,
  },
} as const;

/** Validates a definition against the columns of an export and types every node. */
export function checkDefinition(source: string, schema: Schema): CheckedDefinition {
  const columnNames = [...schema.keys()];
  if (typeof source !== 'string' || source.trim() === '')
    throw new DefinitionError('empty', 'the definition is empty', null, columnNames);
  if (source.length > MAX_DEFINITION_LENGTH)
    throw new DefinitionError(
      'too-long',
      `the definition is ${source.length} characters long; the limit is ${MAX_DEFINITION_LENGTH}`,
      MAX_DEFINITION_LENGTH + 1,
      columnNames,
    );
  refuseMistakenOperators(source, columnNames);
  checkBracketDepth(source, columnNames);
  const root = parseOrExplain(membershipForMathjs(source), columnNames);
  checkTreeDepth(root, columnNames);
  const checker = new Checker(source, schema, root);
  const expr = checker.check(root);
  if (expr.type !== 'boolean' && expr.type !== 'unknown')
    throw new DefinitionError(
      'not-a-condition',
      `the definition must be a condition that is true or false for each row, but it gives a ${expr.type}; compare it, e.g. \`${source.trim()} > 0\``,
      1,
      columnNames,
    );
  const node = root.transform((n) => checker.replacements.get(n) ?? n);
  return { source, expr, node, columns: checker.used };
}

function checkBracketDepth(source: string, columns: string[]) {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') {
      if (++depth > MAX_DEFINITION_DEPTH)
        throw new DefinitionError(
          'too-deep',
          `brackets nest deeper than ${MAX_DEFINITION_DEPTH} levels at character ${i + 1}`,
          i + 1,
          columns,
        );
    } else if (ch === ')' || ch === ']' || ch === '}') depth--;
  }
}

function parseOrExplain(source: string, columns: string[]): MathNode {
  try {
    return parseExpression(source);
  } catch (error) {
    const message = (error as Error).message;
    const char = /\(char (\d+)\)/.exec(message);
    const position = char ? Number(char[1]) : null;
    throw new DefinitionError(
      'syntax',
      `syntax error${where(position)}: ${message.replace(/\s*\(char \d+\)/, '')}; ${availableColumns(columns)}`,
      position,
      columns,
    );
  }
}

function checkTreeDepth(root: MathNode, columns: string[]) {
  const depthOf = (node: MathNode, depth: number): number => {
    if (depth > MAX_DEFINITION_DEPTH) return depth;
    let deepest = depth;
    node.forEach((child) => {
      deepest = Math.max(deepest, depthOf(child, depth + 1));
    });
    return deepest;
  };
  if (depthOf(root, 1) > MAX_DEFINITION_DEPTH)
    throw new DefinitionError(
      'too-deep',
      `the definition nests operators deeper than ${MAX_DEFINITION_DEPTH} levels`,
      null,
      columns,
    );
}

function unwrap(node: MathNode): MathNode {
  while (node.type === 'ParenthesisNode') node = (node as unknown as { content: MathNode }).content;
  return node;
}

/** A text or finite number written out (a negative number included); undefined otherwise. */
function literalValue(node: MathNode): string | number | undefined {
  const n = node as unknown as { value?: unknown; fn?: string; args?: MathNode[] };
  if (node.type === 'ConstantNode') {
    if (typeof n.value === 'string') return n.value;
    if (typeof n.value === 'number' && Number.isFinite(n.value)) return n.value;
    return undefined;
  }
  if (node.type === 'OperatorNode' && n.fn === 'unaryMinus') {
    const inner = literalValue(unwrap(n.args![0]));
    return typeof inner === 'number' ? -inner : undefined;
  }
  return undefined;
}

/** Leaves in source order; mathjs lists a function's name before its arguments. */
function leavesInOrder(node: MathNode, out: MathNode[] = []): MathNode[] {
  const n = node as MathNode & { fn?: MathNode };
  if (node.type === 'SymbolNode' || node.type === 'ConstantNode') out.push(node);
  else if (node.type === 'FunctionNode' && n.fn) {
    leavesInOrder(n.fn, out);
    (node as unknown as { args: MathNode[] }).args.forEach((a) => leavesInOrder(a, out));
  } else node.forEach((child) => leavesInOrder(child, out));
  return out;
}

class Checker {
  readonly replacements = new Map<MathNode, MathNode>();
  readonly used: string[] = [];
  private readonly spans = new Map<MathNode, Span>();
  private readonly columns: string[];

  constructor(
    private readonly source: string,
    private readonly schema: Schema,
    root: MathNode,
  ) {
    this.columns = [...schema.keys()];
    const leaves = leavesInOrder(root);
    const tokens = leafTokens(source);
    if (leaves.length === tokens.length)
      leaves.forEach((leaf, i) => this.spans.set(leaf, tokens[i]));
  }

  private span(node: MathNode): Span | null {
    const known = leavesInOrder(node)
      .map((leaf) => this.spans.get(leaf))
      .filter((s): s is Span => s !== undefined);
    if (known.length === 0) return null;
    return { start: known[0].start, end: known[known.length - 1].end };
  }

  private fail(kind: DefinitionError['kind'], node: MathNode, message: string): never {
    const span = this.span(node);
    const position = span ? span.start + 1 : null;
    const excerpt = span ? this.source.slice(span.start, span.end) : node.toString();
    throw new DefinitionError(
      kind,
      `${message}${where(position, excerpt)}; ${availableColumns(this.columns)}`,
      position,
      this.columns,
    );
  }

  check(node: MathNode): Expr {
    switch (node.type) {
      case 'ParenthesisNode':
        return this.check((node as unknown as { content: MathNode }).content);
      case 'ConstantNode':
        return this.constant(node);
      case 'SymbolNode':
        return this.symbol(node);
      case 'OperatorNode':
        return this.operator(node);
      case 'FunctionNode':
        return this.call(node);
      default:
        return this.fail(
          'not-allowed',
          node,
          `${FORBIDDEN[node.type] ?? node.type} is not allowed in a definition`,
        );
    }
  }

  private constant(node: MathNode): Expr {
    const value = (node as unknown as { value: unknown }).value;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) this.fail('not-allowed', node, 'numbers must be finite');
      return { kind: 'literal', value, type: 'number' };
    }
    if (typeof value === 'string') return { kind: 'literal', value, type: 'string' };
    if (typeof value === 'boolean') return { kind: 'literal', value, type: 'boolean' };
    return this.fail(
      'not-allowed',
      node,
      `the constant ${String(value)} is not allowed (test for empty cells with isblank(column))`,
    );
  }

  private symbol(node: MathNode): Expr {
    const name = (node as unknown as { name: string }).name;
    const type = this.schema.get(name);
    if (type === undefined) {
      if (isFunctionName(name))
        this.fail(
          'unknown-column',
          node,
          `${name} is a function; call it as ${FUNCTIONS[name].help}`,
        );
      this.fail('unknown-column', node, `unknown column "${name}"`);
    }
    if (isFunctionName(name))
      this.fail(
        'unknown-column',
        node,
        `the column "${name}" has the name of a function; rename it in the export to use it`,
      );
    if (!this.used.includes(name)) this.used.push(name);
    return { kind: 'column', name, type };
  }

  private operator(node: MathNode): Expr {
    const op = node as unknown as { fn: string; op: string; args: MathNode[]; implicit: boolean };
    if (op.implicit)
      this.fail('not-allowed', node, 'implicit multiplication is not allowed; write `*`');
    if (op.fn === 'to') return this.membership(node, op.op === 'to', op.args);
    if (!isOperatorName(op.fn))
      this.fail(
        'not-allowed',
        node,
        `the operator \`${op.op}\` is not allowed; use and, or, not, in, not in, ==, !=, <, <=, >, >=, +, -, *, /`,
      );
    const args = op.args.map((a) => this.check(a));
    const kind = OPERATORS[op.fn].kind;
    if (kind === 'logic' || kind === 'arithmetic') {
      const operands = OPERANDS[kind];
      for (const a of args)
        if (!sameType(a.type, operands.type))
          this.fail('type-mismatch', node, operands.mismatch(op.op, a.type));
      return { kind: 'operator', op: op.fn, args, type: operands.type };
    }
    const [left, right] = this.alignDates(op.args, args);
    // a date meets a timestamp at its midnight UTC
    const inTime = isTime(left.type) && isTime(right.type);
    if (!sameType(left.type, right.type) && !inTime)
      this.fail('type-mismatch', node, `cannot compare a ${left.type} with a ${right.type}`);
    const type = left.type === 'unknown' ? right.type : left.type;
    if (kind === 'order' && (type === 'string' || type === 'boolean'))
      this.fail('type-mismatch', node, `\`${op.op}\` orders numbers or dates, not ${type}s`);
    return { kind: 'operator', op: op.fn, args: [left, right], type: 'boolean' };
  }

  /** `x in ("a", "b")` and `x not in (...)`: a list of text or of numbers, written out. */
  private membership(node: MathNode, negated: boolean, [left, right]: MathNode[]): Expr {
    const written = negated ? 'not in' : 'in';
    const example = `x ${written} ("a", "b")`;
    if (right.type !== 'ArrayNode')
      this.fail(
        'not-allowed',
        node,
        `\`${written}\` takes a list in brackets, as in \`${example}\``,
      );
    if (left.type === 'OperatorNode' && (left as unknown as { fn: string }).fn === 'not')
      this.fail(
        'type-mismatch',
        node,
        `\`not\` binds before \`${written}\`: \`not x ${written} (...)\` reads as \`(not x) ${written} (...)\`; write \`x not in (...)\``,
      );
    const items = (right as unknown as { items: MathNode[] }).items;
    if (items.length === 0)
      this.fail('not-allowed', node, `the list after \`${written}\` is empty`);
    const values = items.map((item) => {
      const value = literalValue(unwrap(item));
      if (value === undefined)
        this.fail(
          'not-allowed',
          item,
          `the list after \`${written}\` holds text or numbers written out, as in \`${example}\` or \`x ${written} (1, 2)\``,
        );
      return value;
    });
    const type: ValueType = typeof values[0] === 'number' ? 'number' : 'string';
    const odd = values.findIndex((v) => typeof v !== typeof values[0]);
    if (odd !== -1)
      this.fail(
        'type-mismatch',
        items[odd],
        `the list after \`${written}\` mixes text and numbers`,
      );
    const arg = this.check(left);
    if (!sameType(arg.type, type))
      this.fail('type-mismatch', node, `cannot compare a ${arg.type} with a list of ${type}s`);
    return { kind: 'in', negated, arg, values, type: 'boolean' };
  }

  /**
   * Lets a date or timestamp be compared with a text literal such as "2025-03-01" (for a
   * timestamp, its midnight UTC).
   */
  private alignDates(nodes: MathNode[], args: Expr[]): [Expr, Expr] {
    const out = [...args] as [Expr, Expr];
    for (const [date, text] of [
      [0, 1],
      [1, 0],
    ]) {
      const literal = out[text];
      if (literal.kind !== 'literal' || literal.type !== 'string') continue;
      const dateLike = DAY_ONLY.test(literal.value as string);
      const day = dateLike ? isoToDay(literal.value as string) : null;
      // a column of unknown type (no export at hand, as in `crossover sql`) is a date column
      // when it is compared with a date
      if (out[date].type === 'unknown' && dateLike) out[date] = { ...out[date], type: 'date' };
      const type = out[date].type;
      if (!isTime(type)) continue;
      if (day === null)
        this.fail(
          'type-mismatch',
          nodes[text],
          `"${literal.value}" is not a date (YYYY-MM-DD, years 0001 to 9999)`,
        );
      const value = type === 'timestamp' ? day * MICROS_PER_DAY : day;
      out[text] = { kind: 'literal', value, type, iso: dayToIso(day) };
      this.replacements.set(nodes[text], new ConstantNode(value));
    }
    return out;
  }

  private call(node: MathNode): Expr {
    const call = node as unknown as { fn: MathNode; args: MathNode[] };
    if (call.fn.type !== 'SymbolNode')
      this.fail(
        'not-allowed',
        node,
        `only the listed functions may be called: ${FUNCTION_NAMES.join(', ')}`,
      );
    const name = (call.fn as unknown as { name: string }).name;
    if (!isFunctionName(name))
      this.fail(
        'unknown-function',
        call.fn,
        `unknown function "${name}"; available functions: ${FUNCTION_NAMES.join(', ')}`,
      );
    const signature = FUNCTIONS[name];
    if (call.args.length !== signature.args.length)
      this.fail(
        'type-mismatch',
        node,
        `${name} takes ${signature.args.length} argument(s), got ${call.args.length}: ${signature.help}`,
      );
    const args = call.args.map((a) => this.check(a));
    args.forEach((a, i) => {
      const wanted = signature.args[i];
      const expected = wanted === 'same' ? args[0].type : wanted;
      const fits =
        expected === 'any' ||
        (expected === 'time' ? isTime(a.type) || a.type === 'unknown' : sameType(a.type, expected));
      if (!fits)
        this.fail(
          'type-mismatch',
          call.args[i],
          `argument ${i + 1} of ${name} must be a ${expected === 'time' ? 'date or timestamp' : expected}, not a ${a.type}: ${signature.help}`,
        );
    });
    const type = signature.returns === 'same' ? args[0].type : signature.returns;
    return { kind: 'call', fn: name, args, type };
  }
}
