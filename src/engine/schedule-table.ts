import { SCHEDULE_FIELDS, type Schedule, type ScheduleField } from './schedule';

export type ScheduleCell = string | number;

/** An option's schedule as a sheet block: a header row (month, fields...), then one row per month. */
export function scheduleTable(schedule: Schedule): ScheduleCell[][] {
  const months = schedule.total.length;
  const table: ScheduleCell[][] = [['month', ...SCHEDULE_FIELDS]];
  for (let m = 0; m < months; m++) {
    const row: ScheduleCell[] = [m + 1];
    for (const field of SCHEDULE_FIELDS) row.push(schedule[field][m]);
    table.push(row);
  }
  return table;
}

/** One schedule field as a column of monthly values, without a header. */
export function scheduleColumn(schedule: Schedule, field: ScheduleField): number[][] {
  return Array.from(schedule[field], (value) => [value]);
}
