import {
  accountingView,
  capitalizationOf,
  type Accounting,
  type AccountingLines,
} from './accounting';
import { breakevenAfterHorizon, breakevenMonth, extendedTotals } from './breakeven';
import { amortizationMonthsOf, crossoverOf, crossoverSearchLimit } from './crossover/crossover';
import { baselineNpv, baselineTotal, demandSeries } from './demand';
import { switchFields, type SwitchFields } from './options/switch-fields';
import type { DemandSeries } from './options/demand-series';
import { NO_OVERCOUNT_FIGURES, overcountFigures } from './overcount';
import { discounted, discountFactors } from './npv';
import { vendorTerms, type VendorTerms } from './pricing/terms';
import { scheduleFor } from './options/schedule-for';
import { ruleOfThumbVerdict, type Verdict } from './rule-of-thumb';
import { SCHEDULE_COLUMNS, scheduleIn, sum, type Schedule } from './schedule';
import type { OptionSpec, ScenarioModel } from './model';

export interface OptionSummary {
  name: string;
  kind: OptionSpec['kind'];
  totalCost: number;
  npv: number;
  trueOutcomes: number;
  vendorCountedOutcomes: number;
  /** Vendor charges per buyer-defined outcome; null for non-vendors and when there is no outcome. */
  effectivePricePerOutcome: number | null;
  costPerContact: number | null;
  savingsVsStatusQuo: number;
  /** Vendors only: the rule-of-thumb verdict from month H volume and the effective price. */
  ruleOfThumb: Verdict | null;
  /**
   * Vendors billed per outcome with drift: the fair drift discount on the count as billed
   * (DOMAIN.md); null otherwise.
   */
  driftDiscount: number | null;
  /** Vendors: the first month the vendor counts every contact as an outcome; null when never. */
  saturatedFromMonth: number | null;
  /** Vendors: what billing on the vendor's count costs over billing on the true count (0 without overcount). */
  overcountCost: number | null;
  overcountNpv: number | null;
  /** Vendors billed per outcome at a flat price: the price per counted outcome to ask for. */
  priceToAsk: number | null;
  schedule: Schedule;
  /** The P&L beside the cash (DOMAIN.md "Accounting view"). */
  accounting: Accounting;
}

/** A switch option's result also carries its switch month and the best one (DOMAIN.md). */
export type OptionResult = OptionSummary & Partial<SwitchFields>;

export interface Comparison {
  build: string;
  vendor: string;
  breakevenMonth: number | null;
  /** When there is no breakeven within the horizon: the first one after it, by month 240 (DOMAIN.md). */
  breakevenAfterHorizon: number | null;
  crossoverContactsPerMonth: number | null;
  /** The volume above which the build stays cheaper up to the search limit (DOMAIN.md). */
  buildCheaperThroughout: number | null;
  /** The vendor's rule-of-thumb verdict, shown beside the exact crossover. */
  ruleOfThumb: Verdict;
}

export interface ScenarioResult {
  scenario: string;
  currency: string;
  horizonMonths: number;
  options: OptionResult[];
  comparisons: Comparison[];
  /** Option names by NPV, lowest first. */
  ranking: string[];
  statusQuoTotalCost: number;
  /** Every contact handled by people, in NPV (whether or not a status-quo option is listed). */
  statusQuoNpv: number;
}

/** The demand's three series and the discount factors. */
const DEMAND_COLUMNS = 4;
/** Per option, its schedule's columns and its P&L's two. */
const COLUMNS_PER_OPTION = SCHEDULE_COLUMNS + 2;

/** Evaluates a validated scenario: every option month by month, then the comparisons. */
export function evaluateScenario(scenario: ScenarioModel): ScenarioResult {
  const H = scenario.horizonMonths;
  const specs = scenario.options;
  // every monthly column of the evaluation from one buffer, each line a column of its own: the
  // demand's three series, the discount factors, then per option its schedule and its P&L
  // and last a scratch schedule: each vendor's bid counted exactly, in turn (overcount.ts)
  const optionColumns = DEMAND_COLUMNS + specs.length * COLUMNS_PER_OPTION;
  const buffer = new ArrayBuffer((optionColumns + SCHEDULE_COLUMNS) * H * 8);
  const scratch = scheduleIn(buffer, optionColumns, H);
  const column = (k: number) => new Float64Array(buffer, k * H * 8, H);
  const demand = demandSeries(scenario, {
    contacts: column(0),
    humanCost: column(1),
    wageFactor: column(2),
  });
  const { contacts, humanCost } = demand;
  const factors = discountFactors(scenario.discountRateAnnual, column(3));
  const statusQuoTotalCost = baselineTotal(contacts, humanCost);
  const totalContacts = sum(contacts);
  // each vendor's terms read once, for its schedule and its crossovers
  const terms = specs.map((option) => (option.kind === 'vendor' ? vendorTerms(option) : undefined));

  const options: OptionResult[] = [];
  for (let o = 0; o < specs.length; o++) {
    const option = specs[o];
    const first = DEMAND_COLUMNS + o * COLUMNS_PER_OPTION;
    const schedule = scheduleFor(option, demand, scheduleIn(buffer, first, H), specs, terms[o]);
    const lines: AccountingLines = {
      amortization: column(first + SCHEDULE_COLUMNS),
      expense: column(first + SCHEDULE_COLUMNS + 1),
    };
    const capitalization = capitalizationOf(option, specs);
    const accounting = accountingView(schedule, capitalization, mayPrepay(option), lines);
    const result = optionResult(scenario, option, terms[o], schedule, accounting, demand, factors, {
      statusQuoTotalCost,
      totalContacts,
      scratch,
    });
    options.push(
      option.kind === 'switch'
        ? Object.assign(result, switchFields(option, scenario, demand))
        : result,
    );
  }

  return {
    scenario: scenario.name,
    currency: scenario.currency,
    horizonMonths: H,
    options,
    comparisons: comparisonsOf(scenario, options, terms, crossoverSearchLimit(contacts[0])),
    ranking: rankByNpv(options),
    statusQuoTotalCost,
    statusQuoNpv: baselineNpv(contacts, humanCost, factors),
  };
}

