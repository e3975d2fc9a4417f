#!/usr/bin/env node
// `crossover`: runs the CLI that scripts/build-cli.mjs bundles into build/cli/ (built by `prepare`
// on npm install and npm ci). When a source changed since that build, it rebuilds first (esbuild,
// well under a second); only if it cannot build does it run the TypeScript through tsx.
import { pathToFileURL } from 'node:url';
import { currentCliEntry } from '../scripts/cli-bundle.mjs';

async function rebuiltEntry() {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    return (await buildCli()).entry;
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND')
      process.stderr.write(
        `crossover: cannot rebuild the CLI (${error.message}); running from source\n`,
      );
    return null;
  }
}

async function loadMain() {
  const entry = currentCliEntry() ?? (await rebuiltEntry());
  if (entry) return (await import(pathToFileURL(entry).href)).main;
  const { register } = await import('tsx/esm/api');
  register();
  return (await import('../src/cli/main.ts')).main;
}

const main = await loadMain();
process.exitCode = await main(process.argv.slice(2));
