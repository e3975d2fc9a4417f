import { SCHEDULE_FIELDS, type ScheduleField } from '../schedule';
import type { OptionSpec } from '../scenario/schema';

const ALL = SCHEDULE_FIELDS.map(() => true);

const mask = (fields: readonly ScheduleField[]): boolean[] =>
  SCHEDULE_FIELDS.map((field) => fields.includes(field));

const STATUS_QUO = mask(['contacts', 'residual', 'total']);
const BUILD = mask([
  'contacts',
  'trueOutcomes',
  'vendorCountedOutcomes',
  'buildSpend',
  'run',
  'residual',
  'total',
]);
const VENDOR = mask([
  'contacts',
  'trueOutcomes',
  'vendorCountedOutcomes',
  'billedUnits',
  'usage',
  'residual',
  'vendorCharges',
  'total',
]);

/**
 * The schedule lines in which an option's schedule can hold a value other than 0, by
 * SCHEDULE_FIELDS index (a vendor without an SLA never credits, one without a commitment never
 * trues up, ...). The others may share one zero column (ColumnArena.schedule).
 */
export function writtenFields(option: OptionSpec): readonly boolean[] {
  switch (option.kind) {
    case 'status-quo':
      return STATUS_QUO;
    case 'build':
      return BUILD;
    case 'switch':
      return ALL;
    case 'vendor': {
      const { charges } = option;
      const written = VENDOR.slice();
      const mark = (field: ScheduleField) => (written[SCHEDULE_FIELDS.indexOf(field)] = true);
      if (charges.sla) mark('slaCredit');
      if (charges.platformFeeMonthly !== 0) mark('platform');
      if (charges.oneTimeFee !== 0) mark('oneTime');
      if (charges.gainShare) mark('gainShare');
      // (the commitment's counted spend is worked out in the true-up line)
      if (charges.annualCommit !== undefined) mark('trueUp');
      if (option.oversightMonthly !== 0) mark('oversight');
      if (charges.prepaid) {
        mark('prepayment');
        mark('prepaidDrawn');
        mark('prepaidExpired');
      }
      return written;
    }
  }
}

/** How many lines writtenFields marks. */
export function writtenCount(written: readonly boolean[]): number {
  return written.reduce((n, w) => n + (w ? 1 : 0), 0);
}
