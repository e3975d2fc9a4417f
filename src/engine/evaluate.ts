import {
  accountingView,
  capitalizationOf,
  type Accounting,
  type Capitalization,
} from './accounting';
import { breakevenMonth } from './breakeven';
import {
  amortizationMonthsOf,
  crossoverSearchLimit,
  crossoverVolumes,
} from './crossover/crossover';
import { baselineTotal, contactsSeries, humanCostSeries } from './demand';
import { switchFields, type SwitchFields } from './options/switch-fields';
import { driftDiscount } from './drift';
import { scheduleSums } from './schedule-sums';
import { vendorTerms, type VendorTerms } from './pricing/terms';
import { scheduleFor } from './options/schedule-for';
import { ruleOfThumbVerdict, type Verdict } from './rule-of-thumb';
import { evaluationColumns } from './evaluation-columns';
import { SCHEDULE_FIELDS, sum, ZERO_COLUMN, zeroedSchedule, type Schedule } from './schedule';
import { scheduleLayout } from './options/written-fields';
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
  /** Vendors with drift: the fair discount over the horizon at the scenario's growth. */
  driftDiscount: number | null;
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
}

const PREPAYMENT = SCHEDULE_FIELDS.indexOf('prepayment');

/**
 * Evaluates a validated scenario: every option month by month, then the comparisons. Given a
 * `previous` result that the caller no longer reads, its memory is written again (its monthly
 * columns then hold this evaluation's numbers): a caller evaluating many scenarios in turn for a
 * few figures each saves allocating every result's columns anew.
 */
export function evaluateScenario(
  scenario: ScenarioModel,
  previous?: ScenarioResult,
): ScenarioResult {
  const H = scenario.horizonMonths;
  const count = scenario.options.length;
  // every column of the evaluation from one buffer: the demand, per option the schedule lines it
  // writes and the accounting lines; what stays 0 shares one zero column
  const layouts: (readonly number[])[] = [];
  // each vendor's terms read once, for its schedule and its crossovers
  const terms: (VendorTerms | undefined)[] = [];
  const capitalizations: (Capitalization | null)[] = [];
  const amortizes: boolean[] = [];
  const ownExpense: boolean[] = [];
  for (let o = 0; o < count; o++) {
    const option = scenario.options[o];
    const layout = scheduleLayout(option);
    const capitalization = capitalizationOf(option, scenario.options);
    layouts.push(layout);
    terms.push(option.kind === 'vendor' ? vendorTerms(option) : undefined);
    capitalizations.push(capitalization);
    amortizes.push(capitalization !== null);
    // without a capitalised build or prepaid credit the P&L expense is the cash, column and all
    ownExpense.push(capitalization !== null || layout[PREPAYMENT] !== ZERO_COLUMN);
  }
  const columns = evaluationColumns(
    { months: H, layouts, amortizes, ownExpense },
    previous?.options[0]?.schedule.total.buffer,
  );
  const contacts = contactsSeries(scenario, columns.contacts);
  const humanCost = humanCostSeries(scenario, columns.humanCost);
  const demand = { contacts, humanCost };
  const statusQuoTotalCost = baselineTotal(contacts, humanCost);
  const totalContacts = sum(contacts);

  const options: OptionResult[] = [];
  for (let o = 0; o < count; o++) {
    const option = scenario.options[o];
    const schedule = scheduleFor(
      option,
      demand,
      zeroedSchedule(columns.schedules[o]),
      scenario.options,
      terms[o],
    );
    const accounting = accountingView(
      schedule,
      capitalizations[o],
      columns.amortization[o],
      columns.expense[o] ?? schedule.total,
    );
    const result = optionResult(scenario, option, schedule, accounting, {
      statusQuoTotalCost,
      totalContacts,
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
  };
}

/** An option's figures, read off its schedule and its P&L. */
function optionResult(
  scenario: ScenarioModel,
  option: OptionSpec,
  schedule: Schedule,
  accounting: Accounting,
  demand: { statusQuoTotalCost: number; totalContacts: number },
): OptionResult {
  const H = scenario.horizonMonths;
  const totalCost = accounting.total.cash; // the sum of total[m]
  const sums = scheduleSums(schedule, scenario.discountRateAnnual);
  const trueOutcomes = sums.trueOutcomes;
  const isVendor = option.kind === 'vendor';
  const perOutcome = isVendor && trueOutcomes > 0 ? sums.vendorCharges / trueOutcomes : null;
  const effectivePricePerOutcome =
    perOutcome !== null && Number.isFinite(perOutcome) ? perOutcome : null;
  return {
    name: option.name,
    kind: option.kind,
    totalCost,
    npv: sums.npv,
    trueOutcomes,
    vendorCountedOutcomes: option.kind === 'status-quo' ? 0 : sums.vendorCountedOutcomes,
    effectivePricePerOutcome,
    costPerContact: demand.totalContacts > 0 ? totalCost / demand.totalContacts : null,
    savingsVsStatusQuo: demand.statusQuoTotalCost - totalCost,
    ruleOfThumb: isVendor
      ? ruleOfThumbVerdict(
          schedule.vendorCountedOutcomes[H - 1],
          effectivePricePerOutcome,
          scenario.ruleOfThumb,
        )
      : null,
    driftDiscount:
      isVendor && option.overcount.driftAnnual !== 0
        ? driftDiscount(
            option.overcount.driftAnnual,
            H,
            scenario.demand.contactsByMonth ? 0 : scenario.demand.growthAnnual,
          )
        : null,
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
  for (let b = 0; b < specs.length; b++) {
    const build = specs[b];
    if (build.kind !== 'build') continue;
    const amortizationMonths = amortizationMonthsOf(build, scenario.horizonMonths);
    for (let v = 0; v < specs.length; v++) {
      const vendor = specs[v];
      if (vendor.kind !== 'vendor') continue;
      const crossings = crossoverVolumes(
        build,
        vendor,
        scenario.humanCostPerContact,
        amortizationMonths,
        maxVolume,
        terms[v],
      );
      comparisons.push({
        build: build.name,
        vendor: vendor.name,
        breakevenMonth: breakevenMonth(options[b].schedule.total, options[v].schedule.total),
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
