import { booksDifferFromCash } from '../../analysis/accounting-ranking';
import { accountingToText } from '../accounting-text';
import { EXIT_OK } from '../errors';
import type { Io } from '../io';
import { DEFAULT_SCENARIO_FILE, evaluateScenarioFile, warnOnStderr } from '../load-scenario-file';
import { parseCommandArgs } from '../parse-args';
import { resultToJson } from '../result-json';
import { resultToText } from '../result-text';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean' },
    accounting: { type: 'boolean' },
  });
  const { scenario, result } = evaluateScenarioFile(
    positionals[0] ?? DEFAULT_SCENARIO_FILE,
    warnOnStderr(io),
  );
  if (values.json) {
    io.out(JSON.stringify(resultToJson(result), null, 2));
  } else {
    const withAccounting = values.accounting || booksDifferFromCash(result);
    io.out(
      resultToText(result, scenario) + (withAccounting ? `\n\n${accountingToText(result)}` : ''),
    );
  }
  return EXIT_OK;
}
