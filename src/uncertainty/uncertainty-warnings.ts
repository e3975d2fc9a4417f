import type { ScenarioProblem } from '../engine/problems';
import type { Scenario } from '../scenario/schema';
import { inputCorrelation } from './correlation-matrix';
import { fieldWords, optionKinds } from './describe-field';

const shown = (x: number) => String(Number(x.toFixed(4)));

/**
 * The warnings of the `uncertainty` block: a correlation matrix that is not positive definite
 * and was replaced by its nearest correlation matrix, naming the entry that changed most (at the
 * pair that set it, or at the list when the entry was an unlisted 0).
 */
export function uncertaintyWarnings(scenario: Scenario): ScenarioProblem[] {
  const block = scenario.uncertainty;
  const correlation = block && inputCorrelation(block.inputs, block.correlations);
  const repair = correlation?.repair;
  if (!block || !correlation || !repair) return [];
  const kinds = optionKinds(scenario);
  const variable = (v: number) => {
    const j = correlation.variables[v][0];
    const input = block.inputs[j];
    const words = fieldWords(kinds, { option: input.option ?? null, field: input.field });
    return input.group === undefined
      ? `inputs[${j}] (${words})`
      : `group ${JSON.stringify(input.group)} (inputs[${j}], ${words})`;
  };
  const [a, b] = repair.variables;
  const change = `${variable(a)} and ${variable(b)}: ${shown(repair.from)} becomes ${shown(repair.to)}`;
  return [
    {
      path:
        repair.entry === null
          ? 'uncertainty.correlations'
          : `uncertainty.correlations[${repair.entry}].rho`,
      message: `the correlations cannot all hold at once (their matrix is not positive definite), so the nearest correlation matrix is used; the largest change is between ${change}`,
      value: repair.entry === null ? block.correlations : repair.from,
    },
  ];
}
