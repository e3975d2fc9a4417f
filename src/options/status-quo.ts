import { baselineMonth } from '../demand';
import { scheduleToFill, type Schedule } from '../schedule';
import type { DemandSeries } from './demand-series';

/** Every contact handled by people. */
export function statusQuoSchedule(demand: DemandSeries, out?: Schedule): Schedule {
  const months = demand.contacts.length;
  const s = scheduleToFill(months, out);
  for (let m = 0; m < months; m++) {
    s.contacts[m] = demand.contacts[m];
    s.residual[m] = baselineMonth(demand.contacts[m], demand.humanCost[m]);
    s.total[m] = s.residual[m];
  }
  return s;
}
