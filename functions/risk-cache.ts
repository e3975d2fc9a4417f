import {
  formatProblem,
  parseScenarioText,
  riskModel,
  type RiskModel,
  type SimulatedPart,
  switchValues,
  type SwitchValue,
  tornado,
  type TornadoRow,
} from '../src/index';
import { invalidValue } from './errors';

// The risk functions read a scenario cell many times (a TORNADO table, a SWITCHVALUE per input,
// a PROBABILITY per option): the model, its tornado and switch values are kept per JSON text, and
// each simulation (its statistics and contributions) per text, trials and seed.

const CAPACITY = 8;

export interface RiskEntry {
  model: RiskModel;
  tornado?: TornadoRow[];
  switchValues?: SwitchValue[];
  simulations: Map<string, SimulatedPart>;
}

const cache = new Map<string, RiskEntry>();

/** The risk model of the scenario in a cell; throws #VALUE! naming what is wrong. */
export function riskEntry(argument: string, json: string): RiskEntry {
  const hit = cache.get(json);
  if (hit) return hit;
  const loaded = parseScenarioText(json);
  if (!loaded.ok) {
    throw invalidValue(
      `${argument} is not a valid scenario: ${formatProblem(loaded.problems[0])}` +
        (loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more problems)` : ''),
    );
  }
  if (!loaded.scenario.uncertainty) {
    throw invalidValue(
      `${argument} has no uncertainty block: give some inputs ranges (see crossover risk --suggest)`,
    );
  }
  const entry: RiskEntry = { model: riskModel(loaded.scenario), simulations: new Map() };
  if (cache.size >= CAPACITY) cache.delete(cache.keys().next().value as string);
  cache.set(json, entry);
  return entry;
}

export function tornadoOf(entry: RiskEntry): TornadoRow[] {
  return (entry.tornado ??= tornado(entry.model));
}

export function switchValuesOf(entry: RiskEntry): SwitchValue[] {
  return (entry.switchValues ??= switchValues(entry.model));
}
