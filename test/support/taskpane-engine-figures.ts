// The engine's figures for a draft: what the taskpane must show for it.
import { evaluateScenario, type ScenarioResult } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';
import { defaultDraft } from '../../taskpane/state/examples';

/** A draft (the default one unless given) parsed and evaluated; a draft that fails throws. */
export function evaluatedDraft(draft: unknown = defaultDraft()): {
  scenario: Scenario;
  result: ScenarioResult;
} {
  const parsed = parseScenario(draft);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { scenario: parsed.scenario, result: evaluateScenario(parsed.scenario) };
}

/** The engine's ranking of a draft, to compare the rendered table against. */
export const engineRanking = (draft: unknown): string[] => evaluatedDraft(draft).result.ranking;

/** The board workbook's sheets, in order; written into Excel, the Functions sheet follows. */
export const BOARD_SHEETS = ['Summary', 'Inputs', 'Schedule', 'Crossover', 'Definitions'];
