import type { Scenario } from '../scenario/schema';
import { marginOf, riskModel, type RiskModel } from './risk-model';
import { contributions, type ContributionRow } from './contribution';
import {
  finishSimulation,
  startSimulation,
  type SimulationResult,
  type SimulationRun,
  type SimulationSettings,
  type SimulationTrials,
} from './simulation';
import { spider, type SpiderRow } from './spider';
import { switchValues, type SwitchValue } from './switch-values';
import { tornado, type TornadoRow } from './tornado';

/** Everything the faces show of a scenario with ranges; `crossover risk --json` prints it. */
export interface RiskReport {
  recommendation: string;
  baseMargin: number;
  tornado: TornadoRow[];
  switchValues: SwitchValue[];
  simulation: SimulationResult;
  /** Each input's contribution to the variance of the margin, largest first. */
  contributions: ContributionRow[];
  spider: SpiderRow[];
}

/** What the simulation adds to the report, from a run that has finished. */
export type SimulatedPart = Pick<RiskReport, 'simulation' | 'contributions'>;

/** The run's statistics and contributions. */
export function simulatedPart(model: RiskModel, run: SimulationRun): SimulatedPart {
  return { simulation: run.result(), contributions: contributions(model, run.trialsData()) };
}

/** The block's settings, with the ones given (a CLI flag, a function argument) taking over. */
export function simulationSettings(
  model: RiskModel,
  overrides: Partial<SimulationSettings> = {},
): SimulationSettings {
  return {
    trials: overrides.trials ?? model.uncertainty.trials,
    seed: overrides.seed ?? model.uncertainty.seed,
    sampling: overrides.sampling ?? model.uncertainty.sampling,
  };
}

/**
 * Everything of the report but the simulation: the base case, the tornado, the switch values and
 * the spider (one input at a time, so without the trials).
 */
export function riskSummary(model: RiskModel): Omit<RiskReport, keyof SimulatedPart> {
  return {
    recommendation: model.optionNames[model.recommendation],
    baseMargin: marginOf(model.base.npv, model.recommendation),
    tornado: tornado(model),
    switchValues: switchValues(model),
    spider: spider(model),
  };
}

/** The report with the model and every trial, for a face that hands the trials over. */
export function riskReportWithTrials(
  scenario: Scenario,
  overrides: Partial<SimulationSettings> = {},
  onProgress?: (done: number, trials: number) => void,
): { report: RiskReport; model: RiskModel; trials: SimulationTrials } {
  const model = riskModel(scenario);
  const run = finishSimulation(
    startSimulation(model, simulationSettings(model, overrides)),
    onProgress,
  );
  return {
    report: { ...riskSummary(model), ...simulatedPart(model, run) },
    model,
    trials: run.trialsData(),
  };
}

export function riskReport(
  scenario: Scenario,
  overrides: Partial<SimulationSettings> = {},
  onProgress?: (done: number, trials: number) => void,
): RiskReport {
  return riskReportWithTrials(scenario, overrides, onProgress).report;
}
