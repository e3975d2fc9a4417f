import type { Schedule } from './schedule';
import type { OptionSpec } from './model';
import { contractYear } from './time';

/** A capitalised build: K = s * buildCost, amortised straight line over L months from go-live. */
export interface Capitalization {
  /** s: the share of the build spend booked as an asset. */
  share: number;
  /** K = s * buildCost. */
  amount: number;
  /** B: the build's buildMonths; amortisation runs over months B + 1 .. B + L. */
  buildMonths: number;
  /** L: useful life in months. */
  usefulLifeMonths: number;
}

export interface AccountingTotals {
  /** Sum of total[m]: what leaves the bank. */
  cash: number;
  /** Sum of expense[m]: the P&L cost. */
  expense: number;
  amortization: number;
  /** expense - amortization: the cost above EBITDA. */
  ebitdaCost: number;
}

export interface AccountingYear extends AccountingTotals {
  /** Contract year y = ceil(m / 12); the last may be partial. */
  year: number;
}

export interface Accounting {
  /** Per month (index 0 is month 1). */
  amortization: Float64Array;
  expense: Float64Array;
  years: AccountingYear[];
  total: AccountingTotals;
  /** K - the amortisation charged over 1..H. */
  bookValueAtHorizon: number;
}

/**
 * What an option capitalises: a build its own share of its build cost; an option that embeds a
 * build (a switch) the share of the build it names; status quo and vendors nothing.
 */
export function capitalizationOf(
  option: OptionSpec,
  options: readonly OptionSpec[],
): Capitalization | null {
  const named = option as { kind: string; build?: unknown };
  const build =
    option.kind === 'build'
      ? option
      : typeof named.build === 'string'
        ? options.find((o) => o.kind === 'build' && o.name === named.build)
        : undefined;
  if (!build || build.kind !== 'build' || build.capitalizedShare === 0) return null;
  return {
    share: build.capitalizedShare,
    amount: build.capitalizedShare * build.buildCost,
    buildMonths: build.buildMonths,
    usefulLifeMonths: build.usefulLifeMonths,
  };
}

/** The zeroed columns an option's P&L is written into. */
export interface AccountingLines {
  amortization: Float64Array;
  expense: Float64Array;
}

/**
 * The P&L beside the cash (DOMAIN.md "Accounting view"): the capitalised share of the build spend
 * leaves the P&L and returns as straight-line amortisation; a prepayment is an asset drawn down
 * as it is consumed and written off when it expires; everything else is expense as incurred.
 * `prepays`: whether the option can hold prepaid credit (else, with nothing capitalised, the P&L
 * is the cash).
 */
export function accountingView(
  schedule: Schedule,
  capitalization: Capitalization | null,
  prepays: boolean,
  lines: AccountingLines = {
    amortization: new Float64Array(schedule.total.length),
    expense: new Float64Array(schedule.total.length),
  },
): Accounting {
  const months = schedule.total.length;
  const { total: cash, buildSpend, prepayment, prepaidDrawn, prepaidExpired } = schedule;
  const { amortization, expense } = lines;
  if (!capitalization && !prepays) return cashAccounting(cash, lines);
  const s = capitalization?.share ?? 0;
  const perMonth = capitalization ? capitalization.amount / capitalization.usefulLifeMonths : 0;
  const from = capitalization ? capitalization.buildMonths : 0;
  const to = capitalization ? from + capitalization.usefulLifeMonths : 0;
  const years: AccountingYear[] = [];
  // sums in locals, objects built once their sums are known (a double written into a field that
  // started as 0 makes V8 change the object's shape, every object again)
  let totalCash = 0;
  let totalExpense = 0;
  let totalAmortization = 0;
  for (let start = 0; start < months; start += 12) {
    let yearCash = 0;
    let yearExpense = 0;
    let yearAmortization = 0;
    const end = Math.min(start + 12, months);
    for (let i = start; i < end; i++) {
      const m = i + 1;
      const a = m > from && m <= to ? perMonth : 0;
      if (capitalization) amortization[i] = a; // (else 0, as the column already holds)
      expense[i] =
        cash[i] - s * buildSpend[i] + a - prepayment[i] + prepaidDrawn[i] + prepaidExpired[i];
      yearCash += cash[i];
      yearExpense += expense[i];
      yearAmortization += a;
      totalCash += cash[i];
      totalExpense += expense[i];
      totalAmortization += a;
    }
    years.push(accountingYear(start, yearCash, yearExpense, yearAmortization));
  }
  const total: AccountingTotals = {
    cash: totalCash,
    expense: totalExpense,
    amortization: totalAmortization,
    ebitdaCost: totalExpense - totalAmortization,
  };
  return {
    amortization,
    expense,
    years,
    total,
    bookValueAtHorizon: (capitalization?.amount ?? 0) - total.amortization,
  };
}

/** The P&L of an option that capitalises and prepays nothing: its expense is its cash. */
function cashAccounting(cash: Float64Array, lines: AccountingLines): Accounting {
  const months = cash.length;
  const { amortization, expense } = lines;
  expense.set(cash);
  const years: AccountingYear[] = [];
  let total = 0; // month by month, as the general view sums
  for (let start = 0; start < months; start += 12) {
    let year = 0;
    const end = Math.min(start + 12, months);
    for (let i = start; i < end; i++) {
      year += cash[i];
      total += cash[i];
    }
    years.push(accountingYear(start, year, year, 0));
  }
  return {
    amortization,
    expense,
    years,
    total: { cash: total, expense: total, amortization: 0, ebitdaCost: total },
    bookValueAtHorizon: 0,
  };
}

function accountingYear(
  start: number,
  cash: number,
  expense: number,
  amortization: number,
): AccountingYear {
  return {
    year: contractYear(start + 1),
    cash,
    expense,
    amortization,
    ebitdaCost: expense - amortization,
  };
}
