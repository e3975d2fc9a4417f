// Where Risk runs happen: a Web Worker in the browser and in Excel, or the page itself where no
// Worker exists (jsdom). Either way one run at a time: starting a run cancels the one before.
import type { Scenario } from '../../src/index';
import { riskTrialsCsv, runRiskJob, type RiskJobResult } from './risk-job';
import type { RiskRequest, RiskResponse } from './risk-messages';

export interface RiskCallbacks {
  onProgress(done: number, trials: number): void;
  onDone(result: RiskJobResult): void;
  onFailed(message: string): void;
}

export interface RiskRunner {
  /** Where the runs happen, for the tab to say. */
  readonly where: 'worker' | 'page';
  run(scenario: Scenario, callbacks: RiskCallbacks): void;
  /** Every trial of the scenario's simulation as CSV, made where the runs happen. */
  trials(scenario: Scenario): Promise<string>;
  cancel(): void;
  dispose(): void;
}

export function createWorkerRunner(
  makeWorker = () =>
    new Worker(new URL('./risk-worker.ts', import.meta.url), { type: 'module', name: 'risk' }),
): RiskRunner {
  let worker: Worker | null = null;
  let id = 0;
  let callbacks: RiskCallbacks | null = null;
  let requests = 0;
  const waiting = new Map<number, { resolve(csv: string): void; reject(error: Error): void }>();
  const ensure = () => {
    if (worker) return worker;
    worker = makeWorker();
    worker.onmessage = (event: MessageEvent<RiskResponse>) => {
      const message = event.data;
      if (message.type === 'trials' || message.type === 'trials-failed') {
        const pending = waiting.get(message.request);
        waiting.delete(message.request);
        if (message.type === 'trials') pending?.resolve(message.csv);
        else pending?.reject(new Error(message.message));
        return;
      }
      if (message.id !== id || !callbacks) return;
      if (message.type === 'progress') callbacks.onProgress(message.done, message.trials);
      else if (message.type === 'done') callbacks.onDone(message.result);
      else callbacks.onFailed(message.message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const message = event.message || 'the risk worker failed';
      callbacks?.onFailed(message);
      for (const pending of waiting.values()) pending.reject(new Error(message));
      waiting.clear();
    };
    return worker;
  };
  const send = (request: RiskRequest) => ensure().postMessage(request);
  return {
    where: 'worker',
    run(scenario, next) {
      callbacks = next;
      send({ type: 'run', id: ++id, scenario });
    },
    trials(scenario) {
      const request = ++requests;
      return new Promise<string>((resolve, reject) => {
        waiting.set(request, { resolve, reject });
        send({ type: 'trials', request, scenario });
      });
    },
    cancel() {
      callbacks = null;
      send({ type: 'cancel', id: ++id });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const pending of waiting.values()) pending.reject(new Error('the risk worker stopped'));
      waiting.clear();
    },
  };
}

export function createPageRunner(): RiskRunner {
  let id = 0;
  return {
    where: 'page',
    run(scenario, callbacks) {
      const mine = ++id;
      const live = () => mine === id;
      runRiskJob(
        scenario,
        (done, trials) => live() && callbacks.onProgress(done, trials),
        () => !live(),
      ).then(
        (result) => result && live() && callbacks.onDone(result),
        (error: unknown) =>
          live() && callbacks.onFailed(error instanceof Error ? error.message : String(error)),
      );
    },
    async trials(scenario) {
      return riskTrialsCsv(scenario);
    },
    cancel() {
      id++;
    },
    dispose() {
      id++;
    },
  };
}

export function defaultRiskRunner(): RiskRunner {
  return typeof Worker === 'undefined' ? createPageRunner() : createWorkerRunner();
}
