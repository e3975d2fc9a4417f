import { escapeControlCharacters } from '../text/control-characters';

/** Characters that make a spreadsheet read text as a formula (OWASP CSV injection). */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Text that a spreadsheet could read as a formula gets a leading apostrophe, so it stays text
 * in every viewer; other text is returned unchanged.
 */
export function escapeFormulaText(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]) ? `'${text}` : text;
}

/** The most characters a spreadsheet cell holds (Excel's limit; longer text is cut off or refused). */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * Text as a cell may hold it: escaped against formula injection, control characters made visible
 * (raw ones break the workbook's XML), and text beyond 32,767 characters cut with a note saying so.
 */
export function cellText(text: string): string {
  const safe = escapeControlCharacters(escapeFormulaText(text));
  if (safe.length <= CELL_TEXT_LIMIT) return safe;
  const note = ` [truncated: ${safe.length.toLocaleString('en-US')} characters, a cell holds ${CELL_TEXT_LIMIT.toLocaleString('en-US')}; the full text is in the scenario file]`;
  let cut = CELL_TEXT_LIMIT - note.length;
  const code = safe.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // never split a surrogate pair
  return safe.slice(0, cut) + note;
}
