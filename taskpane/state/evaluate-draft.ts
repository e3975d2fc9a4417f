// One pass of the engine over a draft: either a fresh result or the problems that stop it.
import {
  evaluateChecked,
  parseScenario,
  type Scenario,
  type ScenarioResult,
  type Checked,
} from '../../src/index';
import type { Draft } from './draft';

export interface Evaluated {
  draft: Draft;
  scenario: Scenario;
  result: ScenarioResult;
}

export type DraftVerdict = Checked<{ evaluated: Evaluated }>;

export function evaluateDraft(draft: Draft): DraftVerdict {
  const parsed = parseScenario(draft);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const evaluated = evaluateChecked(parsed.scenario);
  if (!evaluated.ok) return { ok: false, problems: evaluated.problems };
  return {
    ok: true,
    evaluated: { draft, scenario: parsed.scenario, result: evaluated.result },
  };
}
