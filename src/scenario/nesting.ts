/** Deeper than this, a scenario file is refused before it is parsed (a valid one needs fewer than 10). */
export const MAX_NESTING = 64;

/**
 * The index of the bracket at which JSON text nests deeper than MAX_NESTING, or null. Strings are
 * skipped, so brackets inside names do not count; one pass, no recursion.
 */
export function nestingTooDeep(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return null;
}
