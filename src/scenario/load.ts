import { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema';

export interface ScenarioProblem {
  /** JSON path such as `options[2].charges.tiers[1].upTo`; empty for the whole file. */
  path: string;
  message: string;
  /** The offending value as found in the input (undefined when missing). */
  value: unknown;
}

export type LoadResult =
  { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return 'unknown field (check the spelling against scenario.schema.json)';
  return issue.message;
}

/** Validates a parsed JSON value as a scenario, reporting every problem at once. */
export function parseScenario(input: unknown): LoadResult {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return { ok: true, scenario: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => [...issue.path, key])
        : [issue.path];
    return paths.map((path) => ({
      path: formatPath(path),
      message: describeIssue(issue),
      value: valueAt(input, path),
    }));
  });
  return { ok: false, problems };
}

/** Parses scenario file text (JSON). */
export function parseScenarioText(text: string): LoadResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        { path: '', message: `not valid JSON: ${(error as Error).message}`, value: undefined },
      ],
    };
  }
  return parseScenario(input);
}

export function formatValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** One line per problem: `path: message (got value)`. */
export function formatProblem(problem: ScenarioProblem): string {
  const where = problem.path === '' ? '(file)' : problem.path;
  return `${where}: ${problem.message} (got ${formatValue(problem.value)})`;
}
