import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem, parseScenarioText, type Scenario } from '../index';
import { InputError } from './errors';

export const DEFAULT_SCENARIO_FILE = fileURLToPath(
  new URL('../../examples/support-team.json', import.meta.url),
);

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
