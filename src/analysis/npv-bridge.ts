import { evaluateScenario, type ScenarioResult } from '../engine/evaluate';
import { parseScenario } from '../scenario/load';
import type { Scenario } from '../scenario/schema';
import {
  applyInput,
  inputChanges,
  optionNames,
  scenarioDocument,
  type InputChange,
} from './input-changes';

/** One scenario version: the file as written (for the order of its paths) and as validated. */
export interface ScenarioVersion {
  file: unknown;
  scenario: Scenario;
  result?: ScenarioResult;
}

export interface BridgeStep {
  /** The inputs changed in this step; several when one alone would make the scenario invalid. */
  paths: string[];
  /** NPV after the step minus NPV before, per option present in both versions. */
  effect: Record<string, number>;
}

export interface ScenarioComparison {
  added: string[];
  removed: string[];
  changes: InputChange[];
  bridge: BridgeStep[];
  /** NPV_NEW - NPV_OLD per option present in both; the bridge's effects add up to it. */
  totalChange: Record<string, number>;
  /** NPV per option present in both, before and after. */
  npvBefore: Record<string, number>;
  npvAfter: Record<string, number>;
  recommendationBefore: string;
  recommendationAfter: string;
  recommendationChanged: boolean;
}

const npvByName = (result: ScenarioResult, names: readonly string[]) =>
  Object.fromEntries(names.map((n) => [n, result.options.find((o) => o.name === n)!.npv]));

/**
 * What changed from OLD to NEW (DOMAIN.md "What changed"): the inputs, the options added and
 * removed, and the NPV bridge of every option in both, one step per change in NEW's file order.
 */
export function compareScenarios(
  oldVersion: ScenarioVersion,
  newVersion: ScenarioVersion,
): ScenarioComparison {
  const oldResult = oldVersion.result ?? evaluateScenario(oldVersion.scenario);
  const newResult = newVersion.result ?? evaluateScenario(newVersion.scenario);
  const oldNames = optionNames(oldVersion.scenario);
  const newNames = optionNames(newVersion.scenario);
  const common = newNames.filter((n) => oldNames.includes(n));
  const changes = inputChanges(
    oldVersion.scenario,
    newVersion.scenario,
    oldVersion.file,
    newVersion.file,
  );

  // Start from OLD with only the options both versions have, without its uncertainty block.
  const document = scenarioDocument(oldVersion.scenario);
  delete document.uncertainty;
  document.options = (document.options as { name: string }[]).filter((o) =>
    common.includes(o.name),
  ) as typeof document.options;

  const before = npvByName(oldResult, common);
  const after = npvByName(newResult, common);
  const bridge: BridgeStep[] = [];
  let current = before;
  let pending: string[] = [];
  changes.forEach((change, i) => {
    applyInput(document, change.steps, change.new);
    pending.push(change.path);
    const last = i === changes.length - 1;
    let next: Record<string, number> | null = null;
    if (last) {
      next = after;
    } else {
      const parsed = common.length > 0 ? parseScenario(document) : null;
      if (parsed?.ok) {
        next = npvByName(evaluateScenario(parsed.scenario), common);
      } else if (common.length === 0) next = {};
    }
    if (next === null) return; // invalid alone: merged with the following steps
    const effect = Object.fromEntries(common.map((n) => [n, next![n] - current[n]]));
    bridge.push({ paths: pending, effect });
    pending = [];
    current = next;
  });

  const totalChange = Object.fromEntries(common.map((n) => [n, after[n] - before[n]]));
  // The effects add up to the total exactly: the last step takes what rounding left over.
  if (bridge.length > 0) {
    const lastStep = bridge[bridge.length - 1];
    for (const n of common) {
      let others = 0;
      for (let s = 0; s < bridge.length - 1; s++) others += bridge[s].effect[n];
      lastStep.effect[n] = totalChange[n] - others;
    }
  }
  const recommendationBefore = oldResult.ranking[0];
  const recommendationAfter = newResult.ranking[0];
  return {
    added: newNames.filter((n) => !oldNames.includes(n)),
    removed: oldNames.filter((n) => !newNames.includes(n)),
    changes: changes.map(({ path, old, new: value }) => ({ path, old, new: value })),
    bridge,
    totalChange,
    npvBefore: before,
    npvAfter: after,
    recommendationBefore,
    recommendationAfter,
    recommendationChanged: recommendationBefore !== recommendationAfter,
  };
}
