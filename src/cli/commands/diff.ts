import { compareScenarios } from '../../analysis/npv-bridge';
import { optionKinds } from '../../uncertainty/describe-field';
import { comparisonToText } from '../diff-text';
import { EXIT_OK, InputError } from '../errors';
import type { Io } from '../io';
import { evaluateScenarioFile, warnOnStderr } from '../load-scenario-file';
import { parseCommandArgs } from '../parse-args';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
  if (positionals.length !== 2)
    throw new InputError(
      `diff needs two scenario files, OLD and NEW (got ${positionals.length}: ${positionals.join(' ') || 'none'})`,
    );
  const [oldPath, newPath] = positionals;
  const oldVersion = evaluateScenarioFile(oldPath, warnOnStderr(io));
  const newVersion = evaluateScenarioFile(newPath, warnOnStderr(io));
  const comparison = compareScenarios(oldVersion, newVersion);
  if (values.json) {
    const { npvBefore, npvAfter, recommendationChanged, ...documented } = comparison;
    io.out(JSON.stringify({ ...documented, npvBefore, npvAfter, recommendationChanged }, null, 2));
  } else {
    io.out(
      comparisonToText(comparison, {
        old: oldPath,
        new: newPath,
        currency: newVersion.scenario.currency,
        // an option's kind from whichever version holds it, the new one first
        kinds: new Map([...optionKinds(oldVersion.scenario), ...optionKinds(newVersion.scenario)]),
      }),
    );
  }
  return EXIT_OK;
}
