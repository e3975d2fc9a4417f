import { baselineMonth } from '../demand';
import { emptySchedule, type Schedule } from '../schedule';
import type { DemandSeries } from './demand-series';

/** Every contact handled by people; written into `out` when given (zeroed: see emptySchedule). */
export function statusQuoSchedule(demand: DemandSeries, out?: Schedule): Schedule {
  const months = demand.contacts.length;
  const s = out ?? emptySchedule(months);
  const { contacts, humanCost } = demand;
  s.contacts.set(contacts);
  const { residual, total } = s;
  for (let m = 0; m < months; m++) {
    const people = baselineMonth(contacts[m], humanCost[m]);
    residual[m] = people;
    total[m] = people;
  }
  return s;
}
