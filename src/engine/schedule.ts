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

/** The columns a schedule takes: one per line. */
export const SCHEDULE_COLUMNS = SCHEDULE_FIELDS.length;

/**
 * A schedule whose lines are SCHEDULE_COLUMNS consecutive columns of `months` values of `buffer`,
 * from column `first` on: each line a column of its own. An evaluation carves every schedule from
 * one buffer, because each buffer allocated costs far more than the arithmetic of a month.
 */
export function scheduleIn(buffer: Float64Array, first: number, months: number): Schedule {
  const at = (line: number) =>
    buffer.subarray((first + line) * months, (first + line + 1) * months);
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

/** A zeroed schedule with a buffer of its own. */
export function emptySchedule(months: number): Schedule {
  return scheduleIn(new Float64Array(SCHEDULE_COLUMNS * months), 0, months);
}

/**
 * Zeroes the lines an option's kind never charges. A schedule function writes every other line in
 * every month, so a schedule written again (the simulation's, trial after trial) holds nothing of
 * what it held before.
 */
export function clearLines(schedule: Schedule, fields: readonly ScheduleField[]): void {
  for (const field of fields) schedule[field].fill(0);
}

/** The lines other than `written`: those a kind of option never charges. */
export function linesOtherThan(written: readonly ScheduleField[]): readonly ScheduleField[] {
  return Object.freeze(SCHEDULE_FIELDS.filter((field) => !written.includes(field)));
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
