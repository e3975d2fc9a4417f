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

/**
 * Zeroed columns of one length carved from one buffer: an evaluation takes every schedule and
 * series it needs from one arena, because each buffer allocated costs far more than the arithmetic
 * of a month (about 2 us against a few ns).
 */
/** Where a line lives in a schedule layout (ColumnArena.schedule): the arena's zero column. */
export const ZERO_COLUMN = -1;
/** ... the demand's contacts series, which every option's contacts line repeats. */
export const DEMAND_CONTACTS = -2;

// the schedule vouched for as zero (zeroedSchedule) and not yet written: scheduleToFill need not
// zero it (and must not: its contacts are the demand's)
let untouched: Schedule | null = null;

export class ColumnArena {
  private readonly buffer: ArrayBuffer;
  private next = 0;
  private zero: Float64Array | null = null;
  /** With `reuse`, a buffer large enough is zeroed and carved again instead of a new one. */
  constructor(
    columns: number,
    readonly months: number,
    reuse?: ArrayBufferLike,
  ) {
    const length = columns * months;
    if (reuse instanceof ArrayBuffer && reuse.byteLength >= length * 8) {
      new Float64Array(reuse, 0, length).fill(0);
      this.buffer = reuse;
    } else {
      // (a Float64Array allocates its buffer several times faster than new ArrayBuffer does)
      this.buffer = new Float64Array(length).buffer;
    }
  }

  column(): Float64Array {
    const column = new Float64Array(this.buffer, this.next, this.months);
    this.next += this.months * 8;
    return column;
  }

  /** The arena's one column of zeros, shared by the lines an option never writes. */
  zeros(): Float64Array {
    return (this.zero ??= this.column());
  }

  /**
   * A zeroed schedule. With a `layout` (scheduleLayout: per SCHEDULE_FIELDS index, ZERO_COLUMN,
   * DEMAND_CONTACTS, the line's own index, or the index of a line it always equals), the lines an
   * option never writes share the arena's zero column, its contacts are the demand's `contacts`,
   * and a line always equal to another shares that one's column, so that an evaluation allocates
   * (and the processor touches) only the columns that carry numbers of their own. The columns of
   * a result are read, never written, once its evaluation is done.
   */
  schedule(layout?: readonly number[], contacts?: Float64Array): Schedule {
    if (!layout) {
      const at = this.next;
      this.next += SCHEDULE_FIELDS.length * this.months * 8;
      return scheduleOver(this.buffer, at, this.months);
    }
    // (a line shares the column of an earlier one: its home is placed by the time it is read)
    const lines = new Array<Float64Array>(SCHEDULE_FIELDS.length);
    for (let k = 0; k < SCHEDULE_FIELDS.length; k++) {
      const at = layout[k];
      lines[k] =
        at === ZERO_COLUMN
          ? this.zeros()
          : at === DEMAND_CONTACTS
            ? (contacts ?? this.column())
            : at === k
              ? this.column()
              : lines[at];
    }
    const schedule: Schedule = {
      contacts: lines[0],
      trueOutcomes: lines[1],
      vendorCountedOutcomes: lines[2],
      billedUnits: lines[3],
      usage: lines[4],
      slaCredit: lines[5],
      platform: lines[6],
      oneTime: lines[7],
      gainShare: lines[8],
      trueUp: lines[9],
      buildSpend: lines[10],
      run: lines[11],
      residual: lines[12],
      oversight: lines[13],
      vendorCharges: lines[14],
      total: lines[15],
      prepayment: lines[16],
      prepaidDrawn: lines[17],
      prepaidExpired: lines[18],
      exitFee: lines[19],
    };
    return schedule;
  }
}

/** The columns a schedule takes from an arena. */
export const SCHEDULE_COLUMNS = SCHEDULE_FIELDS.length;

/** A zeroed schedule with its own buffer. */
export function emptySchedule(months: number): Schedule {
  return new ColumnArena(SCHEDULE_COLUMNS, months).schedule();
}

// one literal, so every schedule has the same shape and the month loops that fill it stay monomorphic
function scheduleOver(buffer: ArrayBuffer, at: number, months: number): Schedule {
  const bytes = months * 8;
  return {
    contacts: new Float64Array(buffer, at + 0 * bytes, months),
    trueOutcomes: new Float64Array(buffer, at + 1 * bytes, months),
    vendorCountedOutcomes: new Float64Array(buffer, at + 2 * bytes, months),
    billedUnits: new Float64Array(buffer, at + 3 * bytes, months),
    usage: new Float64Array(buffer, at + 4 * bytes, months),
    slaCredit: new Float64Array(buffer, at + 5 * bytes, months),
    platform: new Float64Array(buffer, at + 6 * bytes, months),
    oneTime: new Float64Array(buffer, at + 7 * bytes, months),
    gainShare: new Float64Array(buffer, at + 8 * bytes, months),
    trueUp: new Float64Array(buffer, at + 9 * bytes, months),
    buildSpend: new Float64Array(buffer, at + 10 * bytes, months),
    run: new Float64Array(buffer, at + 11 * bytes, months),
    residual: new Float64Array(buffer, at + 12 * bytes, months),
    oversight: new Float64Array(buffer, at + 13 * bytes, months),
    vendorCharges: new Float64Array(buffer, at + 14 * bytes, months),
    total: new Float64Array(buffer, at + 15 * bytes, months),
    prepayment: new Float64Array(buffer, at + 16 * bytes, months),
    prepaidDrawn: new Float64Array(buffer, at + 17 * bytes, months),
    prepaidExpired: new Float64Array(buffer, at + 18 * bytes, months),
    exitFee: new Float64Array(buffer, at + 19 * bytes, months),
  };
}

/**
 * Vouches that `schedule` holds only zeros (its contacts may be the demand's): the option's
 * schedule function about to fill it then leaves it as it is instead of zeroing it.
 */
export function zeroedSchedule(schedule: Schedule): Schedule {
  untouched = schedule;
  return schedule;
}

/** A schedule to write into: the one given, zeroed, or a new one. */
export function scheduleToFill(months: number, out?: Schedule): Schedule {
  if (!out) return emptySchedule(months);
  if (out === untouched) {
    untouched = null;
    return out;
  }
  const first = out[SCHEDULE_FIELDS[0]];
  const last = out[SCHEDULE_FIELDS[SCHEDULE_FIELDS.length - 1]];
  if (
    first.buffer === last.buffer &&
    last.byteOffset - first.byteOffset === (SCHEDULE_FIELDS.length - 1) * months * 8
  ) {
    // an arena schedule's columns lie end to end in one buffer: one fill zeroes them all
    new Float64Array(first.buffer, first.byteOffset, SCHEDULE_FIELDS.length * months).fill(0);
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
