import { readFileSync } from 'node:fs';
import { evaluateChecked } from '../engine/evaluate-checked';
import type { ScenarioResult } from '../engine/evaluate';
import type { ScenarioProblem } from '../engine/problems';
import type { ScenarioVersion } from '../analysis/npv-bridge';
import { formatProblem, readScenarioText } from '../scenario/load';
import { formatWarning, resultWarnings, scenarioWarnings } from '../scenario/warnings';
import { uncertaintyWarnings } from '../uncertainty/uncertainty-warnings';
import { InputError } from './errors';
import type { Io } from './io';
import { projectFile } from './project-file';

export const DEFAULT_SCENARIO_FILE = projectFile('examples/support-team.json');

/** A scenario file as written, validated and evaluated. */
export type EvaluatedVersion = ScenarioVersion & { result: ScenarioResult };

/** Where a command says what a file holds that is valid but probably not meant. */
export type Warn = (file: string, warning: string) => void;

/** The warnings of each file read, on stderr, a line each (every command but validate). */
export const warnOnStderr =
  (io: Pick<Io, 'err'>): Warn =>
  (file, warning) =>
    io.err(`${file}: ${warning}`);

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

/** The problems of a file, then its warnings (DOMAIN.md: validate lists them after the problems). */
function refused(path: string, problems: ScenarioProblem[], document: unknown): InputError {
  return new InputError(`${path}: ${problems.length} problem(s)`, [
    ...problems.map(formatProblem),
    ...(document === undefined ? [] : scenarioWarnings(document).map(formatWarning)),
  ]);
}

/**
 * Reads, validates and evaluates a scenario file, keeping the document as written: every
 * problem, and results that are not finite, become lines of an InputError; the warnings of a
 * valid file (its rates, its ranges, what the evaluation tells) are said on `warn`.
 */
export function evaluateScenarioFile(path: string, warn: Warn): EvaluatedVersion {
  const read = readScenarioText(readTextFile(path, 'scenario file'));
  if (!read.ok) throw refused(path, read.problems, read.document);
  const evaluated = evaluateChecked(read.scenario);
  if (!evaluated.ok) throw refused(path, evaluated.problems, read.document);
  const warnings = [
    ...scenarioWarnings(read.document),
    ...uncertaintyWarnings(read.scenario),
    ...resultWarnings(read.scenario, evaluated.result),
  ];
  for (const warning of warnings) warn(path, formatWarning(warning));
  return { file: read.document, scenario: read.scenario, result: evaluated.result };
}
