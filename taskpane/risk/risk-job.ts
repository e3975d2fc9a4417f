// One run of the Risk tab: the tornado, the switch values and the simulation of a scenario with
// ranges, stepped a slice of trials at a time so progress can be shown and a newer run can cancel
// it. The worker runs it; where no Worker exists (jsdom tests) the same job runs on the page.
import {
  type Scenario,
  riskModel,
  riskSummary,
  simulatedPart,
  simulationSettings,
  type RiskReport,
  sCurve,
  type SCurvePoint,
  startSimulation,
  trialsCsv,
} from '../../src/index';

export interface RiskJobResult {
  report: RiskReport;
  /** Each option's NPV over the trials as an S-curve (cumulative share of trials). */
  curves: { name: string; points: SCurvePoint[] }[];
  /** Milliseconds the job took where it ran. */
  elapsedMs: number;
}

/** Trials per slice: about 10 ms of work, so a cancel or a progress message is never far off. */
export const TRIALS_PER_SLICE = 500;

/** Lets queued messages (a cancel) run between slices. */
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runRiskJob(
  scenario: Scenario,
  onProgress: (done: number, trials: number) => void,
  cancelled: () => boolean,
): Promise<RiskJobResult | null> {
  const started = performance.now();
  const model = riskModel(scenario);
  const summary = riskSummary(model);
  const run = startSimulation(model, simulationSettings(model));
  onProgress(0, run.trials);
  for (;;) {
    await yieldToEvents();
    if (cancelled()) return null;
    const finished = run.step(TRIALS_PER_SLICE);
    onProgress(run.done, run.trials);
    if (finished) break;
  }
  const data = run.trialsData();
  return {
    report: { ...summary, ...simulatedPart(model, run) },
    curves: model.optionNames.map((name, o) => ({ name, points: sCurve(data.npv[o]) })),
    elapsedMs: performance.now() - started,
  };
}

/** Every trial of the scenario's simulation as CSV: the bytes `crossover risk --trials-out` writes. */
export function riskTrialsCsv(scenario: Scenario): string {
  const model = riskModel(scenario);
  const run = startSimulation(model, simulationSettings(model));
  run.step(run.trials);
  return trialsCsv(model, run.trialsData());
}
