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
      budget: '>= 50000',
    },
    // the reference: the same arithmetic as a minimal typed-array loop into one reused buffer
    // (bench/typed-array-kernel.ts; test/bench checks it gives the engine's numbers), against the
    // engine writing again into one result's memory, as the kernel does into its buffer
    {
      name: 'typed-array kernel, same arithmetic, one reused buffer',
      value: bundled.kernelReusingBuffer,
      unit: 'per s',
    },
    {
      name: 'scenario evaluations writing into the previous result',
      value: bundled.evaluationsReusingMemory,
      unit: 'per s',
    },
    {
      name: 'engine time as a ratio to the kernel, both reusing memory',
      value: bundled.kernelReusingBuffer / bundled.evaluationsReusingMemory,
      unit: 'x',
      budget: '<= 3',
    },
    {
      name: 'the kernel writing all its lines into fresh memory each call',
      value: bundled.kernel,
      unit: 'per s',
    },
    {
      name: 'engine time as a ratio to the kernel, both in fresh memory',
      value: bundled.kernel / bundled.evaluations,
      unit: 'x',
    },
    { name: 'crossover solves', value: bundled.crossovers, unit: 'per s', budget: '>= 2000' },
    { name: 'scenario evaluations under tsx (the CLI)', value: loader.evaluations, unit: 'per s' },
  ];
}

function measureBundled(): ReturnType<typeof engineFigures> {
  return runBundled('engine-workload', 'engineFigures');
}
