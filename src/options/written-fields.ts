import { DEMAND_CONTACTS, SCHEDULE_FIELDS, ZERO_COLUMN, type ScheduleField } from '../schedule';
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

const field = (name: ScheduleField) => SCHEDULE_FIELDS.indexOf(name);
const CONTACTS = field('contacts');
const TRUE_OUTCOMES = field('trueOutcomes');
const COUNTED = field('vendorCountedOutcomes');
const BILLED = field('billedUnits');
const USAGE = field('usage');
const RESIDUAL = field('residual');
const CHARGES = field('vendorCharges');
const TOTAL = field('total');
const CHARGED_BESIDE_USAGE = (
  ['platform', 'oneTime', 'gainShare', 'trueUp', 'prepayment'] as const
).map(field);

/**
 * Per SCHEDULE_FIELDS index, where an option's line lives: ZERO_COLUMN for a line it never
 * writes, DEMAND_CONTACTS for its contacts, its own index for a column of its own, or the index
 * of another line it always equals to the bit (both are written with the same values into one
 * column): a status quo's total is its residual, a build counts its true outcomes, a vendor
 * without an overcount counts true outcomes, one billing outcomes bills what it counts, and one
 * with no fee, true-up, gain-share or prepaid charges its usage. Options alike in what they
 * write share one layout (read, never written), so evaluating a scenario again reads the same ones.
 */
export function scheduleLayout(option: OptionSpec): readonly number[] {
  if (option.kind !== 'vendor') return (fixedLayouts[option.kind] ??= layoutOf(option));
  const { charges, overcount } = option;
  // everything layoutOf reads of a vendor, as bits
  const key =
    (charges.sla ? 1 : 0) |
    (charges.platformFeeMonthly !== 0 ? 2 : 0) |
    (charges.oneTimeFee !== 0 ? 4 : 0) |
    (charges.gainShare ? 8 : 0) |
    (charges.annualCommit !== undefined ? 16 : 0) |
    (option.oversightMonthly !== 0 ? 32 : 0) |
    (charges.prepaid ? 64 : 0) |
    (overcount.initialRatio === 1 && overcount.driftAnnual === 0 ? 128 : 0) |
    (charges.unit === 'outcome' ? 256 : 0);
  return (vendorLayouts[key] ??= layoutOf(option));
}

const fixedLayouts: Partial<Record<OptionSpec['kind'], readonly number[]>> = {};
const vendorLayouts: (readonly number[] | undefined)[] = [];

function layoutOf(option: OptionSpec): readonly number[] {
  const written = writtenFields(option);
  const layout = new Array<number>(written.length);
  for (let k = 0; k < written.length; k++) layout[k] = written[k] ? k : ZERO_COLUMN;
  layout[CONTACTS] = DEMAND_CONTACTS;
  switch (option.kind) {
    case 'status-quo':
      layout[TOTAL] = RESIDUAL;
      break;
    case 'build':
      layout[COUNTED] = TRUE_OUTCOMES;
      break;
    case 'vendor': {
      const { charges, overcount } = option;
      // (counted first: billed then lives where counted does)
      if (overcount.initialRatio === 1 && overcount.driftAnnual === 0)
        layout[COUNTED] = TRUE_OUTCOMES;
      if (charges.unit === 'outcome') layout[BILLED] = layout[COUNTED];
      if (CHARGED_BESIDE_USAGE.every((line) => layout[line] === ZERO_COLUMN))
        layout[CHARGES] = USAGE;
      break;
    }
  }
  return layout;
}

/** How many columns of its own an option's schedule takes (scheduleLayout). */
export function ownColumns(layout: readonly number[]): number {
  let own = 0;
  for (let k = 0; k < layout.length; k++) if (layout[k] === k) own++;
  return own;
}
