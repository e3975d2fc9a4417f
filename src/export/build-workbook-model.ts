import type { Scenario } from '../scenario/schema';
import type { ScenarioResult } from '../engine/evaluate';
import { booksDifferFromCash } from '../analysis/accounting-ranking';
import { accountingSheet } from './accounting-sheet';
import { changesSheet, type WorkbookCompare } from './changes-sheet';
import { crossoverSheet } from './crossover-sheet';
import { definitionsSheet } from './definitions-sheet';
import { layOutSheet } from './lay-out-sheet';
import { reconciliationSheet, type BoardReconciliation } from './reconciliation-workbook';
import { riskSheet } from './risk-sheet';
import { riskReport } from '../uncertainty/risk-report';
import { inputsSheet } from './inputs-sheet';
import { scheduleSheet } from './schedule-sheet';
import { summarySheet, type ExportMeta } from './summary-sheet';
import type { WorkbookModel } from './workbook-model';

export type { ExportMeta } from './summary-sheet';
export type { WorkbookCompare } from './changes-sheet';
export type { BoardReconciliation } from './reconciliation-workbook';

/** What a board workbook may add to its five sheets. */
export interface WorkbookExtras {
  /** The Changes sheet, with `export --compare OLD.json`. */
  compare?: WorkbookCompare;
  /** The Reconciliation sheet, with `export --reconciliation R.json`. */
  reconciliation?: BoardReconciliation;
}

/**
 * The board workbook as plain data: Summary, Inputs, Schedule, Crossover and Definitions, every
 * figure a native formula over Inputs with the engine's value as its cached result, each sheet
 * sized and set up to print.
 */
export function buildWorkbookModel(
  scenario: Scenario,
  result: ScenarioResult,
  meta: ExportMeta,
  extras: WorkbookExtras = {},
): WorkbookModel {
  const inputs = inputsSheet(scenario, result);
  const schedule = scheduleSheet(scenario, result, inputs.refs);
  const crossover = crossoverSheet(scenario, result, inputs.refs);
  // With ranges, the simulation runs once for the Summary's line and the Risk sheet.
  const risk = scenario.uncertainty ? riskReport(scenario) : undefined;
  const summary = summarySheet(
    scenario,
    result,
    meta,
    inputs.refs,
    schedule.refs,
    crossover.refs,
    risk,
  );
  // The Accounting sheet when the P&L differs from the cash (a capitalised build, prepaid credit).
  const accounting = booksDifferFromCash(result)
    ? [accountingSheet(scenario, result, inputs.refs, schedule.refs)]
    : [];
  const { compare, reconciliation } = extras;
  const sheets = [
    summary,
    inputs.sheet,
    schedule.sheet,
    crossover.sheet,
    ...accounting,
    ...(compare ? [changesSheet(scenario, result, compare, inputs.refs, schedule.refs)] : []),
    ...(risk ? [riskSheet(scenario, risk)] : []),
    ...(reconciliation
      ? [reconciliationSheet({ ...reconciliation, currency: scenario.currency, ...meta })]
      : []),
    definitionsSheet(scenario, result),
  ];
  return { sheets: sheets.map(layOutSheet), title: scenario.name };
}
