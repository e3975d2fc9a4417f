import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  buildWorkbookModel,
  scheduleCsv,
  toScenarioJson,
  workbookSizeProblem,
  writeXlsx,
  type ExportMeta,
} from '../../export/index';
import { EXIT_OK, InputError } from '../errors';
import type { Io } from '../io';
import { compareScenarios } from '../../analysis/npv-bridge';
import { evaluateScenarioFile, type Warn, warnOnStderr } from '../load-scenario-file';
import { loadReconciliationFile } from '../load-reconciliation-file';
import { writeOutputs, type OutputFile } from '../output-files';
import { parseCommandArgs } from '../parse-args';
import { projectFile } from '../project-file';

const EXAMPLES_DIR = projectFile('examples');

export function exportMeta(now = new Date()): ExportMeta {
  const pkg = JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { version: string };
  return { exportDate: now.toISOString().slice(0, 10), version: pkg.version };
}

interface ExportJob {
  scenarioFile: string;
  xlsx: string;
  json?: string;
  csv?: string;
  /** Last quarter's scenario file, for the Changes sheet. */
  compareFile?: string;
  /** The output of `crossover reconcile --json`, for the Reconciliation sheet. */
  reconciliationFile?: string;
}

/** Evaluates one scenario and renders its outputs in memory; nothing is written yet. */
async function render(job: ExportJob, warn: Warn): Promise<OutputFile[]> {
  const current = evaluateScenarioFile(job.scenarioFile, warn);
  const { scenario, result } = current;
  const tooLarge = workbookSizeProblem(scenario);
  if (tooLarge) throw new InputError(`${job.scenarioFile}: ${tooLarge}`);
  const compare = job.compareFile
    ? {
        comparison: compareScenarios(evaluateScenarioFile(job.compareFile, warn), current),
        label: basename(job.compareFile),
      }
    : undefined;
  const reconciliation = job.reconciliationFile
    ? {
        ...loadReconciliationFile(job.reconciliationFile, scenario.currency),
        source: `${basename(job.reconciliationFile)} (crossover reconcile --json)`,
      }
    : undefined;
  const outputs: OutputFile[] = [
    {
      path: job.xlsx,
      data: await writeXlsx(
        buildWorkbookModel(scenario, result, exportMeta(), { compare, reconciliation }),
      ),
    },
  ];
  if (job.json) outputs.push({ path: job.json, data: toScenarioJson(scenario) });
  if (job.csv) outputs.push({ path: job.csv, data: scheduleCsv(result) });
  return outputs;
}

/** Renders every job, checks every output, then writes them all (temporary file, then rename). */
async function exportAll(jobs: ExportJob[], force: boolean, io: Io): Promise<void> {
  const outputs: OutputFile[] = [];
  for (const job of jobs) outputs.push(...(await render(job, warnOnStderr(io))));
  writeOutputs(outputs, {
    inputs: jobs.flatMap((j) => [
      j.scenarioFile,
      ...(j.compareFile ? [j.compareFile] : []),
      ...(j.reconciliationFile ? [j.reconciliationFile] : []),
    ]),
    force,
    createDirectories: true,
    replaceHint: 'pass --force to replace it',
  });
  for (const { path } of outputs) io.out(`wrote ${path}`);
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    json: { type: 'string' },
    csv: { type: 'string' },
    'all-examples': { type: 'string' },
    force: { type: 'boolean', default: false },
    compare: { type: 'string' },
    reconciliation: { type: 'string' },
  });
  const dir = values['all-examples'];
  if (dir !== undefined) {
    if (
      positionals.length > 0 ||
      values.output ||
      values.json ||
      values.csv ||
      values.compare ||
      values.reconciliation
    ) {
      throw new InputError(
        `--all-examples DIR takes no FILE, -o, --json, --csv, --compare or --reconciliation (got ${[
          ...positionals,
          ...Object.keys(values)
            .filter((k) => k !== 'all-examples' && k !== 'force')
            .map((k) => `--${k}`),
        ].join(' ')})`,
      );
    }
    const jobs = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((file) => {
        const stem = file.replace(/\.json$/, '');
        return {
          scenarioFile: join(EXAMPLES_DIR, file),
          xlsx: join(dir, `${stem}.xlsx`),
          json: join(dir, `${stem}.scenario.json`),
          csv: join(dir, `${stem}.schedule.csv`),
        };
      });
    await exportAll(jobs, values.force, io);
    return EXIT_OK;
  }
  if (positionals.length !== 1) {
    throw new InputError(
      `export needs exactly one scenario FILE (got ${positionals.length}: ${positionals.join(' ') || 'none'}), or --all-examples DIR`,
    );
  }
  const file = positionals[0];
  const xlsx = values.output ?? `${basename(file).replace(/\.json$/i, '')}.xlsx`;
  if (!xlsx.toLowerCase().endsWith('.xlsx')) {
    throw new InputError(`-o must name an .xlsx file (got ${xlsx})`);
  }
  await exportAll(
    [
      {
        scenarioFile: file,
        xlsx,
        json: values.json,
        csv: values.csv,
        compareFile: values.compare,
        reconciliationFile: values.reconciliation,
      },
    ],
    values.force,
    io,
  );
  return EXIT_OK;
}
