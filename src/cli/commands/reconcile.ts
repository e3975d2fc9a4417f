import { basename, dirname, extname, join } from 'node:path';
import { readDrift } from '../../reconcile/read-drift';
import { applyMeasuredOvercount, vendorBid, type VendorBid } from '../../reconcile/apply-drift';
import { overcountToApply } from '../../reconcile/drift-verdict';
import { appliedSentence, driftNotAppliedWarning } from '../../reconcile/report/drift-text';
import { calibratedRanges } from '../../reconcile/ranges-fit';
import { applyCalibratedRanges, type RangesReport } from '../../reconcile/ranges-apply';
import { rangesCannotTell, rangesHeadline, rangesLines } from '../../reconcile/ranges-text';
import { reconcileCounts } from '../../reconcile/reconcile-counts';
import { readReconcileArguments } from '../../reconcile/arguments';
import {
  clauseHeadline,
  clauseTable,
  periodCells,
  reconciliationHeader,
  reconciliationSummary,
  vendorRuleTable,
} from '../../reconcile/report/reconciliation-text';
import {
  reconciliationWorkbookModel,
  type ReconciliationExport,
} from '../../export/reconciliation-workbook';
import { redactedUrl } from '../../reconcile/postgres/redacted-url';
import { EXIT_OK, InputError } from '../errors';
import type { Io } from '../io';
import { formatProblem, parseScenarioText } from '../../scenario/load';
import { readTextFile } from '../load-scenario-file';
import { writeOutputs } from '../output-files';
import { parseCommandArgs } from '../parse-args';
import { countEvents, ENGINES } from '../reconcile-engine';
import { presetArguments } from '../reconcile-preset';
import {
  asReconcileInput,
  givenReconcileArguments,
  RECONCILE_ARGUMENT_OPTIONS,
  reconcileFlag,
} from '../reconcile-options';
import { textTable } from '../table';

function defaultOutPath(scenarioPath: string): string {
  const ext = extname(scenarioPath) || '.json';
  return join(dirname(scenarioPath), `${basename(scenarioPath, ext)}.reconciled${ext}`);
}

interface Applied extends VendorBid {
  /** the copy written */
  path: string;
}

/** Writes the copy of the scenario that `change` makes (never SCENARIO itself, never over a file). */
function applyDrift(
  scenarioPath: string,
  eventsPath: string,
  option: string,
  out: string | undefined,
  change: (document: unknown) => Record<string, unknown>,
): Applied {
  const text = readTextFile(scenarioPath, 'scenario file');
  const loaded = parseScenarioText(text);
  if (!loaded.ok)
    throw new InputError(
      `${scenarioPath}: ${loaded.problems.length} problem(s)`,
      loaded.problems.map(formatProblem),
    );
  const document: unknown = JSON.parse(text.replace(/^\ufeff/, ''));
  const updated = change(document);
  const target = out ?? defaultOutPath(scenarioPath);
  writeOutputs([{ path: target, data: `${JSON.stringify(updated, null, 2)}\n` }], {
    inputs: [scenarioPath, eventsPath],
    force: false,
    createDirectories: false,
    replaceHint: 'choose another --out; an existing file is never replaced',
  });
  return { path: target, ...vendorBid(document, option) };
}

async function writeReconciliationXlsx(
  path: string,
  eventsPath: string | undefined,
  input: Omit<ReconciliationExport, 'exportDate' | 'version'>,
): Promise<void> {
  const [{ exportMeta }, { writeXlsx }] = await Promise.all([
    import('./export'),
    import('../../export/write-xlsx'),
  ]);
  const bytes = await writeXlsx(reconciliationWorkbookModel({ ...input, ...exportMeta() }));
  writeOutputs([{ path, data: bytes }], {
    inputs: eventsPath === undefined ? [] : [eventsPath],
    force: false,
    createDirectories: false,
    replaceHint: 'choose another --xlsx; an existing file is never replaced',
  });
}

