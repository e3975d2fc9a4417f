import { DEMAND_CONTACTS, SCHEDULE_FIELDS, ZERO_COLUMN, type ScheduleField } from '../schedule';
import type { OptionSpec, VendorOption } from '../model';

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

// What decides a vendor's layout, as bits: the lines its terms charge, and whether it counts
// true outcomes and bills what it counts. writtenFields and scheduleLayout both read these, so
// the layout cached by them is the layout of every vendor with the same ones.
const SLA = 1;
const PLATFORM = 2;
const ONE_TIME = 4;
const GAIN_SHARE = 8;
const COMMIT = 16;
const OVERSIGHT = 32;
const PREPAID = 64;
const NO_OVERCOUNT = 128;
const BILLS_OUTCOMES = 256;

function vendorTraits(option: VendorOption): number {
  const { charges, overcount } = option;
  return (
    (charges.sla ? SLA : 0) |
    (charges.platformFeeMonthly !== 0 ? PLATFORM : 0) |
    (charges.oneTimeFee !== 0 ? ONE_TIME : 0) |
    (charges.gainShare ? GAIN_SHARE : 0) |
    (charges.annualCommit !== undefined ? COMMIT : 0) |
    (option.oversightMonthly !== 0 ? OVERSIGHT : 0) |
    (charges.prepaid ? PREPAID : 0) |
    (overcount.initialRatio === 1 && overcount.driftAnnual === 0 ? NO_OVERCOUNT : 0) |
    (charges.unit === 'outcome' ? BILLS_OUTCOMES : 0)
  );
}

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
    case 'vendor':
      return vendorWritten(vendorTraits(option));
  }
}

function vendorWritten(traits: number): boolean[] {
  const written = VENDOR.slice();
  const mark = (field: ScheduleField) => (written[SCHEDULE_FIELDS.indexOf(field)] = true);
  if (traits & SLA) mark('slaCredit');
  if (traits & PLATFORM) mark('platform');
  if (traits & ONE_TIME) mark('oneTime');
  if (traits & GAIN_SHARE) mark('gainShare');
  // (the commitment's counted spend is worked out in the true-up line)
  if (traits & COMMIT) mark('trueUp');
  if (traits & OVERSIGHT) mark('oversight');
  if (traits & PREPAID) {
    mark('prepayment');
    mark('prepaidDrawn');
    mark('prepaidExpired');
  }
  return written;
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
  switch (option.kind) {
    case 'status-quo':
      return (fixedLayouts[option.kind] ??= sharedLines(STATUS_QUO, TOTAL, RESIDUAL));
    case 'build':
      return (fixedLayouts[option.kind] ??= sharedLines(BUILD, COUNTED, TRUE_OUTCOMES));
    case 'switch':
      return (fixedLayouts[option.kind] ??= ownLines(ALL));
    case 'vendor': {
      const traits = vendorTraits(option);
      return (vendorLayouts[traits] ??= vendorLayout(traits));
    }
  }
}

const fixedLayouts: Partial<Record<OptionSpec['kind'], readonly number[]>> = {};
const vendorLayouts: (readonly number[] | undefined)[] = [];

/** Each written line in a column of its own, the contacts the demand's. */
function ownLines(written: readonly boolean[]): number[] {
  const layout = new Array<number>(written.length);
  for (let k = 0; k < written.length; k++) layout[k] = written[k] ? k : ZERO_COLUMN;
  layout[CONTACTS] = DEMAND_CONTACTS;
  return layout;
}

function sharedLines(written: readonly boolean[], line: number, home: number): number[] {
  const layout = ownLines(written);
  layout[line] = home;
  return layout;
}

function vendorLayout(traits: number): number[] {
  const layout = ownLines(vendorWritten(traits));
  // (counted first: billed then lives where counted does)
  if (traits & NO_OVERCOUNT) layout[COUNTED] = TRUE_OUTCOMES;
  if (traits & BILLS_OUTCOMES) layout[BILLED] = layout[COUNTED];
  if (CHARGED_BESIDE_USAGE.every((line) => layout[line] === ZERO_COLUMN)) layout[CHARGES] = USAGE;
  return layout;
}

/** How many columns of its own an option's schedule takes (scheduleLayout). */
export function ownColumns(layout: readonly number[]): number {
  let own = 0;
  for (let k = 0; k < layout.length; k++) if (layout[k] === k) own++;
  return own;
}
