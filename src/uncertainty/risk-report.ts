import type { Scenario } from '../scenario/schema';
import { marginOf, riskModel, type RiskModel } from './risk-model';
import { simulate, type SimulationResult, type SimulationSettings } from './simulation';
import { switchValues, type SwitchValue } from './switch-values';
import { tornado, type TornadoRow } from './tornado';

/** Everything the faces show of a scenario with ranges; `crossover risk --json` prints it. */
export interface RiskReport {
  recommendation: string;
  baseMargin: number;
  tornado: TornadoRow[];
  switchValues: SwitchValue[];
  simulation: SimulationResult;
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

/** Everything of the report but the simulation: the base case, the tornado, the switch values. */
export function riskSummary(model: RiskModel): Omit<RiskReport, 'simulation'> {
  return {
    recommendation: model.optionNames[model.recommendation],
    baseMargin: marginOf(model.base.npv, model.recommendation),
    tornado: tornado(model),
    switchValues: switchValues(model),
  };
}

export function riskReport(
  scenario: Scenario,
  overrides: Partial<SimulationSettings> = {},
  onProgress?: (done: number, trials: number) => void,
): RiskReport {
  const model = riskModel(scenario);
  return {
    ...riskSummary(model),
    simulation: simulate(model, simulationSettings(model, overrides), onProgress),
  };
}
