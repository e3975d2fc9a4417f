import { readFileSync } from 'node:fs';
import { compareScenarios, type ScenarioVersion } from '../../src/analysis/npv-bridge';
import { buildDeckModel, writePptxBytes } from '../../src/deck/index';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import type { Figure } from '../run';
import { medianMs } from '../timing';

// The board's two questions about the support-team example: what changed since last quarter
// (`crossover diff`) and the deck (`crossover deck --compare`), each from the files to the result.

function version(path: string): ScenarioVersion {
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.problems)}`);
  return { file, scenario: parsed.scenario };
}

const NOW = 'examples/support-team.json';
const OLD = 'examples/quarters/support-team-last-quarter.json';
const META = { date: '2026-01-01', version: 'bench' };

export default async function boardBench(): Promise<Figure[]> {
  const diff = () => compareScenarios(version(OLD), version(NOW));
  const deck = async () => {
    const now = version(NOW);
    const result = evaluateScenario(now.scenario);
    const comparison = compareScenarios(version(OLD), { ...now, result });
    return writePptxBytes(
      buildDeckModel(now.scenario, result, META, { comparison, label: 'last quarter' }),
    );
  };
  diff();
  await deck(); // warm-up
  const diffMs = await medianMs(diff, 9);
  const deckMs = await medianMs(deck, 7);
  const bytes = (await deck()).length;
  return [
    {
      name: 'diff, support team against last quarter (5 bridge steps)',
      value: diffMs,
      unit: 'ms',
      budget: '<= 1000',
    },
    {
      name: 'deck --compare, support team (6 slides, 2 native charts)',
      value: deckMs,
      unit: 'ms',
      budget: '<= 1000',
    },
    { name: 'deck size', value: bytes / 1024, unit: 'KB' },
  ];
}
