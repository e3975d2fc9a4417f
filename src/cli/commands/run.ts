import { evaluateScenario } from '../../index';
import { EXIT_OK } from '../errors';
import type { Io } from '../io';
import { DEFAULT_SCENARIO_FILE, loadScenarioFile } from '../load-scenario-file';
import { parseCommandArgs } from '../parse-args';
import { resultToJson } from '../result-json';
import { resultToText } from '../result-text';

export const summary =
  'run [FILE] [--json]   compare the options of a scenario (default: the support-team example)';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
  const scenario = loadScenarioFile(positionals[0] ?? DEFAULT_SCENARIO_FILE);
  const result = evaluateScenario(scenario);
  io.out(
    values.json ? JSON.stringify(resultToJson(result), null, 2) : resultToText(result, scenario),
  );
  return EXIT_OK;
}
