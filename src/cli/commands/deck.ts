import { basename } from 'node:path';
import { compareScenarios } from '../../analysis/npv-bridge';
import { buildDeckModel, writePptxBytes } from '../../deck/index';
import { EXIT_OK, InputError } from '../errors';
import { loadReconciliationFile } from '../load-reconciliation-file';
import type { Io } from '../io';
import { evaluateScenarioFile, warnOnStderr } from '../load-scenario-file';
import { writeOutputs } from '../output-files';
import { parseCommandArgs } from '../parse-args';
import { exportMeta } from './export';

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    compare: { type: 'string' },
    reconciliation: { type: 'string' },
    force: { type: 'boolean', default: false },
  });
  if (positionals.length !== 1)
    throw new InputError(
      `deck needs exactly one scenario FILE (got ${positionals.length}: ${positionals.join(' ') || 'none'})`,
    );
  const file = positionals[0];
  const out = values.output ?? `${basename(file).replace(/\.json$/i, '')}.pptx`;
  if (!out.toLowerCase().endsWith('.pptx'))
    throw new InputError(`-o must name a .pptx file (got ${out})`);
  const current = evaluateScenarioFile(file, warnOnStderr(io));
  const { result } = current;
  const compare =
    values.compare === undefined
      ? undefined
      : {
          comparison: compareScenarios(
            evaluateScenarioFile(values.compare, warnOnStderr(io)),
            current,
          ),
          label: basename(values.compare),
        };
  const reconciliation =
    values.reconciliation === undefined
      ? undefined
      : {
          ...loadReconciliationFile(values.reconciliation, current.scenario.currency),
          source: `${basename(values.reconciliation)} (crossover reconcile --json)`,
        };
  const meta = exportMeta();
  const bytes = await writePptxBytes(
    buildDeckModel(
      current.scenario,
      result,
      { date: meta.exportDate, version: meta.version },
      compare,
      reconciliation,
    ),
  );
  writeOutputs([{ path: out, data: bytes }], {
    inputs: [file, values.compare, values.reconciliation].filter((f) => f !== undefined),
    force: values.force,
    createDirectories: true,
    replaceHint: 'pass --force to replace it',
  });
  io.out(`wrote ${out}`);
  return EXIT_OK;
}
