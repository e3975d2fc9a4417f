import { runBundled } from '../run-bundled';
import { engineFigures } from '../engine-workload';
import type { Figure } from '../run';

/**
 * The engine ships bundled by esbuild (functions.js, the taskpane), so the budgets are measured
 * on an esbuild bundle run by plain node; the figure under tsx, the TypeScript loader the CLI
 * uses, is shown beside it.
 */
export default async function engine(): Promise<Figure[]> {
  const bundled = measureBundled();
  const loader = engineFigures();
  return [
    {
      name: 'scenario evaluations (5 options x 60 months, with crossovers)',
      value: bundled.evaluations,
      unit: 'per s',
      budget: '>= 20000',
    },
    { name: 'crossover solves', value: bundled.crossovers, unit: 'per s', budget: '>= 2000' },
    { name: 'scenario evaluations under tsx (the CLI)', value: loader.evaluations, unit: 'per s' },
  ];
}

function measureBundled(): { evaluations: number; crossovers: number } {
  return runBundled('engine-workload', 'engineFigures');
}
