// Builds the `crossover` CLI with esbuild into build/cli/ (run by `prepare` on npm install/ci,
// and by bin/crossover.js when a source changed since the last build).
// Each command is a chunk of its own, loaded when the command runs, and the dependencies stay in
// node_modules, so `crossover --help` loads no mathjs, DuckDB or exceljs.
// A build goes into a fresh build/cli/<id>/ and then current.json is replaced in one rename, so a
// CLI running meanwhile never sees a half-written build.
// Usage: node scripts/build-cli.mjs [--if-possible]   (--if-possible: exit 0 without esbuild)
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI_BUILD_DIR, ROOT } from './cli-bundle.mjs';

/** Builds stay this long after being replaced, for a CLI that started from them and is still running. */
const KEEP_REPLACED_MS = 60 * 60 * 1000;

/** Files outside the bundle's inputs that change what a build produces. */
const BUILD_INPUTS = ['package-lock.json', 'scripts/build-cli.mjs'];

export async function buildCli({ root = ROOT, buildDir = CLI_BUILD_DIR } = {}) {
  const { build } = await import('esbuild');
  const startedAt = Date.now();
  const id = `${startedAt.toString(36)}-${process.pid}`;
  const outdir = join(buildDir, id);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  writeFileSync(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  const inputs = [
    ...Object.keys(result.metafile.inputs).filter((f) => !f.startsWith('node_modules/')),
    ...BUILD_INPUTS,
  ].map((f) => relative(root, join(root, f)).split('\\').join('/'));
  const next = join(buildDir, `current.${id}.json`);
  writeFileSync(next, JSON.stringify({ dir: id, startedAt, inputs }, null, 1));
  renameSync(next, join(buildDir, 'current.json'));
  removeReplacedBuilds(buildDir, id);
  return { outdir, entry: join(outdir, 'main.mjs'), metafile: result.metafile };
}

function removeReplacedBuilds(buildDir, keep) {
  for (const name of readdirSync(buildDir)) {
    const path = join(buildDir, name);
    if (name === keep || name === 'current.json') continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_REPLACED_MS)
        rmSync(path, { recursive: true, force: true });
    } catch {
      // another build removed it first
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const ifPossible = process.argv.includes('--if-possible');
  try {
    mkdirSync(CLI_BUILD_DIR, { recursive: true });
    const { outdir } = await buildCli();
    console.log(`[build-cli] built the crossover CLI into ${relative(ROOT, outdir)}`);
  } catch (error) {
    if (ifPossible && error?.code === 'ERR_MODULE_NOT_FOUND') {
      console.log(
        '[build-cli] esbuild is not installed; bin/crossover.js will run the TypeScript through tsx',
      );
    } else {
      console.error(`[build-cli] ${error.message}`);
      process.exit(1);
    }
  }
}
