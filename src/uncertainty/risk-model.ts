import type { Scenario } from '../scenario/schema';
import { inputCorrelation, type InputCorrelation } from './correlation-matrix';
import { createKernel, newCaseResult, type CaseResult, type Kernel } from './kernel';
import { resolveInputs, type ResolvedInput } from '../scenario/resolve-inputs';
import type { Uncertainty } from '../scenario/uncertainty-schema';

/** A scenario with ranges, ready for the tornado, the switch values and the simulation. */
export interface RiskModel {
  scenario: Scenario;
  uncertainty: Uncertainty;
  inputs: ResolvedInput[];
  kernel: Kernel;
  optionNames: string[];
  /** Index of the base case's first-ranked option A, the recommendation. */
  recommendation: number;
  base: CaseResult;
  /** The block's correlations over its variables (repaired if need be); null without any. */
  correlation: InputCorrelation | null;
}

/** The first-ranked option of a case: lowest NPV, the earlier option on a tie. */
export function firstRanked(npvs: ArrayLike<number>): number {
  let best = 0;
  for (let o = 1; o < npvs.length; o++) if (npvs[o] < npvs[best]) best = o;
  return best;
}

/** min over o != A of (npv_o - npv_A): how far A is ahead. */
export function marginOf(npvs: ArrayLike<number>, a: number): number {
  let margin = Infinity;
  for (let o = 0; o < npvs.length; o++) if (o !== a) margin = Math.min(margin, npvs[o] - npvs[a]);
  return margin;
}

/** The option other than A with the lowest NPV (the earlier on a tie). */
export function runnerUp(npvs: ArrayLike<number>, a: number): number {
  let best = -1;
  for (let o = 0; o < npvs.length; o++) {
    if (o !== a && (best < 0 || npvs[o] < npvs[best])) best = o;
  }
  return best;
}

/**
 * The model of a validated scenario that has an `uncertainty` block (the loader has checked
 * every input against the model, so resolving cannot fail here).
 */
export function riskModel(scenario: Scenario, uncertainty = scenario.uncertainty): RiskModel {
  if (!uncertainty) throw new Error(`scenario "${scenario.name}" has no uncertainty block`);
  const { inputs, problems } = resolveInputs(scenario, uncertainty.inputs);
  if (problems.length > 0) {
    throw new Error(`uncertainty.inputs[${problems[0].index}]: ${problems[0].message}`);
  }
  const kernel = createKernel(scenario, inputs);
  const base = newCaseResult(kernel);
  kernel.evaluate((j) => inputs[j].base, base);
  return {
    scenario,
    uncertainty,
    inputs,
    kernel,
    optionNames: scenario.options.map((o) => o.name),
    recommendation: firstRanked(base.npv),
    base,
    correlation: inputCorrelation(uncertainty.inputs, uncertainty.correlations),
  };
}

/** Evaluates the case with input j at `value` and every other input at its base. */
export function caseWith(model: RiskModel, j: number, value: number, out: CaseResult): CaseResult {
  model.kernel.evaluate((k) => (k === j ? value : model.inputs[k].base), out);
  return out;
}
