import { newCaseResult } from './kernel';
import { caseWith, marginOf, type RiskModel } from './risk-model';
import { valueAt } from './sampling';

/** The percentiles of a spider line: P10, P25, P50, P75 and P90. */
export const SPIDER_PERCENTILES = [10, 25, 50, 75, 90] as const;

export interface SpiderPoint {
  /** 10, 25, 50, 75 or 90. */
  percentile: number;
  /** The input's value there, rounded and clamped. */
  value: number;
  margin: number;
}

export interface SpiderRow {
  /** Index of the input in `uncertainty.inputs`. */
  input: number;
  option: string | null;
  field: string;
  points: SpiderPoint[];
}

/**
 * DOMAIN.md's spider: for each input in listed order, the margin with it alone at its P10, P25,
 * P50, P75 and P90 (exact inverse CDF, rounded and clamped as in the tornado, one input at a time
 * even inside a group), the others at base. Its P10 and P90 points are the tornado's ends.
 */
export function spider(model: RiskModel): SpiderRow[] {
  const H = model.scenario.horizonMonths;
  const result = newCaseResult(model.kernel);
  return model.inputs.map((input, j) => ({
    input: input.index,
    option: input.option,
    field: input.field,
    points: SPIDER_PERCENTILES.map((percentile) => {
      const value = valueAt(input, percentile / 100, H);
      caseWith(model, j, value, result);
      return { percentile, value, margin: marginOf(result.npv, model.recommendation) };
    }),
  }));
}