/** Whether an option can hold prepaid credit: a vendor prepaying, or a switch (its vendor may). */
function mayPrepay(option: OptionSpec): boolean {
  return (
    option.kind === 'switch' || (option.kind === 'vendor' && option.charges.prepaid !== undefined)
  );
}

/** An option's figures, read off its schedule and its P&L. */
function optionResult(
  scenario: ScenarioModel,
  option: OptionSpec,
  terms: VendorTerms | undefined,
  schedule: Schedule,
  accounting: Accounting,
  demand: DemandSeries,
  discountFactors: ArrayLike<number>,
  totals: { statusQuoTotalCost: number; totalContacts: number; scratch: Schedule },
): OptionResult {
  const H = scenario.horizonMonths;
  const totalCost = accounting.total.cash; // the sum of total[m]
  const trueOutcomes = sum(schedule.trueOutcomes);
  const isVendor = option.kind === 'vendor';
  const perOutcome =
    isVendor && trueOutcomes > 0 ? sum(schedule.vendorCharges) / trueOutcomes : null;
  const effectivePricePerOutcome =
    perOutcome !== null && Number.isFinite(perOutcome) ? perOutcome : null;
  return {
    name: option.name,
    kind: option.kind,
    totalCost,
    npv: discounted(schedule.total, discountFactors),
    trueOutcomes,
    vendorCountedOutcomes: option.kind === 'status-quo' ? 0 : sum(schedule.vendorCountedOutcomes),
    effectivePricePerOutcome,
    costPerContact: totals.totalContacts > 0 ? totalCost / totals.totalContacts : null,
    savingsVsStatusQuo: totals.statusQuoTotalCost - totalCost,
    ruleOfThumb: isVendor
      ? ruleOfThumbVerdict(
          schedule.vendorCountedOutcomes[H - 1],
          effectivePricePerOutcome,
          scenario.ruleOfThumb,
        )
      : null,
    ...(isVendor
      ? overcountFigures(option, terms!, schedule, demand, discountFactors, totals.scratch)
      : NO_OVERCOUNT_FIGURES),
    schedule,
    accounting,
  };
}

/** Every build against every vendor, in file order: breakeven, crossovers, rule of thumb. */
function comparisonsOf(
  scenario: ScenarioModel,
  options: readonly OptionResult[],
  terms: readonly (VendorTerms | undefined)[],
  maxVolume: number,
): Comparison[] {
  const comparisons: Comparison[] = [];
  const specs = scenario.options;
  const extended = extendedTotals(scenario, terms);
  for (let b = 0; b < specs.length; b++) {
    const build = specs[b];
    if (build.kind !== 'build') continue;
    const amortizationMonths = amortizationMonthsOf(build);
    for (let v = 0; v < specs.length; v++) {
      const vendor = specs[v];
      if (vendor.kind !== 'vendor') continue;
      const crossings = crossoverOf(build, terms[v]!, {
        humanCostPerContact: scenario.humanCostPerContact,
        amortizationMonths,
        maxVolume,
      });
      const breakeven = breakevenMonth(options[b].schedule.total, options[v].schedule.total);
      // it schedules both options over 240 months, four times a 60-month scenario's work: done
      // when first read (every face that shows it reads it), once
      let afterHorizon: number | null | undefined = breakeven === null ? undefined : null;
      comparisons.push({
        build: build.name,
        vendor: vendor.name,
        breakevenMonth: breakeven,
        get breakevenAfterHorizon() {
          if (afterHorizon === undefined)
            afterHorizon = breakevenAfterHorizon(scenario.horizonMonths, extended(b), extended(v));
          return afterHorizon;
        },
        crossoverContactsPerMonth: crossings.crossover,
        buildCheaperThroughout: crossings.buildCheaperThroughout,
        ruleOfThumb: options[v].ruleOfThumb as Verdict,
      });
    }
  }
  return comparisons;
}

/** Option names by NPV, lowest first, in file order on ties (an insertion sort: a few options). */
function rankByNpv(options: readonly OptionResult[]): string[] {
  const order: number[] = [];
  for (let i = 0; i < options.length; i++) {
    let j = order.length;
    order.push(i);
    for (; j > 0 && options[order[j - 1]].npv > options[i].npv; j--) order[j] = order[j - 1];
    order[j] = i;
  }
  const names: string[] = [];
  for (let k = 0; k < order.length; k++) names.push(options[order[k]].name);
  return names;
}
