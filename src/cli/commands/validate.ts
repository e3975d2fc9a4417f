import { EXIT_INVALID_INPUT, EXIT_OK, InputError } from '../errors';
import type { Io } from '../io';
import { evaluateScenarioFile } from '../load-scenario-file';
import { parseCommandArgs } from '../parse-args';

export async function run(args: string[], io: Io): Promise<number> {
  const { positionals } = parseCommandArgs(args, {});
  if (positionals.length === 0) throw new InputError('validate needs at least one scenario FILE');
  let failed = false;
  for (const file of positionals) {
    try {
      const warnings: string[] = [];
      const { scenario } = evaluateScenarioFile(file, (_, warning) => warnings.push(warning));
      io.out(
        `${file}: valid (${scenario.options.length} options, ${scenario.horizonMonths} months)`,
      );
      // valid, but probably not meant: listed under the verdict, never failing it
      for (const warning of warnings) io.out(`  ${warning}`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed = true;
      io.err(error.message);
      for (const line of error.details) io.err(`  ${line}`);
    }
  }
  return failed ? EXIT_INVALID_INPUT : EXIT_OK;
}
