import type { RiskJobResult } from './risk-job';

/** To the worker: run a scenario (a newer id replaces any run), or cancel whatever runs. */
export type RiskRequest =
  { type: 'run'; id: number; scenario: unknown } | { type: 'cancel'; id: number };

/** From the worker, tagged with the id of the run they belong to. */
export type RiskResponse =
  | { type: 'progress'; id: number; done: number; trials: number }
  | { type: 'done'; id: number; result: RiskJobResult }
  | { type: 'failed'; id: number; message: string };
