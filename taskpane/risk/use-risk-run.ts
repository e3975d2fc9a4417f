import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../src/index';
import type { RiskJobResult } from './risk-job';
import { defaultRiskRunner, type RiskRunner } from './risk-runner';

export interface RiskRunState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  trials: number;
  /** The last finished run; stale while a newer scenario runs or after a cancel. */
  result: RiskJobResult | null;
  /** The scenario the last finished run simulated. */
  resultScenario: Scenario | null;
  stale: boolean;
  error: string | null;
}

const IDLE: RiskRunState = {
  status: 'idle',
  done: 0,
  trials: 0,
  result: null,
  resultScenario: null,
  stale: false,
  error: null,
};

/**
 * Runs the scenario's ranges whenever the valid scenario changes (an edit, a file), keeping the
 * last results on screen, marked stale, until the new ones arrive.
 */
export function useRiskRun(
  scenario: Scenario,
  makeRunner: () => RiskRunner = defaultRiskRunner,
): RiskRunState & {
  cancel(): void;
  rerun(): void;
  /** The CSV of every trial of the last finished run (made again from its scenario and seed). */
  trialsCsv(): Promise<string>;
  where: RiskRunner['where'];
} {
  const runner = useRef<RiskRunner | null>(null);
  if (runner.current === null) runner.current = makeRunner();
  const [state, setState] = useState<RiskRunState>(IDLE);

  const start = useCallback((s: Scenario) => {
    if (!s.uncertainty) {
      runner.current!.cancel();
      setState(IDLE);
      return;
    }
    setState((prev) => ({
      ...prev,
      status: 'running',
      done: 0,
      trials: s.uncertainty!.trials,
      stale: prev.result !== null,
      error: null,
    }));
    runner.current!.run(s, {
      onProgress: (done, trials) => setState((prev) => ({ ...prev, done, trials })),
      onDone: (result) =>
        setState((prev) => ({
          ...prev,
          status: 'done',
          result,
          resultScenario: s,
          stale: false,
          done: prev.trials,
        })),
      onFailed: (message) =>
        setState((prev) => ({ ...prev, status: 'failed', error: message, stale: true })),
    });
  }, []);

  useEffect(() => start(scenario), [scenario, start]);
  useEffect(() => () => runner.current?.dispose(), []);

  const cancel = useCallback(() => {
    runner.current!.cancel();
    setState((prev) => ({ ...prev, status: 'cancelled', stale: prev.result !== null }));
  }, []);
  const rerun = useCallback(() => start(scenario), [scenario, start]);
  const { resultScenario } = state;
  const trialsCsv = useCallback(
    () =>
      resultScenario
        ? runner.current!.trials(resultScenario)
        : Promise.reject(new Error('no simulation has finished yet')),
    [resultScenario],
  );
  return { ...state, cancel, rerun, trialsCsv, where: runner.current.where };
}
