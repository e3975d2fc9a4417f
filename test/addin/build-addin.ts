// Builds the add-in part of dist/ into a temporary directory, once per test file.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error: a plain .mjs build script without type declarations
import { buildAddin } from '../../scripts/build-addin.mjs';

export interface BuiltAddin {
  associate: { sourceFileName: string; functionName: string; id: string }[];
  outDir: string;
  ids: string[];
  baseUrl: string;
}

let built: Promise<BuiltAddin> | undefined;

export function buildAddinOnce(
  baseUrl = 'https://addin.example.com/crossover',
): Promise<BuiltAddin> {
  built ??= buildAddin({
    outDir: mkdtempSync(join(tmpdir(), 'crossover-addin-')),
    baseUrl,
    log: () => {},
  }) as Promise<BuiltAddin>;
  return built;
}
