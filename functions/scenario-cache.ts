import {
  type ScenarioResult,
  evaluateChecked,
  formatProblem,
  parseScenarioText,
} from '../src/index';
import { invalidValue, type FunctionError } from './errors';

// Excel recalculates every SCHEDULE cell that reads the same scenario cell; parsing and
// evaluating once per distinct JSON text keeps a sheet of them fast.
const CAPACITY = 16;
const cache = new Map<string, ScenarioResult | FunctionError>();

/** The evaluated scenario for this JSON text, or #VALUE! naming the first problem in the file. */
export function evaluatedScenario(name: string, json: string): ScenarioResult | FunctionError {
  const hit = cache.get(json);
  if (hit !== undefined) return hit;
  const loaded = parseScenarioText(json);
  const evaluated = loaded.ok ? evaluateChecked(loaded.scenario) : loaded;
  const value = evaluated.ok
    ? evaluated.result
    : invalidValue(
        `${name} is not a valid scenario: ${formatProblem(evaluated.problems[0])}` +
          (evaluated.problems.length > 1
            ? ` (and ${evaluated.problems.length - 1} more problems)`
            : ''),
      );
  if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value as string);
  cache.set(json, value);
  return value;
}
