// The switch search (every switch month 1..H+1, DOMAIN.md "Buy now, switch later") on the
// buy-then-build example stretched to a 240-month horizon.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateScenario } from '../src/engine/evaluate';
import { parseScenarioText } from '../src/scenario/load';
import type { Scenario } from '../src/scenario/schema';
import { callsPerSecond } from './timing';

export function switchScenario(horizonMonths: number): Scenario {
  const file = fileURLToPath(new URL('../examples/buy-then-build.json', import.meta.url));
  const json = JSON.parse(readFileSync(file, 'utf8'));
  json.horizonMonths = horizonMonths;
  const parsed = parseScenarioText(JSON.stringify(json));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

export function switchFigures(): { ms240: number; ms36: number; bestMonth240: number | null } {
  const long = switchScenario(240);
  const short = switchScenario(36);
  const result = evaluateScenario(long);
  const option = result.options.find((o) => o.name === 'Buy then build');
  return {
    ms240: 1000 / callsPerSecond(() => evaluateScenario(long)),
    ms36: 1000 / callsPerSecond(() => evaluateScenario(short)),
    bestMonth240: option?.bestSwitchMonth ?? null,
  };
}
