import type { RiskJobResult } from './risk-job';

/**
 * To the worker: run a scenario (a newer id replaces any run), cancel whatever runs, or make the
 * CSV of a scenario's trials (beside any run, numbered on its own).
 */
export type RiskRequest =
  | { type: 'run'; id: number; scenario: unknown }
  | { type: 'cancel'; id: number }
  | { type: 'trials'; request: number; scenario: unknown };

/** From the worker, tagged with the id of the run they belong to. */
export type RiskResponse =
  | { type: 'progress'; id: number; done: number; trials: number }
  | { type: 'done'; id: number; result: RiskJobResult }
  | { type: 'failed'; id: number; message: string }
  | { type: 'trials'; request: number; csv: string }
  | { type: 'trials-failed'; request: number; message: string };
