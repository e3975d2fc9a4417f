// C0 and C1 controls, DEL, and the invisible format characters that reorder or hide text
// (bidirectional overrides and isolates, zero-width marks, line and paragraph separators).
/* eslint-disable no-control-regex -- matching control characters is the point */
const CONTROL_CHARACTERS =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const CONTROL_OR_LINE_BREAK =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/* eslint-enable no-control-regex */

const visible = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Control characters written as visible `\u001b` escapes, so a name or an echoed value can never
 * move the cursor, recolour a terminal, hide text or break a spreadsheet's XML. Tabs and line
 * breaks are kept unless `singleLine`, which escapes them too.
 */
export function escapeControlCharacters(text: string, singleLine = false): string {
  return text.replace(singleLine ? CONTROL_OR_LINE_BREAK : CONTROL_CHARACTERS, visible);
}
