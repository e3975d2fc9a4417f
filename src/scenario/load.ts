import { z } from 'zod';
import { escapeControlCharacters } from '../text/control-characters';
import { scenarioSchema, type Scenario } from './schema';
import { nestingTooDeep, MAX_NESTING } from './nesting';
import { formatPath, problemAt, type Checked, type ScenarioProblem } from '../engine/problems';

export { formatPath };

export type { Checked, ScenarioProblem };

export type LoadResult = Checked<{ scenario: Scenario }>;

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
    return paths.map((path) => problemAt(input, path, describeIssue(issue)));
  });
  return { ok: false, problems };
}

const BYTE_ORDER_MARK = '\ufeff';

/** Parses scenario file text (JSON; a leading UTF-8 byte-order mark is ignored). */
export function parseScenarioText(text: string): LoadResult {
  const read = readScenarioText(text);
  return read.ok ? { ok: true, scenario: read.scenario } : { ok: false, problems: read.problems };
}

/** What a scenario file's text gives: its JSON document when it parses, and the scenario when valid. */
export type ScenarioRead = LoadResult & { document?: unknown };

/** parseScenarioText keeping the document as written (when it is JSON at all). */
export function readScenarioText(text: string): ScenarioRead {
  const json = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  const tooDeep = nestingTooDeep(json);
  if (tooDeep !== null) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: `brackets nested more than ${MAX_NESTING} levels deep (at character ${tooDeep + 1}); a scenario needs fewer than 10`,
          value: undefined,
        },
      ],
    };
  }
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      problems: [
        { path: '', message: `not valid JSON: ${(error as Error).message}`, value: undefined },
      ],
    };
  }
  return { ...parseScenario(document), document };
}

const PREVIEW_CHARACTERS = 60;

/** Appends JSON text for value until `out` holds more than `limit` characters (stack-safe: every level adds one). */
function appendPreview(value: unknown, out: { text: string }, limit: number): void {
  if (out.text.length > limit) return;
  if (Array.isArray(value)) {
    out.text += '[';
    for (let i = 0; i < value.length && out.text.length <= limit; i++) {
      if (i > 0) out.text += ',';
      appendPreview(value[i], out, limit);
    }
    out.text += ']';
  } else if (value !== null && typeof value === 'object') {
    out.text += '{';
    const entries = Object.entries(value);
    for (let i = 0; i < entries.length && out.text.length <= limit; i++) {
      out.text += `${i > 0 ? ',' : ''}${JSON.stringify(entries[i][0].slice(0, limit))}:`;
      appendPreview(entries[i][1], out, limit);
    }
    out.text += '}';
  } else {
    const text = typeof value === 'string' ? value.slice(0, limit + 1) : value;
    out.text += JSON.stringify(text) ?? String(value);
  }
}

/** The value as short JSON (at most 60 characters), control characters escaped, at any depth. */
export function formatValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const out = { text: '' };
  appendPreview(value, out, PREVIEW_CHARACTERS);
  const text = escapeControlCharacters(out.text, true);
  return text.length > PREVIEW_CHARACTERS ? `${text.slice(0, PREVIEW_CHARACTERS - 3)}...` : text;
}

/** One line per problem: `path: message (got value)`, control characters escaped. */
export function formatProblem(problem: ScenarioProblem): string {
  const where = problem.path === '' ? '(file)' : (problem.where ?? problem.path);
  const got =
    problem.path === '' && problem.value === undefined
      ? ''
      : ` (got ${formatValue(problem.value)})`;
  return escapeControlCharacters(`${where}: ${problem.message}${got}`, true);
}
