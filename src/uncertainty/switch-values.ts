import { supportOf } from '../scenario/support';
import { newCaseResult, type CaseResult } from './kernel';
import { caseWith, marginOf, runnerUp, type RiskModel } from './risk-model';
import { isWholeMonths, roundAndClamp } from '../scenario/value-kinds';

export interface SwitchValue {
  input: number;
  option: string | null;
  field: string;
  /** The input's base value, where the scan starts. */
  base: number;
  /** The value nearest the base at which the recommendation stops being first; null if never. */
  value: number | null;
  /** The option first-ranked after A there (lowest NPV other than A); null if never. */
  takenOverBy: string | null;
}

export const SCAN_STEPS = 200;
export const SWITCH_RELATIVE_TOLERANCE = 1e-9;

/** The first value from the base toward `end` with margin <= 0, or null. */
function scan(
  margin: (value: number) => number,
  base: number,
  end: number,
  wholeMonths: boolean,
): number | null {
  if (end === base) return null;
  if (wholeMonths) {
    const dir = end > base ? 1 : -1;
    for (let m = base + dir; dir > 0 ? m <= end : m >= end; m += dir) {
      if (margin(m) <= 0) return m;
    }
    return null;
  }
  const step = (end - base) / SCAN_STEPS;
  let previous = base;
  for (let k = 1; k <= SCAN_STEPS; k++) {
    const x = k === SCAN_STEPS ? end : base + k * step;
    if (margin(x) <= 0) return bisect(margin, previous, x);
    previous = x;
  }
  return null;
}

/** Narrows (ahead: margin > 0, behind: margin <= 0) to a relative 1e-9; returns the behind end. */
function bisect(margin: (value: number) => number, ahead: number, behind: number): number {
  for (let i = 0; i < 200; i++) {
    const scale = Math.max(Math.abs(ahead), Math.abs(behind), Number.MIN_VALUE);
    if (Math.abs(behind - ahead) <= SWITCH_RELATIVE_TOLERANCE * scale) break;
    const mid = (ahead + behind) / 2;
    if (mid === ahead || mid === behind) break;
    if (margin(mid) <= 0) behind = mid;
    else ahead = mid;
  }
  return behind;
}

/** DOMAIN.md's switch values, one per input in the order they are listed. */
export function switchValues(model: RiskModel): SwitchValue[] {
  const H = model.scenario.horizonMonths;
  const a = model.recommendation;
  const result: CaseResult = newCaseResult(model.kernel);
  const baseMargin = marginOf(model.base.npv, a);
  return model.inputs.map((input, j): SwitchValue => {
    const named = {
      input: input.index,
      option: input.option,
      field: input.field,
      base: input.base,
    };
    if (baseMargin <= 0) {
      return {
        ...named,
        value: input.base,
        takenOverBy: model.optionNames[runnerUp(model.base.npv, a)],
      };
    }
    const margin = (value: number) => marginOf(caseWith(model, j, value, result).npv, a);
    const [low, high] = supportOf(input.input).map((end) => roundAndClamp(input.kind, end, H));
    const whole = isWholeMonths(input.kind);
    const up = scan(margin, input.base, high, whole);
    const down = scan(margin, input.base, low, whole);
    const value =
      up === null ? down : down === null ? up : up - input.base < input.base - down ? up : down;
    if (value === null) return { ...named, value: null, takenOverBy: null };
    caseWith(model, j, value, result);
    return { ...named, value, takenOverBy: model.optionNames[runnerUp(result.npv, a)] };
  });
}
