import { escapeControlCharacters } from '../../text/control-characters';

/** Text for an XML attribute or element: markup characters escaped, control characters visible. */
export function xmlText(text: string): string {
  return escapeControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
