import { readReconcileArguments } from '../../reconcile/arguments';
import { DIALECTS, isDialectName, type DialectName } from '../../reconcile/sql/dialects';
import { tableFromCsvFile } from '../../reconcile/table/csv-file';
import { EXIT_OK, InputError } from '../errors';
import type { Io } from '../io';
import { evaluateScenarioFile, warnOnStderr } from '../load-scenario-file';
import { writeOutputs } from '../output-files';
import { parseCommandArgs } from '../parse-args';
import {
  asReconcileInput,
  givenReconcileArguments,
  RECONCILE_ARGUMENT_OPTIONS,
  reconcileFlag,
} from '../reconcile-options';

const FORMATS = ['docx', 'md'] as const;

/** `--dialect a,b --dialect c`: every named dialect once, in the order named; all when none. */
function dialectsOf(values: readonly string[] | undefined): DialectName[] {
  if (values === undefined || values.length === 0) return [...DIALECTS];
  const names = values.flatMap((v) => v.split(',')).map((v) => v.trim());
  const bad = names.find((n) => !isDialectName(n));
  if (bad !== undefined)
    throw new InputError(`--dialect must be one of ${DIALECTS.join(', ')}, got "${bad}"`);
  return [...new Set(names as DialectName[])];
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...RECONCILE_ARGUMENT_OPTIONS,
    dialect: { type: 'string', multiple: true },
    table: { type: 'string', default: 'events' },
    id: { type: 'string' },
    currency: { type: 'string', default: 'USD' },
    scenario: { type: 'string' },
    option: { type: 'string' },
    output: { type: 'string', short: 'o' },
    format: { type: 'string', default: 'docx' },
    force: { type: 'boolean', default: false },
  });
  if (positionals.length > 1)
    throw new InputError(
      `exhibit takes at most one EVENTS file (got ${positionals.length}: ${positionals.join(' ')})`,
    );
  const format = values.format;
  if (!(FORMATS as readonly string[]).includes(format))
    throw new InputError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  const out = values.output;
  if (out === undefined && format === 'docx')
    throw new InputError('-o FILE is required for --format docx (Markdown alone may go to stdout)');
  if (out !== undefined && !out.toLowerCase().endsWith(`.${format}`))
    throw new InputError(`-o must name a .${format} file for --format ${format}, got ${out}`);
  if ((values.scenario === undefined) !== (values.option === undefined))
    throw new InputError('--scenario FILE and --option NAME go together (the bid to price)');
  if (!/^[A-Z]{3}$/.test(values.currency))
    throw new InputError(`--currency must be a three-letter ISO code, got "${values.currency}"`);
  if (!/^[A-Za-z_][\w.$-]*$/.test(values.table))
    throw new InputError(
      `--table must be a table name such as events or dataset.events, got "${values.table}"`,
    );
  const dialects = dialectsOf(values.dialect);
  const settings = await asReconcileInput(() =>
    readReconcileArguments(givenReconcileArguments(values), reconcileFlag),
  );
  const events = positionals[0];
  const { buildExhibit, exhibitColumns, idColumnOf, exhibitMarkdown, writeExhibitDocx } =
    await import('../../exhibit/index');
  const pilot =
    events === undefined
      ? undefined
      : await asReconcileInput(() => {
          const { table, allColumns } = tableFromCsvFile(
            events,
            events,
            exhibitColumns(settings, values.id),
          );
          return { table, allColumns, idColumn: idColumnOf(allColumns, values.id) };
        });
  const bid =
    values.scenario === undefined
      ? undefined
      : {
          ...evaluateScenarioFile(values.scenario, warnOnStderr(io)),
          option: values.option!,
          source: values.scenario,
        };
  const model = await asReconcileInput(() =>
    buildExhibit({
      settings,
      dialects,
      tableName: values.table,
      currency: values.currency,
      pilot,
      bid,
    }),
  );
  for (const note of model.notes) io.err(`note: ${note}`);
  for (const warning of model.warnings) io.err(`warning: ${warning}`);
  const data = format === 'md' ? exhibitMarkdown(model) : await writeExhibitDocx(model);
  if (out === undefined) {
    io.out((data as string).trimEnd());
    return EXIT_OK;
  }
  writeOutputs([{ path: out, data }], {
    inputs: [events, values.scenario].filter((f): f is string => f !== undefined),
    force: values.force,
    createDirectories: false,
    replaceHint: 'pass --force to replace it',
  });
  io.out(`wrote ${out}`);
  return EXIT_OK;
}
