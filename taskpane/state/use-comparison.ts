import { useMemo } from 'react';
import { compareScenarios, type ScenarioComparison } from '../../src/index';
import type { ComparedFile } from './compare-file';
import { useEvaluated } from './scenario-store';

export type ComparisonState =
  | { ok: true; label: string; comparison: ScenarioComparison }
  | { ok: false; label: string; message: string };

/** The engine's comparison of a previous file with the scenario as last evaluated. */
export function useComparison(compared: ComparedFile | null): ComparisonState | null {
  const evaluated = useEvaluated();
  return useMemo(() => {
    if (!compared) return null;
    try {
      const comparison = compareScenarios(compared.version, {
        file: evaluated.draft,
        scenario: evaluated.scenario,
        result: evaluated.result,
      });
      return { ok: true, label: compared.label, comparison };
    } catch (error) {
      return {
        ok: false,
        label: compared.label,
        message: `${compared.label} could not be compared: ${(error as Error).message}`,
      };
    }
  }, [compared, evaluated]);
}
