import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * Bundles `bench/<workload>.ts` with esbuild, runs its `exportName()` under plain node and returns
 * what it printed as JSON: the engine ships bundled, so budgets are measured on a bundle.
 */
export function runBundled<T>(workload: string, exportName: string): T {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const out = join(root, '.tmp', `bench-${workload}.mjs`);
  buildSync({
    stdin: {
      contents: `import { ${exportName} } from './bench/${workload}.ts'; console.log(JSON.stringify(${exportName}()));`,
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
