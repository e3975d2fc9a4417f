import { readFileSync } from 'node:fs';
import { evaluateChecked } from '../engine/evaluate-checked';
import type { ScenarioResult } from '../engine/evaluate';
import type { ScenarioProblem } from '../engine/problems';
import type { ScenarioVersion } from '../analysis/npv-bridge';
import { formatProblem, readScenarioText } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import { formatWarning, scenarioWarnings } from '../scenario/warnings';
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
 * Reads and validates a scenario file, keeping the document as written; every problem becomes a
 * line of the InputError, and the warnings of a valid file are said on `warn`.
 */
export function loadScenarioVersion(path: string, warn: Warn): ScenarioVersion {
  const read = readScenarioText(readTextFile(path, 'scenario file'));
  if (!read.ok) throw refused(path, read.problems, read.document);
  const warnings = [...scenarioWarnings(read.document), ...uncertaintyWarnings(read.scenario)];
  for (const warning of warnings) warn(path, formatWarning(warning));
  return { file: read.document, scenario: read.scenario };
}

/** loadScenarioVersion's scenario. */
export function loadScenarioFile(path: string, warn: Warn): Scenario {
  return loadScenarioVersion(path, warn).scenario;
}

/** Reads, validates and evaluates a scenario file; results that are not finite are input errors. */
export function evaluateScenarioFile(path: string, warn: Warn): EvaluatedVersion {
  const version = loadScenarioVersion(path, warn);
  const evaluated = evaluateChecked(version.scenario);
  if (!evaluated.ok) {
    throw new InputError(
      `${path}: ${evaluated.problems.length} problem(s)`,
      evaluated.problems.map(formatProblem),
    );
  }
  return { ...version, result: evaluated.result };
}
