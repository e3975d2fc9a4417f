import { parseScenarioText, type ScenarioProblem } from '../../src/index';
import type { Draft } from './draft';

/** The draft as a scenario file: the engine's format, pretty-printed. */
export function scenarioFileText(draft: Draft): string {
  return `${JSON.stringify({ version: 1, ...draft }, null, 2)}\n`;
}

export function fileNameFor(draft: Draft): string {
  const base = String(draft.name ?? 'scenario')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'scenario'}.json`;
}

/** A scenario file's text as a draft, or every problem the engine finds in it. */
export function readScenarioFile(
  text: string,
): { ok: true; draft: Draft } | { ok: false; problems: ScenarioProblem[] } {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return parsed;
  const draft = JSON.parse(text) as Draft;
  delete draft.$schema;
  return { ok: true, draft };
}
