import type { MathNode } from 'mathjs';
import type { CheckedDefinition, Expr } from './check';

/** One part of a definition's top-level `and` chain, in written order. */
export interface Clause {
  /** the clause as written in the definition (trimmed) */
  text: string;
  expr: Expr;
}

type Operator = MathNode & { fn: string; args: MathNode[] };

const isAnd = (node: MathNode) => node.type === 'OperatorNode' && (node as Operator).fn === 'and';

function unwrap(node: MathNode): MathNode {
  while (node.type === 'ParenthesisNode') node = (node as unknown as { content: MathNode }).content;
  return node;
}

/** The chain's parts: an unbracketed `and` splits, anything bracketed or not an `and` is a part. */
function chain(node: MathNode, expr: Expr, out: { node: MathNode; expr: Expr }[]): void {
  if (isAnd(node) && expr.kind === 'operator') {
    const args = (node as Operator).args;
    chain(args[0], expr.args[0], out);
    chain(args[1], expr.args[1], out);
  } else out.push({ node, expr });
}

/** Whether the text is one bracket pair around everything. */
function wrapsWhole(text: string): boolean {
  if (!text.startsWith('(') || !text.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = quoteEnd(text, i);
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i === text.length - 1;
  }
  return false;
}

function quoteEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== text[start]) i += text[i] === '\\' ? 2 : 1;
  return i;
}

const NAME_CHAR = /[\p{L}\p{N}_$]/u;

/** The source text split at every `and` outside brackets and quotes. */
function splitAtTopLevelAnd(source: string): string[] {
  let text = source.trim();
  while (wrapsWhole(text)) text = text.slice(1, -1).trim();
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'") i = quoteEnd(text, i);
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (
      depth === 0 &&
      text.startsWith('and', i) &&
      !NAME_CHAR.test(text[i - 1] ?? ' ') &&
      !NAME_CHAR.test(text[i + 3] ?? ' ')
    ) {
      parts.push(text.slice(start, i).trim());
      start = i + 3;
      i += 2;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/**
 * The clauses of a checked definition: the parts of its top-level chain of `and`, in written
 * order, each with its text as written. A definition that is not such a chain is one clause.
 * The definition is true exactly when every clause is true.
 */
export function definitionClauses(definition: CheckedDefinition): Clause[] {
  const parts: { node: MathNode; expr: Expr }[] = [];
  chain(unwrap(definition.node), definition.expr, parts);
  if (parts.length === 1) return [{ text: definition.source.trim(), expr: definition.expr }];
  const texts = splitAtTopLevelAnd(definition.source);
  return parts.map(({ node, expr }, i) => ({
    text: texts.length === parts.length ? texts[i] : node.toString(),
    expr,
  }));
}
