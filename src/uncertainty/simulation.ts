import { newCaseResult } from './kernel';
import { firstRanked, marginOf, type RiskModel } from './risk-model';
import { drawInputValues } from './sampling';
import type { Sampling } from '../scenario/uncertainty-schema';
import { describeDistribution, percentileInc, type Distribution } from './statistics';

export interface SimulationSettings {
  trials: number;
  seed: number;
  sampling: Sampling;
}

export interface OptionSimulation {
  name: string;
  probabilityFirst: number;
  npv: Distribution;
  totalCost: Distribution;
}

export interface PairSimulation {
  build: string;
  vendor: string;
  probabilityBuildCheaper: number;
  /** Percentiles of the breakeven month; null where the percentile is "never". */
  breakevenMonth: { p10: number | null; p50: number | null; p90: number | null };
}

export interface SimulationResult extends SimulationSettings {
  options: OptionSimulation[];
  margin: { p10: number; p50: number; p90: number };
  probabilityRecommendationHolds: number;
  pairs: PairSimulation[];
}

/** Every trial's figures, kept for the statistics, the S-curves and the contributions. */
export interface SimulationTrials {
  /** Each input's drawn value per trial, after rounding and clamping. */
  inputs: Float64Array[];
  npv: Float64Array[];
  totalCost: Float64Array[];
  breakeven: Float64Array[];
  margin: Float64Array;
  firstRanked: Int32Array;
}

/** A simulation advanced a slice of trials at a time, so a face can show progress and cancel. */
export interface SimulationRun {
  readonly trials: number;
  readonly done: number;
  /** Runs up to `count` more trials; true when every trial has run. */
  step(count: number): boolean;
  trialsData(): SimulationTrials;
  result(): SimulationResult;
}

export function startSimulation(model: RiskModel, settings: SimulationSettings): SimulationRun {
  const { trials } = settings;
  const values = drawInputValues(
    model.inputs,
    trials,
    settings.seed,
    settings.sampling,
    model.scenario.horizonMonths,
    model.uncertainty.correlations,
  );
  const { kernel } = model;
  const a = model.recommendation;
  const data: SimulationTrials = {
    inputs: values,
    npv: model.optionNames.map(() => new Float64Array(trials)),
    totalCost: model.optionNames.map(() => new Float64Array(trials)),
    breakeven: kernel.pairs.map(() => new Float64Array(trials)),
    margin: new Float64Array(trials),
    firstRanked: new Int32Array(trials),
  };
  const one = newCaseResult(kernel);
  let done = 0;
  let t = 0;
  const valueOf = (j: number) => values[j][t];

  return {
    trials,
    get done() {
      return done;
    },
    step(count) {
      const end = Math.min(trials, done + count);
      for (t = done; t < end; t++) {
        kernel.evaluate(valueOf, one);
        for (let o = 0; o < one.npv.length; o++) {
          data.npv[o][t] = one.npv[o];
          data.totalCost[o][t] = one.totalCost[o];
        }
        for (let p = 0; p < one.breakeven.length; p++) data.breakeven[p][t] = one.breakeven[p];
        data.margin[t] = marginOf(one.npv, a);
        data.firstRanked[t] = firstRanked(one.npv);
      }
      done = end;
      return done === trials;
    },
    trialsData: () => data,
    result: () => summarize(model, settings, data),
  };
}

function share(count: number, of: number): number {
  return count / of;
}

function summarize(
  model: RiskModel,
  settings: SimulationSettings,
  data: SimulationTrials,
): SimulationResult {
  const T = settings.trials;
  const firstCounts = new Array<number>(model.optionNames.length).fill(0);
  for (let t = 0; t < T; t++) firstCounts[data.firstRanked[t]]++;
  const margin = Float64Array.from(data.margin).sort();
  const never = (x: number) => (Number.isFinite(x) ? x : null);
  return {
    ...settings,
    options: model.optionNames.map((name, o) => ({
      name,
      probabilityFirst: share(firstCounts[o], T),
      npv: describeDistribution(data.npv[o]),
      totalCost: describeDistribution(data.totalCost[o]),
    })),
    margin: {
      p10: percentileInc(margin, 0.1),
      p50: percentileInc(margin, 0.5),
      p90: percentileInc(margin, 0.9),
    },
    probabilityRecommendationHolds: share(firstCounts[model.recommendation], T),
    pairs: model.kernel.pairs.map((pair, p) => {
      let cheaper = 0;
      const buildNpv = data.npv[pair.build];
      const vendorNpv = data.npv[pair.vendor];
      for (let t = 0; t < T; t++) if (buildNpv[t] < vendorNpv[t]) cheaper++;
      const months = Float64Array.from(data.breakeven[p]).sort();
      return {
        build: model.optionNames[pair.build],
        vendor: model.optionNames[pair.vendor],
        probabilityBuildCheaper: share(cheaper, T),
        breakevenMonth: {
          p10: never(percentileInc(months, 0.1)),
          p50: never(percentileInc(months, 0.5)),
          p90: never(percentileInc(months, 0.9)),
        },
      };
    }),
  };
}

/** Runs every trial left; `onProgress(done, trials)` after each slice. */
export function finishSimulation(
  run: SimulationRun,
  onProgress?: (done: number, trials: number) => void,
  slice = 5000,
): SimulationRun {
  while (!run.step(slice)) onProgress?.(run.done, run.trials);
  onProgress?.(run.done, run.trials);
  return run;
}

/** Runs every trial at once; `onProgress(done, trials)` after each slice. */
export function simulate(
  model: RiskModel,
  settings: SimulationSettings,
  onProgress?: (done: number, trials: number) => void,
  slice = 5000,
): SimulationResult {
  return finishSimulation(startSimulation(model, settings), onProgress, slice).result();
}
