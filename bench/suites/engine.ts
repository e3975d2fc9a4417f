import { runBundled } from '../run-bundled';
import { engineFigures } from '../engine-workload';
import { manyTiersRunMs } from '../tiers-workload';
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
      budget: '>= 40000',
    },
    {
      name: 'the same, reading every breakeven after the horizon (pairs run to month 240)',
      value: bundled.evaluationsBeyondHorizon,
      unit: 'per s',
    },
    // the reference: the same arithmetic as a minimal typed-array loop (bench/typed-array-kernel.ts;
    // test/bench checks it gives the engine's numbers), shown beside the engine, without a budget
    {
      name: 'typed-array kernel, same arithmetic, fresh memory each call',
      value: bundled.kernel,
      unit: 'per s',
    },
    {
      name: 'engine time as a ratio to the kernel',
      value: bundled.kernel / bundled.evaluations,
      unit: 'x',
    },
    { name: 'crossover solves', value: bundled.crossovers, unit: 'per s', budget: '>= 2000' },
    { name: 'scenario evaluations under tsx (the CLI)', value: loader.evaluations, unit: 'per s' },
    {
      name: 'run: 20,000-tier vendors x 5 builds (`crossover run`)',
      value: manyTiersRunMs(),
      unit: 'ms',
      budget: '<= 5000',
    },
  ];
}

function measureBundled(): ReturnType<typeof engineFigures> {
  return runBundled('engine-workload', 'engineFigures');
}
