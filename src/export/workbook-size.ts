import type { Scenario } from '../index';

/** Exports beyond this many cells are refused up front (about 30 s and 600 MB to write). */
export const MAX_WORKBOOK_CELLS = 250_000;
/** Schedule: one row of lines per option and month. */
export const CELLS_PER_OPTION_MONTH = 17;
/** Crossover sheet and Summary: each build against each vendor. */
export const CELLS_PER_COMPARISON = 110;

export interface WorkbookSize {
  months: number;
  options: number;
  builds: number;
  vendors: number;
  cells: number;
}

/** The cells a board workbook will hold, estimated from the scenario before anything is built. */
export function workbookSize(scenario: Scenario): WorkbookSize {
  const count = (kind: string) => scenario.options.filter((o) => o.kind === kind).length;
  const builds = count('build');
  const vendors = count('vendor');
  const months = scenario.horizonMonths;
  const options = scenario.options.length;
  const cells = months * options * CELLS_PER_OPTION_MONTH + builds * vendors * CELLS_PER_COMPARISON;
  return { months, options, builds, vendors, cells };
}

/** Why a workbook is too large to export, naming the limit and how it is counted; null when it is not. */
export function workbookSizeProblem(scenario: Scenario): string | null {
  const size = workbookSize(scenario);
  if (size.cells <= MAX_WORKBOOK_CELLS) return null;
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    `the workbook would hold about ${n(size.cells)} cells, more than the limit of ${n(MAX_WORKBOOK_CELLS)}: ` +
    `${n(size.months)} months x ${n(size.options)} options x ${CELLS_PER_OPTION_MONTH} (Schedule) + ` +
    `${n(size.builds)} builds x ${n(size.vendors)} vendors x ${CELLS_PER_COMPARISON} (Crossover; comparisons grow as builds x vendors). ` +
    'Shorten horizonMonths, or split the options across scenario files'
  );
}
