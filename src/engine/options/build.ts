import { residualCost } from '../demand';
import { emptySchedule, type Schedule } from '../schedule';
import type { BuildOption } from '../model';
import { monthlyStep } from '../time';
import type { DemandSeries } from './demand-series';

/** Run cost of a live build month before escalation. */
export function buildRunCost(
  option: Pick<BuildOption, 'runFixedMonthly' | 'marginalPerContact'>,
  contacts: number,
): number {
  return option.runFixedMonthly + option.marginalPerContact * contacts;
}

/**
 * The in-house build: build spend over B months, then run costs; people handle the rest. Written
 * into `out` when given (zeroed: see emptySchedule).
 */
export function buildSchedule(option: BuildOption, demand: DemandSeries, out?: Schedule): Schedule {
  const months = demand.contacts.length;
  const s = out ?? emptySchedule(months);
  const { contacts: contactsOf, humanCost } = demand;
  s.contacts.set(contactsOf);
  const { trueOutcomes, vendorCountedOutcomes, buildSpend, run, residual, total } = s;
  const B = option.buildMonths;
  const r = option.resolutionRate;
  const escalationStep = monthlyStep(option.costEscalatorAnnual);
  let escalation = 1; // f_E(m)
  for (let i = 0; i < months; i++, escalation *= escalationStep) {
    const m = i + 1;
    const contacts = contactsOf[i];
    const live = m > B;
    const outcomes = live ? r * contacts : 0;
    trueOutcomes[i] = outcomes;
    vendorCountedOutcomes[i] = outcomes;
    const spend = B === 0 ? (m === 1 ? option.buildCost : 0) : m <= B ? option.buildCost / B : 0;
    buildSpend[i] = spend;
    const runCost = live ? buildRunCost(option, contacts) * escalation : 0;
    run[i] = runCost;
    const people = residualCost(contacts, outcomes, humanCost[i]);
    residual[i] = people;
    total[i] = spend + runCost + people;
  }
  return s;
}
