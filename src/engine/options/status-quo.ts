import { baselineMonth } from '../demand';
import { clearLines, emptySchedule, linesOtherThan, type Schedule } from '../schedule';
import type { DemandSeries } from './demand-series';

/** Every contact handled by people. */
export function statusQuoSchedule(demand: DemandSeries, out?: Schedule): Schedule {
  const months = demand.contacts.length;
  const s = out ?? emptySchedule(months);
  const { contacts, humanCost } = demand;
  s.contacts.set(contacts);
  clearLines(s, NOT_CHARGED);
  const { residual, total } = s;
  for (let m = 0; m < months; m++) {
    const people = baselineMonth(contacts[m], humanCost[m]);
    residual[m] = people;
    total[m] = people;
  }
  return s;
}

const NOT_CHARGED = linesOtherThan(['contacts', 'residual', 'total']);
