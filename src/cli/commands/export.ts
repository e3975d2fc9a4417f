import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { evaluateScenario, type Scenario } from '../../index';
import {
  buildWorkbookModel,
  scheduleCsv,
  toScenarioJson,
  writeXlsx,
  type ExportMeta,
} from '../../export/index';
import { EXIT_OK, InputError } from '../errors';
import type { Io } from '../io';
import { loadScenarioFile } from '../load-scenario-file';
import { loadScenarioVersion } from '../load-scenario-version';
import { compareScenarios } from '../../analysis/npv-bridge';
import { parseCommandArgs } from '../parse-args';
import { projectFile } from '../project-file';

const EXAMPLES_DIR = projectFile('examples');

export function exportMeta(now = new Date()): ExportMeta {
  const pkg = JSON.parse(readFileSync(projectFile('package.json'), 'utf8')) as { version: string };
  return { exportDate: now.toISOString().slice(0, 10), version: pkg.version };
}

async function exportOne(
  scenario: Scenario,
  outputs: { xlsx: string; json?: string; csv?: string },
  io: Io,
  compareWith?: { path: string; file: unknown },
): Promise<void> {
  const result = evaluateScenario(scenario);
  const compare = compareWith && {
    comparison: compareScenarios(loadScenarioVersion(compareWith.path), {
      file: compareWith.file,
      scenario,
      result,
    }),
    label: basename(compareWith.path),
  };
  const workbook = await writeXlsx(buildWorkbookModel(scenario, result, exportMeta(), compare));
  write(outputs.xlsx, workbook);
  io.out(`wrote ${outputs.xlsx}`);
  if (outputs.json) {
    write(outputs.json, toScenarioJson(scenario));
    io.out(`wrote ${outputs.json}`);
  }
  if (outputs.csv) {
    write(outputs.csv, scheduleCsv(result));
    io.out(`wrote ${outputs.csv}`);
  }
}

function write(path: string, data: string | Buffer): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  } catch (error) {
    throw new InputError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    json: { type: 'string' },
    csv: { type: 'string' },
    'all-examples': { type: 'string' },
    compare: { type: 'string' },
  });
  const dir = values['all-examples'];
  if (dir !== undefined) {
    if (positionals.length > 0 || values.output || values.json || values.csv || values.compare) {
      throw new InputError(
        `--all-examples DIR takes no FILE, -o, --json or --csv (got ${[
          ...positionals,
          ...Object.keys(values)
            .filter((k) => k !== 'all-examples')
            .map((k) => `--${k}`),
        ].join(' ')})`,
      );
    }
    const files = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
    for (const file of files) {
      const stem = file.replace(/\.json$/, '');
      await exportOne(
        loadScenarioFile(join(EXAMPLES_DIR, file)),
        {
          xlsx: join(dir, `${stem}.xlsx`),
          json: join(dir, `${stem}.scenario.json`),
          csv: join(dir, `${stem}.schedule.csv`),
        },
        io,
      );
    }
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
  const current = loadScenarioVersion(file);
  await exportOne(
    current.scenario,
    { xlsx, json: values.json, csv: values.csv },
    io,
    values.compare === undefined ? undefined : { path: values.compare, file: current.file },
  );
  return EXIT_OK;
}
