import { readFileSync } from 'node:fs';
import { evaluateChecked } from '../engine/evaluate-checked';
import { formatProblem, parseScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';
import { InputError } from './errors';
import { projectFile } from './project-file';

export const DEFAULT_SCENARIO_FILE = projectFile('examples/support-team.json');

export function readTextFile(path: string, what = 'file'): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      `cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}

/** Reads and validates a scenario file; every problem becomes a line of the InputError. */
export function loadScenarioFile(path: string): Scenario {
  const result = parseScenarioText(readTextFile(path, 'scenario file'));
  if (!result.ok) {
    throw new InputError(
      `${path}: ${result.problems.length} problem(s)`,
      result.problems.map(formatProblem),
    );
  }
  return result.scenario;
}

/** Reads, validates and evaluates a scenario file; results that are not finite are input errors. */
export function evaluateScenarioFile(path: string): { scenario: Scenario; result: ScenarioResult } {
  const scenario = loadScenarioFile(path);
  const evaluated = evaluateChecked(scenario);
  if (!evaluated.ok) {
    throw new InputError(
      `${path}: ${evaluated.problems.length} problem(s)`,
      evaluated.problems.map(formatProblem),
    );
  }
  return { scenario, result: evaluated.result };
}
