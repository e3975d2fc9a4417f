import { newCaseResult } from './kernel';
import { caseWith, firstRanked, marginOf, type RiskModel } from './risk-model';
import { valueAt } from './sampling';

export interface TornadoRow {
  /** Index of the input in `uncertainty.inputs`. */
  input: number;
  option: string | null;
  field: string;
  /** P10 and P90 of the input, rounded and clamped. */
  low: number;
  high: number;
  marginAtLow: number;
  marginAtHigh: number;
  winnerAtLow: string;
  winnerAtHigh: string;
}

export const TORNADO_LOW_P = 0.1;
export const TORNADO_HIGH_P = 0.9;

/**
 * DOMAIN.md's tornado: each input alone at its P10 and its P90, the others at base; rows by
 * |margin(P90) - margin(P10)|, largest first, ties in listed order.
 */
export function tornado(model: RiskModel): TornadoRow[] {
  const H = model.scenario.horizonMonths;
  const a = model.recommendation;
  const result = newCaseResult(model.kernel);
  const rows = model.inputs.map((input, j): TornadoRow => {
    const low = valueAt(input, TORNADO_LOW_P, H);
    const high = valueAt(input, TORNADO_HIGH_P, H);
    caseWith(model, j, low, result);
    const marginAtLow = marginOf(result.npv, a);
    const winnerAtLow = model.optionNames[firstRanked(result.npv)];
    caseWith(model, j, high, result);
    return {
      input: input.index,
      option: input.option,
      field: input.field,
      low,
      high,
      marginAtLow,
      marginAtHigh: marginOf(result.npv, a),
      winnerAtLow,
      winnerAtHigh: model.optionNames[firstRanked(result.npv)],
    };
  });
  return rows
    .map((row, order) => ({ row, order, swing: Math.abs(row.marginAtHigh - row.marginAtLow) }))
    .sort((x, y) => y.swing - x.swing || x.order - y.order)
    .map((x) => x.row);
}
