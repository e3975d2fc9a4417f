/** Where a literal or a name starts and ends in the source (0-based, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

const WORD_OPERATORS: ReadonlySet<string> = new Set(['and', 'or', 'not', 'xor', 'mod', 'to', 'in']);
const NUMBER = /^(?:0[xob][0-9a-f]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/i;
const NAME = /^[\p{L}_$][\p{L}\p{N}_$]*/u;

/**
 * The names and literals of a definition in source order. mathjs does not keep positions in
 * its syntax tree, but its leaves (names and constants) appear in the same order as these
 * tokens, which is how an error about a node can point at its place in the text.
 */
export function leafTokens(source: string): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== ch) j += source[j] === '\\' ? 2 : 1;
      spans.push({ start: i, end: Math.min(j + 1, source.length) });
      i = j + 1;
      continue;
    }
    const rest = source.slice(i, i + 200);
    const number = NUMBER.exec(rest);
    if (number) {
      spans.push({ start: i, end: i + number[0].length });
      i += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      if (!WORD_OPERATORS.has(name[0])) spans.push({ start: i, end: i + name[0].length });
      i += name[0].length;
      continue;
    }
    i++;
  }
  return spans;
}
