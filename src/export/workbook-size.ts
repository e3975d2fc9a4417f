import type { Scenario } from '../scenario/schema';

/** Exports beyond this many cells are refused up front (about 30 s and 600 MB to write). */
export const MAX_WORKBOOK_CELLS = 250_000;
/** Schedule: the timeline's columns in every month. */
export const TIMELINE_LINES = 5;
/** Crossover sheet and Summary: each build against each vendor. */
export const CELLS_PER_COMPARISON = 110;

export interface WorkbookSize {
  months: number;
  options: number;
  builds: number;
  vendors: number;
  /** Schedule columns in each month, over every option and the timeline. */
  monthlyLines: number;
  cells: number;
}

/**
 * The Schedule columns an option writes each month: a vendor bid 16 plus those its terms add
 * (a class's weight each and the blended price, the year-to-date units, the phase factor, the
 * lock, the prepaid balance), a build 8, the status quo 2, a switch 13 (18 from prepaid credit).
 */
export function monthlyLinesOf(option: Scenario['options'][number], scenario: Scenario): number {
  switch (option.kind) {
    case 'status-quo':
      return 2;
    case 'build':
      return 8;
    case 'switch': {
      const vendor = scenario.options.find((o) => o.name === option.vendor);
      return vendor?.kind === 'vendor' && vendor.charges.prepaid ? 18 : 13;
    }
    case 'vendor': {
      const c = option.charges;
      return (
        16 +
        (c.classes ? c.classes.length + 1 : 0) +
        (c.tierBasis === 'year-to-date' ? 1 : 0) +
        (c.phases ? 1 : 0) +
        (c.priceLock ? 2 : 0) +
        (c.prepaid ? 7 : 0)
      );
    }
  }
}

/** The cells a board workbook will hold, estimated from the scenario before anything is built. */
export function workbookSize(scenario: Scenario): WorkbookSize {
  const count = (kind: string) => scenario.options.filter((o) => o.kind === kind).length;
  const builds = count('build');
  const vendors = count('vendor');
  const months = scenario.horizonMonths;
  const options = scenario.options.length;
  const monthlyLines =
    TIMELINE_LINES + scenario.options.reduce((n, o) => n + monthlyLinesOf(o, scenario), 0);
  const cells = months * monthlyLines + builds * vendors * CELLS_PER_COMPARISON;
  return { months, options, builds, vendors, monthlyLines, cells };
}

/** Why a workbook is too large to export, naming the limit and how it is counted; null when it is not. */
export function workbookSizeProblem(scenario: Scenario): string | null {
  const size = workbookSize(scenario);
  if (size.cells <= MAX_WORKBOOK_CELLS) return null;
  const n = (v: number) => v.toLocaleString('en-US');
  return (
    `the workbook would hold about ${n(size.cells)} cells, more than the limit of ${n(MAX_WORKBOOK_CELLS)}: ` +
    `${n(size.months)} months x ${n(size.monthlyLines)} lines a month (Schedule: ${n(size.options)} options, a vendor bid 16 to 40 lines by its terms, a build 8) + ` +
    `${n(size.builds)} builds x ${n(size.vendors)} vendors x ${CELLS_PER_COMPARISON} (Crossover; comparisons grow as builds x vendors). ` +
    'Shorten horizonMonths, or split the options across scenario files'
  );
}
