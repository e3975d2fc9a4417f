import {
  type ContributionRow,
  type Distribution,
  MAX_TRIALS,
  MIN_TRIALS,
  startSimulation,
  type SimulatedPart,
  type SimulationResult,
  type SimulationRun,
  type SimulationSettings,
  simulatedPart,
  simulationSettings,
  type TornadoRow,
} from '../src/index';
import { choice, describe, optionalNumber, optionalText, requiredText } from './coerce';
import { FunctionError, invalidValue, notAvailable } from './errors';
import { guard, type Cell } from './guard';
import { riskEntry, switchValuesOf, tornadoOf, type RiskEntry } from './risk-cache';
import { findByName } from './scenario';

// eslint-disable-next-line @typescript-eslint/no-namespace
declare namespace CustomFunctions {
  /** What Excel passes a @cancelable function: it calls onCanceled when the cell is recalculated or deleted. */
  interface CancelableInvocation {
    onCanceled: () => void;
  }
}

function entryOf(scenario: unknown): RiskEntry {
  return riskEntry('scenario', requiredText('scenario', scenario));
}

const TORNADO_HEADER: (keyof TornadoRow)[] = [
  'option',
  'field',
  'low',
  'high',
  'marginAtLow',
  'marginAtHigh',
  'winnerAtLow',
  'winnerAtHigh',
];

/**
 * Spills the tornado of a scenario with ranges: for each input, the margin of the recommendation over the next option with that input at its P10 and at its P90 (the others at base, correlations ignored), largest swing first.
 * @customfunction TORNADO
 * @helpurl https://localhost:3000/functions-help.html#tornado
 * @param scenario The scenario as JSON text, with an uncertainty block.
 * @returns {any[][]} A header row, then one row per input.
 */
export function tornadoTable(scenario: unknown) {
  return guard((): Cell[][] => [
    TORNADO_HEADER,
    // A scenario-wide input has no option: a blank cell.
    ...tornadoOf(entryOf(scenario)).map((r) => TORNADO_HEADER.map((key) => r[key] ?? '')),
  ]);
}

/**
 * The value of a ranged input, nearest its base, at which the recommendation stops being first (the others at base, correlations ignored).
 * @customfunction SWITCHVALUE
 * @helpurl https://localhost:3000/functions-help.html#switchvalue
 * @param scenario The scenario as JSON text, with an uncertainty block.
 * @param option The option holding the field; blank for a scenario-wide field.
 * @param field The field's path, e.g. "demand.contactsPerMonth" or "charges.price", as in the uncertainty block.
 * @returns {number} The switch value; #N/A when the recommendation stays first over the whole range.
 */
export function switchValue(scenario: unknown, option: unknown, field: unknown) {
  return guard(() => {
    const entry = entryOf(scenario);
    const optionName = optionalText('option', option)?.trim() ?? null;
    const path = requiredText('field', field).trim();
    const rows = switchValuesOf(entry);
    const row = rows.find(
      (r) =>
        r.field === path &&
        (r.option === null
          ? optionName === null
          : r.option.toLowerCase() === optionName?.toLowerCase()),
    );
    if (!row) {
      throw invalidValue(
        `${optionName === null ? '' : `option ${describe(optionName)} `}field ${describe(path)} is not a ranged input of the scenario; it ranges ${rows.map((r) => (r.option === null ? r.field : `${r.option}: ${r.field}`)).join(', ')}`,
      );
    }
    if (row.value === null) {
      throw notAvailable(
        `${entry.model.optionNames[entry.model.recommendation]} stays first over the whole range of ${row.field}`,
      );
    }
    return row.value;
  });
}

const SIMULATE_HEADER = [
  'option',
  'probabilityFirst',
  'mean',
  'sd',
  'p5',
  'p10',
  'p50',
  'p90',
  'p95',
];

function settingsOf(entry: RiskEntry, trials: unknown, seed: unknown): SimulationSettings {
  const overrides: Partial<SimulationSettings> = {};
  const t = optionalNumber('trials', trials, null, {
    min: MIN_TRIALS,
    max: MAX_TRIALS,
    integer: true,
  });
  const s = optionalNumber('seed', seed, null, { min: 0, max: 2 ** 32 - 1, integer: true });
  if (t !== null) overrides.trials = t;
  if (s !== null) overrides.seed = s;
  return simulationSettings(entry.model, overrides);
}

const keyOf = (s: SimulationSettings) => `${s.trials}|${s.seed}|${s.sampling}`;

function simulationTable(result: SimulationResult, metric: 'npv' | 'totalCost'): Cell[][] {
  const stats = (d: Distribution) => [d.mean, d.sd, d.p5, d.p10, d.p50, d.p90, d.p95];
  return [
    SIMULATE_HEADER,
    ...result.options.map((o) => [o.name, o.probabilityFirst, ...stats(o[metric])]),
  ];
}

