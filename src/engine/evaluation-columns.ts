import { ownColumns } from './options/written-fields';
import { ColumnArena, type Schedule } from './schedule';

/** What the columns of one evaluation hold: per option, its schedule and accounting lines. */
export interface ColumnPlan {
  months: number;
  /** Per option, its schedule layout (scheduleLayout: alike options share one array). */
  layouts: readonly (readonly number[])[];
  /** Per option, whether it amortises (an amortisation column of its own, else the zero column). */
  amortizes: readonly boolean[];
  /** Per option, whether its P&L expense differs from its cash (else it is the total column). */
  ownExpense: readonly boolean[];
}

/** Every monthly column of an evaluation, carved from one buffer. */
export interface EvaluationColumns {
  contacts: Float64Array;
  humanCost: Float64Array;
  /** Zeroed, in option order. */
  schedules: Schedule[];
  amortization: Float64Array[];
  /** null where the expense is the schedule's total. */
  expense: (Float64Array | null)[];
}

interface Carving extends EvaluationColumns {
  plan: ColumnPlan;
  /** Doubles from the contacts' first, over every column. */
  length: number;
}

// the columns of the last evaluation, so that the next one, into that memory and laid out alike,
// zeroes the buffer and reuses its columns (a typed-array view costs about 15 ns to make, and an
// evaluation takes over 30). One slot, not a WeakMap by buffer: a WeakMap entry per evaluation
// triples the time of evaluations that allocate; the slot holds one evaluation's memory at most.
let last: Carving | null = null;

/**
 * The zeroed columns of an evaluation by `plan`. Given the buffer of an earlier one that is no
 * longer read, its memory is used again: its very columns when it was laid out alike.
 */
export function evaluationColumns(plan: ColumnPlan, previous?: ArrayBufferLike): EvaluationColumns {
  const earlier = last;
  if (earlier && previous === earlier.contacts.buffer && alike(earlier.plan, plan)) {
    const { contacts } = earlier;
    // its columns lie end to end from the contacts on
    new Float64Array(contacts.buffer, contacts.byteOffset, earlier.length).fill(0);
    return earlier;
  }
  let count = 3; // the demand's two series and the zero column
  for (let o = 0; o < plan.layouts.length; o++)
    count +=
      ownColumns(plan.layouts[o]) + (plan.amortizes[o] ? 1 : 0) + (plan.ownExpense[o] ? 1 : 0);
  const arena = new ColumnArena(count, plan.months, previous);
  const contacts = arena.column();
  const humanCost = arena.column();
  const carving: Carving = {
    plan,
    length: count * plan.months,
    contacts,
    humanCost,
    schedules: plan.layouts.map((layout) => arena.schedule(layout, contacts)),
    amortization: plan.amortizes.map((own) => (own ? arena.column() : arena.zeros())),
    expense: plan.ownExpense.map((own) => (own ? arena.column() : null)),
  };
  last = carving;
  return carving;
}

function alike(a: ColumnPlan, b: ColumnPlan): boolean {
  const options = a.layouts.length;
  if (a.months !== b.months || b.layouts.length !== options) return false;
  for (let o = 0; o < options; o++)
    if (
      a.layouts[o] !== b.layouts[o] ||
      a.amortizes[o] !== b.amortizes[o] ||
      a.ownExpense[o] !== b.ownExpense[o]
    )
      return false;
  return true;
}
