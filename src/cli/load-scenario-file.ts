import { readFileSync } from 'node:fs';
import { formatProblem, parseScenarioText, type Scenario } from '../index';
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
