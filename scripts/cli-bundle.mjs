// Where the built `crossover` CLI lives and whether it is current; node:fs only, so the bin can
// check it before loading anything else. scripts/build-cli.mjs writes it.
//   build/cli/current.json  { "dir": "<build id>", "startedAt": ms, "inputs": [paths from the root] }
//   build/cli/<build id>/main.mjs and its chunks
/* global URL */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const CLI_BUILD_DIR = join(ROOT, 'build', 'cli');
export const CLI_CURRENT = join(CLI_BUILD_DIR, 'current.json');

/**
 * The entry file of the built CLI when every file it was built from is unchanged since the build
 * started; null when it was never built, or a source, the lockfile or the build script changed.
 */
export function currentCliEntry(root = ROOT) {
  let current;
  try {
    current = JSON.parse(readFileSync(join(root, 'build', 'cli', 'current.json'), 'utf8'));
  } catch {
    return null;
  }
  for (const input of current.inputs) {
    try {
      if (statSync(join(root, input)).mtimeMs > current.startedAt) return null;
    } catch {
      return null;
    }
  }
  return join(root, 'build', 'cli', current.dir, 'main.mjs');
}
