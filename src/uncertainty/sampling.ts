import { seededRandom } from '../math/seeded-random';
import { inputCorrelation } from './correlation-matrix';
import { pertQuantiles, quantileFunction } from './distributions';
import { imanConover } from './iman-conover';
import type { ResolvedInput } from '../scenario/resolve-inputs';
import { inputVariables } from '../scenario/input-variables';
import type { Correlation, Sampling } from '../scenario/uncertainty-schema';
import { roundAndClamp } from '../scenario/value-kinds';

/**
 * The inputs that move together: each `group` name, and each input without one on its own, in
 * the order they first appear (the block's variables).
 */
export function inputGroups(inputs: readonly ResolvedInput[]): number[][] {
  return inputVariables(inputs.map((i) => i.input));
}

/**
 * T probabilities for one group. Latin hypercube: slice k of T equal slices holds exactly one
 * draw, (k + v) / T with v uniform, and the slices are visited in a random order (a Fisher-Yates
 * shuffle). Random: T independent uniforms.
 */
export function groupProbabilities(
  trials: number,
  sampling: Sampling,
  random: () => number,
): Float64Array {
  const u = new Float64Array(trials);
  if (sampling === 'random') {
    for (let t = 0; t < trials; t++) u[t] = random();
    return u;
  }
  const order = new Int32Array(trials);
  for (let t = 0; t < trials; t++) order[t] = t;
  for (let t = trials - 1; t > 0; t--) {
    const k = Math.floor(random() * (t + 1));
    const swap = order[t];
    order[t] = order[k];
    order[k] = swap;
  }
  for (let t = 0; t < trials; t++) u[t] = (order[t] + random()) / trials;
  return u;
}

/** A value of the input's distribution at probability p, rounded and clamped to its field. */
export function valueAt(input: ResolvedInput, p: number, horizonMonths: number): number {
  return roundAndClamp(input.kind, quantileFunction(input.input)(p), horizonMonths);
}

/**
 * Every trial's value of every input (one array per input). One generator, seeded once, draws
 * the groups in order, so a file and a seed give the same values anywhere. With correlations,
 * the same generator then draws Iman-Conover's score orders, one per variable in order, and
 * each group's probabilities are reordered by them (before they become values, so a group's
 * inputs keep moving together); without, nothing more is drawn and the values are as before.
 */
export function drawInputValues(
  inputs: readonly ResolvedInput[],
  trials: number,
  seed: number,
  sampling: Sampling,
  horizonMonths: number,
  correlations?: readonly Correlation[],
): Float64Array[] {
  const random = seededRandom(seed);
  const values: Float64Array[] = inputs.map(() => new Float64Array(trials));
  const groups = inputGroups(inputs);
  const probabilities = groups.map(() => groupProbabilities(trials, sampling, random));
  const correlation = inputCorrelation(
    inputs.map((i) => i.input),
    correlations,
  );
  if (correlation) imanConover(probabilities, correlation.used, random);
  for (const [g, group] of groups.entries()) {
    const u = probabilities[g];
    for (const j of group) {
      const { input, kind } = inputs[j];
      const out = values[j];
      if (input.dist === 'pert') {
        const x = pertQuantiles(input, u);
        for (let t = 0; t < trials; t++) out[t] = roundAndClamp(kind, x[t], horizonMonths);
        continue;
      }
      const quantile = quantileFunction(input);
      for (let t = 0; t < trials; t++) out[t] = roundAndClamp(kind, quantile(u[t]), horizonMonths);
    }
  }
  return values;
}
