import { writeFileSync } from 'node:fs';
import { trialsCsv } from '../../export/trials-csv';
import { riskReportWithTrials } from '../../uncertainty/risk-report';
import {
  MAX_TRIALS,
  MIN_TRIALS,
  SAMPLINGS,
  type Sampling,
} from '../../scenario/uncertainty-schema';
import { withSuggestedUncertainty } from '../../uncertainty/suggest';
import type { SimulationSettings } from '../../uncertainty/simulation';
import { EXIT_OK, InputError } from '../errors';
import type { Io } from '../io';
import { evaluateScenarioFile, warnOnStderr } from '../load-scenario-file';
import { checkOutputs, writeOutputs, type OutputPolicy } from '../output-files';
import { parseCommandArgs } from '../parse-args';
import { riskToJson } from '../risk-json';
import { riskToText } from '../risk-text';

function integerFlag(name: string, text: string | undefined, min: number, max: number) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\s*-?\d+\s*$/.test(text) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new InputError(
      `--${name} must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} (got ${JSON.stringify(text)})`,
    );
  }
  return value;
}

function samplingFlag(text: string | undefined): Sampling | undefined {
  if (text === undefined) return undefined;
  if (!(SAMPLINGS as readonly string[]).includes(text)) {
    throw new InputError(`--sampling must be lhs or random (got ${JSON.stringify(text)})`);
  }
  return text as Sampling;
}

function suggest(file: string, out: string | undefined, io: Io): number {
  if (!out) throw new InputError('--suggest needs -o FILE2, the copy to write');
  const { file: json, scenario } = evaluateScenarioFile(file, warnOnStderr(io));
  if (scenario.uncertainty) {
    throw new InputError(`${file} already has an uncertainty block; edit it there`);
  }
  const text = `${JSON.stringify(withSuggestedUncertainty(json as Record<string, unknown>, scenario), null, 2)}\n`;
  try {
    writeFileSync(out, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'EEXIST'
        ? `${out} exists; --suggest never overwrites a file (choose another name)`
        : `cannot write ${out}: ${(error as Error).message}`,
    );
  }
  io.out(
    `wrote ${out}: ${file} with a starter uncertainty block; edit its ranges, then run crossover risk ${out}`,
  );
  return EXIT_OK;
}

/** Shows progress on a terminal once the run has taken a second. */
export function progressReporter(
  io: Io,
  now: () => number = Date.now,
): ((done: number, trials: number) => void) | undefined {
  if (!io.errIsTerminal || !io.progress) return undefined;
  const start = now();
  return (done, trials) => {
    if (now() - start < 1000) return;
    io.progress!(
      `simulating: ${done.toLocaleString('en-US')} of ${trials.toLocaleString('en-US')} trials (${Math.floor((100 * done) / trials)}%)`,
    );
    if (done === trials) io.progress!('');
  };
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    trials: { type: 'string' },
    seed: { type: 'string' },
    sampling: { type: 'string' },
    json: { type: 'boolean' },
    suggest: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    'trials-out': { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  const file = positionals[0];
  if (!file) throw new InputError('risk needs a scenario FILE');
  if (values.suggest) return suggest(file, values.out, io);
  const trialsOut = values['trials-out'];
  if (values.force && trialsOut === undefined) {
    throw new InputError('--force replaces the file of --trials-out FILE; give --trials-out too');
  }
  const overrides: Partial<SimulationSettings> = {};
  const trials = integerFlag('trials', values.trials, MIN_TRIALS, MAX_TRIALS);
  const seed = integerFlag('seed', values.seed, 0, 2 ** 32 - 1);
  const sampling = samplingFlag(values.sampling);
  if (trials !== undefined) overrides.trials = trials;
  if (seed !== undefined) overrides.seed = seed;
  if (sampling !== undefined) overrides.sampling = sampling;
  const { scenario } = evaluateScenarioFile(file, warnOnStderr(io));
  if (!scenario.uncertainty) {
    throw new InputError(
      `${file} has no uncertainty block: give some inputs ranges, or run crossover risk ${file} --suggest -o COPY.json for a starter block`,
    );
  }
  const policy: OutputPolicy = {
    inputs: [file],
    force: values.force,
    createDirectories: true,
    replaceHint: 'pass --force to replace it',
  };
  // before the simulation, so a file in the way is said at once
  if (trialsOut !== undefined) checkOutputs([{ path: trialsOut, data: '' }], policy);
  const {
    report,
    model,
    trials: data,
  } = riskReportWithTrials(scenario, overrides, progressReporter(io));
  if (trialsOut !== undefined) {
    writeOutputs([{ path: trialsOut, data: trialsCsv(model, data) }], policy);
    io.err(`wrote ${trialsOut}: ${report.simulation.trials.toLocaleString('en-US')} trials`);
  }
  io.out(values.json ? JSON.stringify(riskToJson(report), null, 2) : riskToText(scenario, report));
  return EXIT_OK;
}
