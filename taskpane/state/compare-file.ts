// A previous version of the scenario, opened to compare with the one being edited: the file as
// written (its order of inputs orders the bridge) and as validated.
import { type ScenarioVersion, parseScenarioText, type ScenarioProblem } from '../../src/index';

export interface ComparedFile {
  /** The file's name, as the user picked it. */
  label: string;
  version: ScenarioVersion;
}

/** The file's text as a scenario version, or the problems that stop it being compared. */
export function readComparedFile(
  text: string,
  label: string,
): { ok: true; compared: ComparedFile } | { ok: false; problems: ScenarioProblem[] } {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) return parsed;
  const file: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  return { ok: true, compared: { label, version: { file, scenario: parsed.scenario } } };
}