/** A finished run's statistics and contributions, kept for the next cell that asks. */
function remember(entry: RiskEntry, settings: SimulationSettings, run: SimulationRun) {
  const part = simulatedPart(entry.model, run);
  entry.simulations.set(keyOf(settings), part);
  return part;
}

/** A simulation already run, or run to the end now (the same numbers either way). */
function simulatedNow(entry: RiskEntry, settings: SimulationSettings): SimulatedPart {
  const hit = entry.simulations.get(keyOf(settings));
  if (hit) return hit;
  const run = startSimulation(entry.model, settings);
  run.step(settings.trials);
  return remember(entry, settings, run);
}

const SLICE = 2000;

/**
 * Spills each option's simulated statistics: the probability it is cheapest, then mean, sd, P5, P10, P50, P90 and P95 of its NPV or total cost. The same file and seed give the same numbers as crossover risk.
 * @customfunction SIMULATE
 * @helpurl https://localhost:3000/functions-help.html#simulate
 * @cancelable
 * @param scenario The scenario as JSON text, with an uncertainty block.
 * @param [metric] "npv" (default) or "totalCost".
 * @param [trials] Trials, 100 to 1,000,000 (default: the block's, else 10,000).
 * @param [seed] Seed of the generator (default: the block's, else 1).
 * @param [invocation] Given by Excel: the simulation runs in slices and stops when the cell is recalculated.
 * @returns {any[][]} A header row, then one row per option.
 */
export function simulate(
  scenario: unknown,
  metric?: unknown,
  trials?: unknown,
  seed?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
) {
  let entry: RiskEntry;
  let settings: SimulationSettings;
  let which: 'npv' | 'totalCost';
  const checked = guard((): Cell => {
    entry = entryOf(scenario);
    which = choice('metric', metric, ['npv', 'totalCost'] as const, 'npv');
    settings = settingsOf(entry, trials, seed);
    return 0;
  });
  if (checked instanceof FunctionError) return checked;
  // Without Excel's invocation (a test harness, another function) the run finishes at once.
  if (!invocation || entry!.simulations.has(keyOf(settings!))) {
    return guard(() => simulationTable(simulatedNow(entry!, settings!).simulation, which!));
  }
  return simulateInSlices(entry!, settings!, which!, invocation);
}

/** Runs SLICE trials at a time, yielding to Excel between slices, until done or cancelled. */
async function simulateInSlices(
  entry: RiskEntry,
  settings: SimulationSettings,
  metric: 'npv' | 'totalCost',
  invocation: CustomFunctions.CancelableInvocation,
): Promise<Cell[][] | FunctionError> {
  let cancelled = false;
  invocation.onCanceled = () => {
    cancelled = true;
  };
  const run = startSimulation(entry.model, settings);
  while (!run.step(SLICE)) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (cancelled) return notAvailable('the simulation was cancelled');
  }
  const { simulation } = remember(entry, settings, run);
  return guard(() => simulationTable(simulation, metric));
}

/**
 * The probability that an option is first-ranked (lowest NPV) over the scenario's simulation (its block's trials and seed).
 * @customfunction PROBABILITY
 * @helpurl https://localhost:3000/functions-help.html#probability
 * @param scenario The scenario as JSON text, with an uncertainty block.
 * @param option The option's name.
 * @returns {number} A share between 0 and 1.
 */
export function probability(scenario: unknown, option: unknown) {
  return guard(() => {
    const entry = entryOf(scenario);
    const named = entry.model.optionNames.map((name) => ({ name }));
    const found = findByName('option', named, option, 'an option');
    const { simulation } = simulatedNow(entry, simulationSettings(entry.model));
    return simulation.options.find((o) => o.name === found.name)!.probabilityFirst;
  });
}

const CONTRIBUTION_HEADER: (keyof ContributionRow)[] = [
  'option',
  'field',
  'rankCorrelation',
  'contribution',
];

/**
 * Spills each ranged input's contribution to the variance of the recommendation's margin over the scenario's simulation (its block's trials and seed, correlations included): the rank correlation of the input with the margin, and its square as a share of the sum of squares, with its sign; largest first.
 * @customfunction CONTRIBUTION
 * @helpurl https://localhost:3000/functions-help.html#contribution
 * @param scenario The scenario as JSON text, with an uncertainty block.
 * @returns {any[][]} A header row, then one row per input.
 */
export function contribution(scenario: unknown) {
  return guard((): Cell[][] => {
    const entry = entryOf(scenario);
    const { contributions } = simulatedNow(entry, simulationSettings(entry.model));
    return [
      CONTRIBUTION_HEADER,
      // A scenario-wide input has no option: a blank cell.
      ...contributions.map((r) => CONTRIBUTION_HEADER.map((key) => r[key] ?? '')),
    ];
  });
}
