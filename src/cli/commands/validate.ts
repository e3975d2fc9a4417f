import { EXIT_INVALID_INPUT, EXIT_OK, InputError } from '../errors';
import type { Io } from '../io';
import { evaluateScenarioFile } from '../load-scenario-file';
import { parseCommandArgs } from '../parse-args';
import { formatWarning, uncertaintyWarnings } from '../../uncertainty/uncertainty-warnings';

export async function run(args: string[], io: Io): Promise<number> {
  const { positionals } = parseCommandArgs(args, {});
  if (positionals.length === 0) throw new InputError('validate needs at least one scenario FILE');
  let failed = false;
  for (const file of positionals) {
    try {
      const { scenario } = evaluateScenarioFile(file);
      io.out(
        `${file}: valid (${scenario.options.length} options, ${scenario.horizonMonths} months)`,
      );
      // valid, but probably not meant: listed after the verdict, never failing it
      for (const warning of uncertaintyWarnings(scenario)) {
        io.out(`  warning: ${formatWarning(warning)}`);
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed = true;
      io.err(error.message);
      for (const line of error.details) io.err(`  ${line}`);
    }
  }
  return failed ? EXIT_INVALID_INPUT : EXIT_OK;
}
