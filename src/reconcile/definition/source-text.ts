import { DefinitionError } from './errors';

// The definition as text, before mathjs parses it: the operators people bring from SQL,
// spreadsheets or C are answered with the one to write, and `x in ("a", "b")` is written in a
// form mathjs parses (`x in ["a", "b"]`, and `x to [...]` for `not in`), keeping every character
// where it was so that positions in messages still point into what the user wrote.

/** The source with every quoted text (quotes included) blanked out, same length. */
export function maskQuoted(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch !== '"' && ch !== "'") {
      out += ch;
      continue;
    }
    let j = i + 1;
    while (j < source.length && source[j] !== ch) j += source[j] === '\\' ? 2 : 1;
    const end = Math.min(j, source.length - 1);
    out += ' '.repeat(end - i + 1);
    i = end;
  }
  return out;
}

const NAME_CHAR = '[\\p{L}\\p{N}_$]';
const word = (w: string) => new RegExp(`(?<!${NAME_CHAR})${w}(?!${NAME_CHAR})`, 'u');

/** Operators that mean something else here (or nothing), and what to write instead. */
const MISTAKEN: readonly { pattern: RegExp; message: (at: number) => string }[] = [
  ['&&', 'and'],
  ['||', 'or'],
  ['<>', '!='],
].map(([shown, write]) => ({
  pattern: new RegExp(shown.replace(/[|]/g, '\\$&')),
  message: (at: number) =>
    `the operator \`${shown}\` is not allowed: write \`${write}\` (at character ${at})`,
}));

const ASSIGNMENT = {
  pattern: /(?<![=!<>])=(?!=)/,
  message: (at: number) =>
    `\`=\` compares nothing here: write \`==\` (at character ${at}; assignment is not allowed)`,
};
const BANG = {
  pattern: /!(?!=)/,
  message: (at: number) => `the operator \`!\` is not allowed: write \`not\` (at character ${at})`,
};

/**
 * Refuses the first mistaken operator, in written order, naming its character and the
 * operator to write: "`=` compares nothing here: write `==` (at character 8; ...)".
 */
export function refuseMistakenOperators(source: string, columns: readonly string[]): void {
  const masked = maskQuoted(source);
  let first: { at: number; message: string } | null = null;
  for (const m of [...MISTAKEN, ASSIGNMENT, BANG]) {
    const found = m.pattern.exec(masked);
    if (found && (first === null || found.index < first.at))
      first = { at: found.index, message: m.message(found.index + 1) };
  }
  if (first) throw new DefinitionError('mistaken-operator', first.message, first.at + 1, columns);
  const to = word('to').exec(masked);
  if (to)
    throw new DefinitionError(
      'not-allowed',
      `the operator \`to\` is not allowed (at character ${to.index + 1}); use and, or, not, in, not in, ==, !=, <, <=, >, >=, +, -, *, /`,
      to.index + 1,
      columns,
    );
}

/** The index of the bracket closing the one at `open`, in masked text; -1 when none does. */
function closing(masked: string, open: number): number {
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    if (masked[i] === '(' || masked[i] === '[') depth++;
    else if (masked[i] === ')' || masked[i] === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** `in (` or `not in (`, as words. */
const MEMBERSHIP = `(?<!${NAME_CHAR})(not\\s+)?in(?!${NAME_CHAR})(\\s*)\\(`;

/**
 * The source as mathjs is to parse it: `x in (a, b)` becomes `x in [a, b]` and `x not in (a, b)`
 * becomes `x to    [a, b]` (mathjs's `to`, which a definition may not write itself), character
 * for character in place.
 */
export function membershipForMathjs(source: string): string {
  const masked = maskQuoted(source);
  const out = source.split('');
  for (const m of masked.matchAll(new RegExp(MEMBERSHIP, 'gu'))) {
    const at = m.index;
    const open = at + m[0].length - 1;
    const end = closing(masked, open);
    if (end === -1) continue;
    if (m[1] !== undefined) {
      out.splice(at, 3, 't', 'o', ' ');
      const inAt = at + m[1].length;
      out.splice(inAt, 2, ' ', ' ');
    }
    out[open] = '[';
    out[end] = ']';
  }
  return out.join('');
}
