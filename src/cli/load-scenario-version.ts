import { formatProblem, parseScenario } from '../scenario/load';
import type { ScenarioVersion } from '../analysis/npv-bridge';
import { InputError } from './errors';
import { readTextFile } from './load-scenario-file';

/** Reads a scenario file keeping both the document as written and the validated scenario. */
export function loadScenarioVersion(path: string): ScenarioVersion {
  const text = readTextFile(path, 'scenario file');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON: ${(error as Error).message}`);
  }
  const parsed = parseScenario(file);
  if (!parsed.ok)
    throw new InputError(
      `${path}: ${parsed.problems.length} problem(s)`,
      parsed.problems.map(formatProblem),
    );
  return { file, scenario: parsed.scenario };
}
