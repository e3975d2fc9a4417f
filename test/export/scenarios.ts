import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareScenarios } from '../../src/analysis/npv-bridge';
import { evaluateScenario, type ScenarioResult } from '../../src/engine/evaluate';
import { parseScenario, parseScenarioText } from '../../src/scenario/load';
import type { Scenario } from '../../src/scenario/schema';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Case {
  file: string;
  stem: string;
  scenario: Scenario;
  result: ScenarioResult;
}

function load(dir: string): Case[] {
  return readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const parsed = parseScenarioText(readFileSync(join(ROOT, file), 'utf8'));
      if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
      return {
        file,
        stem: `${dir.replace(/\W+/g, '-')}-${f.replace(/\.json$/, '')}`,
        scenario: parsed.scenario,
        result: evaluateScenario(parsed.scenario),
      };
    });
}

/** Every example plus the export's own fixtures. */
export function exportCases(): Case[] {
  return [...load('examples'), ...load('test/export/fixtures')];
}

export const META = { exportDate: '2026-11-23', version: '0.0.0-test' };

/** This quarter's support-team scenario, evaluated, and what changed since last quarter's. */
export function supportTeamSinceLastQuarter() {
  const load = (path: string) => {
    const file = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
    const parsed = parseScenario(file);
    if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.problems)}`);
    return { file, scenario: parsed.scenario };
  };
  const now = load('examples/support-team.json');
  const result = evaluateScenario(now.scenario);
  const comparison = compareScenarios(load('examples/quarters/support-team-last-quarter.json'), {
    ...now,
    result,
  });
  return { scenario: now.scenario, result, comparison };
}
