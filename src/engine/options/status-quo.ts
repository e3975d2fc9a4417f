import { baselineMonth } from '../demand';
import { scheduleToFill, type Schedule } from '../schedule';
import type { DemandSeries } from './demand-series';

/** Every contact handled by people. */
export function statusQuoSchedule(demand: DemandSeries, out?: Schedule): Schedule {
  const months = demand.contacts.length;
  const s = scheduleToFill(months, out);
  const { contacts, humanCost } = demand;
  if (s.contacts !== contacts) s.contacts.set(contacts);
  const { residual, total } = s;
  for (let m = 0; m < months; m++) {
    const people = baselineMonth(contacts[m], humanCost[m]);
    residual[m] = people;
    total[m] = people; // (in an evaluation, the very column of the residual)
  }
  return s;
}
