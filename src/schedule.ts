/** The monthly lines of one option, as columns of length H (index 0 is month 1). */
export const SCHEDULE_FIELDS = [
  'contacts',
  'trueOutcomes',
  'vendorCountedOutcomes',
  'billedUnits',
  'usage',
  'slaCredit',
  'platform',
  'oneTime',
  'gainShare',
  'trueUp',
  'buildSpend',
  'run',
  'residual',
  'oversight',
  'vendorCharges',
  'total',
  'prepayment',
  'prepaidDrawn',
  'prepaidExpired',
  'exitFee',
] as const;

export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];
export type Schedule = Record<ScheduleField, Float64Array>;
export type MonthlyRow = { month: number } & Record<ScheduleField, number>;

/** A zeroed schedule; one buffer holds every column (small typed arrays are slow to allocate). */
export function emptySchedule(months: number): Schedule {
  const buffer = new ArrayBuffer(months * 8 * SCHEDULE_FIELDS.length);
  const schedule = {} as Schedule;
  SCHEDULE_FIELDS.forEach((field, i) => {
    schedule[field] = new Float64Array(buffer, i * months * 8, months);
  });
  return schedule;
}

/** A schedule to write into: the one given, zeroed, or a new one. */
export function scheduleToFill(months: number, out?: Schedule): Schedule {
  if (!out) return emptySchedule(months);
  const first = out[SCHEDULE_FIELDS[0]];
  const last = out[SCHEDULE_FIELDS[SCHEDULE_FIELDS.length - 1]];
  if (
    first.buffer === last.buffer &&
    last.byteOffset === (SCHEDULE_FIELDS.length - 1) * months * 8
  ) {
    // emptySchedule's columns lie end to end in one buffer: one fill zeroes them all
    new Float64Array(first.buffer, 0, SCHEDULE_FIELDS.length * months).fill(0);
  } else {
    for (const field of SCHEDULE_FIELDS) out[field].fill(0);
  }
  return out;
}

export function scheduleRows(schedule: Schedule): MonthlyRow[] {
  const months = schedule.total.length;
  const rows: MonthlyRow[] = [];
  for (let m = 0; m < months; m++) {
    const row = { month: m + 1 } as MonthlyRow;
    for (const field of SCHEDULE_FIELDS) row[field] = schedule[field][m];
    rows.push(row);
  }
  return rows;
}

export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
