import { driftAlarm } from '../../src/reconcile/drift-alarm';
import type { MonthlyCounts } from '../../src/reconcile/monthly-counts';
import type { Figure } from '../run';
import { medianMs } from '../timing';

/** `months` months of counts, the ratio scattered by a fixed pattern. */
function counts(months: number): MonthlyCounts[] {
  return Array.from({ length: months }, (_, i) => ({
    month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    contacts: 10_000,
    vendorCount: 1200 + ((i * 37) % 23) + i,
    buyerCount: 1000,
    both: 1000,
  }));
}

// The drift alarm refits the trend for every month (n_j grows to the month before), so its cost
// grows with the square of the months; a pilot is 3 to 24 months, the horizon at most 240.
export default async function driftAlarmSuite(): Promise<Figure[]> {
  const year = counts(12);
  const longest = counts(240);
  return [
    {
      name: 'drift alarm, 12 months (added to every reconcile)',
      value: await medianMs(() => driftAlarm(year), 51),
      unit: 'ms',
      budget: '<= 5',
    },
    {
      name: 'drift alarm, 240 months',
      value: await medianMs(() => driftAlarm(longest), 11),
      unit: 'ms',
      budget: '<= 200',
    },
  ];
}
