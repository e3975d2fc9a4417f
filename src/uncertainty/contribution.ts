import { averageRanks, pearson } from '../math/ranks';
import type { RiskModel } from './risk-model';
import { inputGroups } from './sampling';
import type { SimulationTrials } from './simulation';

export interface ContributionRow {
  /** Index of the input in `uncertainty.inputs`. */
  input: number;
  option: string | null;
  field: string;
  /** Spearman's rank correlation of the input's variable with the margin over the trials. */
  rankCorrelation: number;
  /** rankCorrelation^2 over the sum of the variables' squares, with rankCorrelation's sign. */
  contribution: number;
}

/**
 * DOMAIN.md's contribution to variance (Crystal Ball's measure): per variable, the rank
 * correlation of its values in the trials (a group's first input stands for the group) with the
 * trials' margin, squared, as a share of the sum of squares, carrying the sign; each input of a
 * group repeats its group's figures. A variable that never moves, or a margin that never moves,
 * has no rank correlation: 0 here. Rows by |contribution|, largest first, ties in listed order.
 */
export function contributions(model: RiskModel, trials: SimulationTrials): ContributionRow[] {
  const marginRanks = averageRanks(trials.margin);
  const groups = inputGroups(model.inputs);
  const rhos = groups.map((members) => {
    const rho = pearson(averageRanks(trials.inputs[members[0]]), marginRanks);
    return Number.isNaN(rho) ? 0 : rho;
  });
  const total = rhos.reduce((sum, rho) => sum + rho * rho, 0);
  const rows: ContributionRow[] = [];
  groups.forEach((members, g) => {
    const rho = rhos[g];
    const contribution = total > 0 ? (Math.sign(rho) * rho * rho) / total : 0;
    for (const j of members) {
      const input = model.inputs[j];
      rows.push({
        input: input.index,
        option: input.option,
        field: input.field,
        rankCorrelation: rho,
        contribution,
      });
    }
  });
  return rows
    .map((row, order) => ({ row, order }))
    .sort(
      (x, y) =>
        Math.abs(y.row.contribution) - Math.abs(x.row.contribution) || x.row.input - y.row.input,
    )
    .map((x) => x.row);
}
