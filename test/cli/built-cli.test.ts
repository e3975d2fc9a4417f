import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build scripts, no declarations
import { buildCli } from '../../scripts/build-cli.mjs';
// @ts-expect-error plain JavaScript build scripts, no declarations
import { currentCliEntry } from '../../scripts/cli-bundle.mjs';
import { ROOT, runBin } from './run-cli';

const dependencies = Object.keys(
  (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { dependencies: object })
    .dependencies,
);

/** The packages a chunk loads before any of its code runs: its static imports, transitively. */
function packagesLoadedWith(metafile: Metafile, output: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.outputs[path].imports) {
      if (imported.kind !== 'import-statement') continue;
      if (imported.external) packages.add(imported.path);
      else visit(imported.path);
    }
  };
  visit(output);
  return packages;
}

function outputOf(metafile: Metafile, entryPoint: string): string {
  const found = Object.entries(metafile.outputs).find(([, o]) => o.entryPoint === entryPoint);
  if (!found) throw new Error(`no output chunk for ${entryPoint}`);
  return found[0];
}

describe('the built crossover CLI', () => {
  let metafile: Metafile;
  beforeAll(async () => {
    ({ metafile } = await buildCli({ buildDir: mkdtempSync(join(tmpdir(), 'crossover-cli-')) }));
  });

  it('keeps every dependency in node_modules, outside the bundle', () => {
    const bundled = Object.keys(metafile.inputs).filter((f) => f.includes('node_modules'));
    expect(bundled).toEqual([]);
  });

  it('loads no dependency for --help', () => {
    const main = outputOf(metafile, 'src/cli/main.ts');
    const loaded = [...packagesLoadedWith(metafile, main)].filter((p) => !p.startsWith('node:'));
    expect(loaded).toEqual([]);
  });

  it('loads only zod for run: no mathjs, DuckDB, exceljs, pptxgenjs or pg', () => {
    const main = outputOf(metafile, 'src/cli/main.ts');
    const run = outputOf(metafile, 'src/cli/commands/run.ts');
    const loaded = new Set([
      ...packagesLoadedWith(metafile, main),
      ...packagesLoadedWith(metafile, run),
    ]);
    expect(dependencies.filter((d) => loaded.has(d))).toEqual(['zod']);
  });

  it('loads the heavy modules in the commands that use them', () => {
    const loadedBy = (command: string) =>
      packagesLoadedWith(metafile, outputOf(metafile, `src/cli/commands/${command}.ts`));
    expect(loadedBy('export').has('exceljs')).toBe(true);
    expect(loadedBy('reconcile').has('mathjs')).toBe(true);
    // the engines' drivers load only with --engine duckdb or --engine postgres
    expect(loadedBy('reconcile').has('@duckdb/node-api')).toBe(false);
    expect(loadedBy('reconcile').has('pg')).toBe(false);
    const engine = (file: string) =>
      packagesLoadedWith(metafile, outputOf(metafile, `src/reconcile/${file}.ts`));
    expect(engine('duckdb/count-with-duckdb').has('@duckdb/node-api')).toBe(true);
    expect(engine('postgres/count-with-postgres').has('pg')).toBe(true);
    expect(loadedBy('validate').has('mathjs')).toBe(false);
  });

  it('runs from bin/crossover.js as a user would', () => {
    const { code, stdout, stderr } = runBin(['--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: crossover <command>/);
    expect(currentCliEntry()).toMatch(/build[/\\]cli[/\\].+[/\\]main\.mjs$/);
  });
});

describe('whether the built CLI is current', () => {
  function fakeBuild(): { root: string; source: string } {
    const root = mkdtempSync(join(tmpdir(), 'crossover-current-'));
    mkdirSync(join(root, 'build', 'cli'), { recursive: true });
    mkdirSync(join(root, 'src'));
    const source = join(root, 'src', 'a.ts');
    writeFileSync(source, 'export {};');
    utimesSync(source, new Date(1000), new Date(1000));
    writeFileSync(
      join(root, 'build', 'cli', 'current.json'),
      JSON.stringify({ dir: 'b1', startedAt: 2000, inputs: ['src/a.ts'] }),
    );
    return { root, source };
  }

  it('is the build when no input changed since it started', () => {
    const { root } = fakeBuild();
    expect(currentCliEntry(root)).toBe(join(root, 'build', 'cli', 'b1', 'main.mjs'));
  });

  it('is stale once an input changes, or disappears, or when there is no build', () => {
    const changed = fakeBuild();
    utimesSync(changed.source, new Date(3000), new Date(3000));
    expect(currentCliEntry(changed.root)).toBeNull();
    const removed = fakeBuild();
    writeFileSync(
      join(removed.root, 'build', 'cli', 'current.json'),
      JSON.stringify({ dir: 'b1', startedAt: 2000, inputs: ['src/gone.ts'] }),
    );
    expect(currentCliEntry(removed.root)).toBeNull();
    expect(currentCliEntry(mkdtempSync(join(tmpdir(), 'crossover-none-')))).toBeNull();
  });
});
