// The Web Worker of the Risk tab: runs one job at a time; a new job or a cancel stops the last.
import type { Scenario } from '../../src/index';
import { riskTrialsCsv, runRiskJob } from './risk-job';
import type { RiskRequest, RiskResponse } from './risk-messages';

let current = 0;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const post = (message: RiskResponse) => postMessage(message);

onmessage = async (event: MessageEvent<RiskRequest>) => {
  const request = event.data;
  if (request.type === 'trials') {
    const { request: n } = request;
    try {
      post({ type: 'trials', request: n, csv: riskTrialsCsv(request.scenario as Scenario) });
    } catch (error) {
      post({ type: 'trials-failed', request: n, message: messageOf(error) });
    }
    return;
  }
  current = request.id;
  if (request.type === 'cancel') return;
  const id = request.id;
  try {
    const result = await runRiskJob(
      request.scenario as Scenario,
      (done, trials) => post({ type: 'progress', id, done, trials }),
      () => current !== id,
    );
    if (result) post({ type: 'done', id, result });
  } catch (error) {
    post({ type: 'failed', id, message: messageOf(error) });
  }
};
