/** The monthly lines of one option, as columns of length H (index 0 is month 1). */
export const SCHEDULE_FIELDS = Object.freeze([
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
] as const);

export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];
export type Schedule = Record<ScheduleField, Float64Array>;
export type MonthlyRow = { month: number } & Record<ScheduleField, number>;

/** The columns a schedule takes: one per line. */
export const SCHEDULE_COLUMNS = SCHEDULE_FIELDS.length;

/**
 * A schedule whose lines are SCHEDULE_COLUMNS consecutive columns of `months` values of `buffer`,
 * from column `first` on: each line a column of its own. An evaluation carves every schedule from
 * one buffer, because each buffer allocated costs far more than the arithmetic of a month.
 */
export function scheduleIn(buffer: ArrayBuffer, first: number, months: number): Schedule {
  const at = (line: number) => new Float64Array(buffer, (first + line) * months * 8, months);
  // one literal, so every schedule has the same shape and the month loops that fill it stay monomorphic
  return {
    contacts: at(0),
    trueOutcomes: at(1),
    vendorCountedOutcomes: at(2),
    billedUnits: at(3),
    usage: at(4),
    slaCredit: at(5),
    platform: at(6),
    oneTime: at(7),
    gainShare: at(8),
    trueUp: at(9),
    buildSpend: at(10),
    run: at(11),
    residual: at(12),
    oversight: at(13),
    vendorCharges: at(14),
    total: at(15),
    prepayment: at(16),
    prepaidDrawn: at(17),
    prepaidExpired: at(18),
    exitFee: at(19),
  };
}

/**
 * A zeroed schedule with a buffer of its own. The schedule functions (options/) write the lines an
 * option's kind charges, in every month, into a zeroed schedule: the lines it never charges (a
 * build's usage, a vendor's run cost) stay 0. A caller writing a schedule again zeroes it first.
 */
export function emptySchedule(months: number): Schedule {
  return scheduleIn(new ArrayBuffer(SCHEDULE_COLUMNS * months * 8), 0, months);
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