export async function run(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...RECONCILE_ARGUMENT_OPTIONS,
    json: { type: 'boolean' },
    engine: { type: 'string', default: 'js' },
    url: { type: 'string' },
    table: { type: 'string' },
    xlsx: { type: 'string' },
    currency: { type: 'string', default: 'USD' },
    'apply-to': { type: 'string' },
    option: { type: 'string' },
    out: { type: 'string' },
    ranges: { type: 'boolean' },
    preset: { type: 'string' },
  });
  const file = positionals[0];
  if (!(ENGINES as readonly string[]).includes(values.engine))
    throw new InputError(`--engine must be one of ${ENGINES.join(', ')}, got "${values.engine}"`);
  if (values['apply-to'] !== undefined && values.option === undefined)
    throw new InputError('--apply-to needs --option NAME (the vendor option to update)');
  if (values.ranges && values['apply-to'] === undefined)
    throw new InputError('--ranges needs --apply-to SCENARIO --option NAME (the copy it writes)');
  if (!/^[A-Z]{3}$/.test(values.currency))
    throw new InputError(`--currency must be a three-letter ISO code, got "${values.currency}"`);
  const given = givenReconcileArguments(values);
  const settings = await asReconcileInput(() =>
    readReconcileArguments(
      values.preset === undefined ? given : presetArguments(values.preset, given, file),
      reconcileFlag,
    ),
  );
  const source = { engine: values.engine, file, url: values.url, table: values.table };
  const { counts, clauses, ruleBesideBilled, periodColumn, periodNote } = await asReconcileInput(
    () => countEvents(source, settings),
  );
  if (periodNote) io.err(`note: ${periodNote}`);
  const reconciliation = reconcileCounts(counts, settings.price, settings.tolerance, clauses);
  const vendorCount =
    settings.vendorDefinition === undefined
      ? { from: 'billed flag', column: settings.billedColumn }
      : ruleBesideBilled
        ? {
            from: 'billed flag',
            column: settings.billedColumn,
            ruleTested: settings.vendorDefinition,
          }
        : { from: 'vendor rule', rule: settings.vendorDefinition };
  const { drift, verdict, problem } = readDrift(counts);
  if (problem !== null && values.ranges) throw new InputError(`--ranges: ${problem}`);
  if (problem !== null && values['apply-to'] !== undefined) throw new InputError(problem);
  // set by `change` when the copy is written
  let ranges = null as RangesReport | null;
  const change = (document: unknown) => {
    if (!values.ranges)
      return applyMeasuredOvercount(document, values.option!, overcountToApply(drift!, verdict));
    const withRanges = applyCalibratedRanges(
      document,
      values.option!,
      calibratedRanges(drift!, counts),
    );
    ranges = withRanges.report;
    return withRanges.document;
  };
  const applied =
    values['apply-to'] !== undefined && drift
      ? await asReconcileInput(() =>
          applyDrift(values['apply-to']!, file, values.option!, values.out, change),
        )
      : null;
  // with --ranges the measured drift is written as the range's mean, so there is no kept drift to warn of
  const warning =
    applied && !values.ranges && driftNotAppliedWarning(applied.index, values.option!, verdict);
  if (warning) io.err(`warning: ${warning}`);
  if (values.xlsx !== undefined)
    await writeReconciliationXlsx(values.xlsx, file, {
      reconciliation,
      definition: settings.definition,
      source: file ?? `${values.table} at ${redactedUrl(values.url ?? '')}`,
      currency: values.currency,
    });
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          definition: settings.definition,
          currency: values.currency,
          engine: values.engine,
          preset: values.preset ?? null,
          vendorCount,
          periodColumn: periodColumn ?? settings.periodColumn,
          notes: periodNote ? [periodNote] : [],
          ...reconciliation,
          drift,
          ...verdict,
          written: applied?.path ?? null,
          ranges: ranges && { ...ranges, cannotTell: rangesCannotTell(ranges, verdict) },
        },
        null,
        2,
      ),
    );
  } else {
    const rows = [...reconciliation.months, reconciliation.total].map((p) =>
      periodCells(p, values.currency),
    );
    io.out(textTable(reconciliationHeader(), rows));
    io.out('');
    io.out(reconciliationSummary(reconciliation, drift, values.currency, verdict).join('\n'));
    if (applied && ranges) {
      io.out(rangesHeadline(ranges, applied.path, values['apply-to']!));
      io.out(rangesLines(ranges, verdict).join('\n'));
    } else if (applied)
      io.out(
        appliedSentence({
          written: applied.path,
          scenarioPath: values['apply-to']!,
          option: values.option!,
          measured: overcountToApply(drift!, verdict),
          keptDrift: applied.driftAnnual,
          verdict,
        }),
      );
    if (settings.vendorDefinition !== undefined && !ruleBesideBilled)
      io.out(
        `The vendor count is the vendor's stated rule \`${settings.vendorDefinition}\` (the export has no ${settings.billedColumn} column).`,
      );
    if (ruleBesideBilled) {
      const rule = vendorRuleTable([...reconciliation.months, reconciliation.total]);
      io.out('');
      io.out(`The vendor's stated rule \`${settings.vendorDefinition}\` against the billed flag:`);
      io.out(textTable(rule.header, rule.rows));
    }
    const byClause = clauseTable(reconciliation.total, settings.price, values.currency);
    io.out('');
    io.out(clauseHeadline(reconciliation.total, values.currency));
    io.out(textTable(byClause.header, byClause.rows));
  }
  return EXIT_OK;
}
