import type { Scenario, ScenarioResult } from '../index';
import { booksDifferFromCash } from '../analysis/accounting-ranking';
import { accountingSheet } from './accounting-sheet';
import { crossoverSheet } from './crossover-sheet';
import { definitionsSheet } from './definitions-sheet';
import { inputsSheet } from './inputs-sheet';
import { scheduleSheet } from './schedule-sheet';
import { summarySheet, type ExportMeta } from './summary-sheet';
import type { WorkbookModel } from './workbook-model';

export type { ExportMeta } from './summary-sheet';

/**
 * The board workbook as plain data: Summary, Inputs, Schedule, Crossover and Definitions, every
 * figure a native formula over Inputs with the engine's value as its cached result.
 */
export function buildWorkbookModel(
  scenario: Scenario,
  result: ScenarioResult,
  meta: ExportMeta,
): WorkbookModel {
  const inputs = inputsSheet(scenario);
  const schedule = scheduleSheet(scenario, result, inputs.refs);
  const crossover = crossoverSheet(scenario, result, inputs.refs);
  const summary = summarySheet(scenario, result, meta, inputs.refs, schedule.refs, crossover.refs);
  // The Accounting sheet when the P&L differs from the cash (a capitalised build, prepaid credit).
  const accounting = booksDifferFromCash(result)
    ? [accountingSheet(scenario, result, inputs.refs, schedule.refs)]
    : [];
  return {
    sheets: [
      summary.sheet,
      inputs.sheet,
      schedule.sheet,
      crossover.sheet,
      ...accounting,
      definitionsSheet(),
    ],
    charts: [summary.chart],
  };
}
