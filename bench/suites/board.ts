import { readFileSync } from 'node:fs';
import { compareScenarios, type ScenarioVersion } from '../../src/analysis/npv-bridge';
import { buildDeckModel, writePptxBytes } from '../../src/deck/index';
import { evaluateScenario } from '../../src/engine/evaluate';
import { parseScenario } from '../../src/scenario/load';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { reconcileCsvText } from '../../src/reconcile/reconcile-table';
import { reconcileSettings } from '../../src/reconcile/settings';
import type { Figure } from '../run';
import { medianMs } from '../timing';

// The board's two questions about the support-team example: what changed since last quarter
// (`crossover diff`) and the deck (`crossover deck --compare`), each from the files to the result;
// and the fullest deck: the example with ranges (its 10,000-trial simulation included), compared
// with last quarter and with the example events' reconciliation (reconciled once, outside the
// timing, as `deck --reconciliation` reads a finished reconcile --json).

function version(path: string): ScenarioVersion {
  const file = JSON.parse(readFileSync(path, 'utf8'));
  const parsed = parseScenario(file);
  if (!parsed.ok) throw new Error(`${path}: ${JSON.stringify(parsed.problems)}`);
  return { file, scenario: parsed.scenario };
}

const NOW = 'examples/support-team.json';
const RANGES = 'examples/support-team-ranges.json';
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
  const { reconciliation } = reconcileCsvText(
    readFileSync('examples/events/support-desk.csv', 'utf8'),
    'support-desk.csv',
    reconcileSettings({ definition: GENERATOR_DEFINITION, price: 0.99, tolerance: 0.05 }),
  );
  const fullest = async () => {
    const now = version(RANGES);
    const result = evaluateScenario(now.scenario);
    const comparison = compareScenarios(version(OLD), { ...now, result });
    return writePptxBytes(
      buildDeckModel(
        now.scenario,
        result,
        META,
        { comparison, label: 'last quarter' },
        { reconciliation, definition: GENERATOR_DEFINITION, source: 'R.json' },
      ),
    );
  };
  diff();
  await deck(); // warm-up
  await fullest();
  const diffMs = await medianMs(diff, 9);
  const deckMs = await medianMs(deck, 7);
  const bytes = (await deck()).length;
  const fullestMs = await medianMs(fullest, 5);
  // CPU time beside wall time: on a loaded machine the wall time is mostly waiting for a core
  const cpu = process.cpuUsage();
  await fullest();
  const used = process.cpuUsage(cpu);
  const fullestCpuMs = (used.user + used.system) / 1000;
  return [
    {
      name: 'diff, support team against last quarter (5 bridge steps)',
      value: diffMs,
      unit: 'ms',
      budget: '<= 1000',
    },
    {
      name: 'deck --compare, support team (7 slides, 2 native charts)',
      value: deckMs,
      unit: 'ms',
      budget: '<= 1000',
    },
    {
      name: 'deck, ranges (10,000 trials) + --compare + --reconciliation (9 slides)',
      value: fullestMs,
      unit: 'ms',
      budget: '<= 1000',
    },
    { name: 'the same deck, CPU time of one run', value: fullestCpuMs, unit: 'ms' },
    { name: 'deck size', value: bytes / 1024, unit: 'KB' },
  ];
}
