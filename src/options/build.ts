import { residualCost } from '../demand';
import { scheduleToFill, type Schedule } from '../schedule';
import type { BuildOption } from '../scenario/schema';
import { monthlyStep } from '../time';
import type { DemandSeries } from './demand-series';

/** Run cost of a live build month before escalation. */
export function buildRunCost(
  option: Pick<BuildOption, 'runFixedMonthly' | 'marginalPerContact'>,
  contacts: number,
): number {
  return option.runFixedMonthly + option.marginalPerContact * contacts;
}

/** The in-house build: build spend over B months, then run costs; people handle the rest. */
export function buildSchedule(option: BuildOption, demand: DemandSeries, out?: Schedule): Schedule {
  const months = demand.contacts.length;
  const s = scheduleToFill(months, out);
  const B = option.buildMonths;
  const escalationStep = monthlyStep(option.costEscalatorAnnual);
  let escalation = 1; // f_E(m)
  for (let i = 0; i < months; i++, escalation *= escalationStep) {
    const m = i + 1;
    const contacts = demand.contacts[i];
    const live = m > B;
    const outcomes = live ? option.resolutionRate * contacts : 0;
    s.contacts[i] = contacts;
    s.trueOutcomes[i] = outcomes;
    s.vendorCountedOutcomes[i] = outcomes;
    s.buildSpend[i] =
      B === 0 ? (m === 1 ? option.buildCost : 0) : m <= B ? option.buildCost / B : 0;
    s.run[i] = live ? buildRunCost(option, contacts) * escalation : 0;
    s.residual[i] = residualCost(contacts, outcomes, demand.humanCost[i]);
    s.total[i] = s.buildSpend[i] + s.run[i] + s.residual[i];
  }
  return s;
}
