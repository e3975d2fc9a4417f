/** Characters that make a spreadsheet read text as a formula (OWASP CSV injection). */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Text that a spreadsheet could read as a formula gets a leading apostrophe, so it stays text
 * in every viewer; other text is returned unchanged.
 */
export function escapeFormulaText(text: string): string {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]) ? `'${text}` : text;
}
