import type { ScenarioModel } from './model';
import type { DemandSeries } from './options/demand-series';
import { monthlyStep } from './time';

/** Contacts per month: the explicit series when given, else C0 grown at G. */
export function contactsSeries(
  scenario: ScenarioModel,
  out: Float64Array = new Float64Array(scenario.horizonMonths),
): Float64Array {
  const { horizonMonths, demand } = scenario;
  if (demand.contactsByMonth) {
    for (let m = 0; m < horizonMonths; m++) out[m] = demand.contactsByMonth[m];
    return out;
  }
  return grownSeries(demand.contactsPerMonth ?? 0, demand.growthAnnual, out);
}

/** C0: the series' first entry when a series is given (whatever contactsPerMonth says), else C0. */
export function monthOneContacts(scenario: ScenarioModel): number {
  const { demand } = scenario;
  return demand.contactsByMonth ? (demand.contactsByMonth[0] ?? 0) : (demand.contactsPerMonth ?? 0);
}

/** f_W(m): the growth of wages since month 1 (what a contract baseline per contact grows by). */
export function wageFactorSeries(
  scenario: ScenarioModel,
  out: Float64Array = new Float64Array(scenario.horizonMonths),
): Float64Array {
  return grownSeries(1, scenario.wageInflationAnnual, out);
}

/** The demand's series as columns of their own. */
export interface DemandColumns extends DemandSeries {
  contacts: Float64Array;
  humanCost: Float64Array;
  wageFactor: Float64Array;
}

/** The demand every option is priced against (new columns, or written into `columns`). */
export function demandSeries(scenario: ScenarioModel, columns?: DemandColumns): DemandColumns {
  return {
    contacts: contactsSeries(scenario, columns?.contacts),
    humanCost: humanCostSeries(scenario, columns?.humanCost),
    wageFactor: wageFactorSeries(scenario, columns?.wageFactor),
  };
}

/** Fully loaded human cost per contact, inflated at W (h0 times wageFactorSeries, to the bit). */
export function humanCostSeries(
  scenario: ScenarioModel,
  out: Float64Array = new Float64Array(scenario.horizonMonths),
): Float64Array {
  return grownSeries(scenario.humanCostPerContact, scenario.wageInflationAnnual, out);
}

/** start * f_a(m) for m = 1..out.length, written into out. */
function grownSeries(start: number, annualRate: number, out: Float64Array): Float64Array {
  const months = out.length;
  const step = monthlyStep(annualRate);
  let factor = 1;
  for (let m = 0; m < months; m++, factor *= step) out[m] = start * factor;
  return out;
}

/** What people would cost if they handled every contact: the status quo and the gain-share baseline. */
export function baselineCost(
  contacts: ArrayLike<number>,
  humanCost: ArrayLike<number>,
): Float64Array {
  const out = new Float64Array(contacts.length);
  for (let m = 0; m < contacts.length; m++) out[m] = baselineMonth(contacts[m], humanCost[m]);
  return out;
}

/** The baseline of one month: every contact handled by people. */
export function baselineMonth(contacts: number, humanCostPerContact: number): number {
  return contacts * humanCostPerContact;
}

/** The NPV of baselineCost at the discount factors: the status quo's NPV. */
export function baselineNpv(
  contacts: ArrayLike<number>,
  humanCost: ArrayLike<number>,
  discountFactors: ArrayLike<number>,
): number {
  let npv = 0;
  for (let m = 0; m < contacts.length; m++)
    npv += baselineMonth(contacts[m], humanCost[m]) * discountFactors[m];
  return npv;
}

/** The sum of baselineCost: the status quo's total cost. */
export function baselineTotal(contacts: ArrayLike<number>, humanCost: ArrayLike<number>): number {
  let total = 0;
  for (let m = 0; m < contacts.length; m++) total += baselineMonth(contacts[m], humanCost[m]);
  return total;
}

/** What people cost for the contacts the option does not truly resolve (DOMAIN.md residual[m]). */
export function residualCost(
  contacts: number,
  trueOutcomes: number,
  humanCostPerContact: number,
): number {
  return (contacts - trueOutcomes) * humanCostPerContact;
}
