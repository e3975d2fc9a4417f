import { columnName } from '../table/column-names';
import type { VendorPreset } from './vendor-presets';

/** A text literal of the definition language: double-quoted, backslash escapes. */
const TEXT_LITERAL = /"(?:[^"\\]|\\.)*"/g;

/**
 * A definition written in the vendor's column names, dotted ones included
 * (`ai_agent.resolution_state`), as the definition language names those columns
 * (`ai_agent_resolution_state`, see columnName): every dotted name of the preset outside a text
 * literal is replaced, whole names only.
 */
export function presetDefinition(definition: string, preset: VendorPreset): string {
  const dotted = preset.columns.filter((c) => columnName(c) !== c);
  if (dotted.length === 0) return definition;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}_$.])(${dotted.map(escape).join('|')})(?![\\p{L}\\p{N}_$.])`,
    'gu',
  );
  let out = '';
  let last = 0;
  for (const literal of definition.matchAll(TEXT_LITERAL)) {
    out += definition.slice(last, literal.index).replace(pattern, (name) => columnName(name));
    out += literal[0];
    last = literal.index + literal[0].length;
  }
  return out + definition.slice(last).replace(pattern, (name) => columnName(name));
}
