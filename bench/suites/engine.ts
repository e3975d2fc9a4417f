import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
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
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const out = join(root, '.tmp', 'bench-engine.mjs');
  buildSync({
    stdin: {
      contents:
        "import { engineFigures } from './bench/engine-workload.ts'; console.log(JSON.stringify(engineFigures()));",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  });
  return JSON.parse(execFileSync(process.execPath, [out], { encoding: 'utf8' }));
}
