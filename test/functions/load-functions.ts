// The generated functions.json and the id -> implementation map the bundle registers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HyperFormula } from 'hyperformula';
import { buildAddinOnce } from '../addin/build-addin';
import { outcomePlugin, outcomeTranslations, type FunctionsJson } from './hyperformula-plugin';

export interface LoadedFunctions {
  metadata: FunctionsJson;
  implementations: Record<string, (...args: unknown[]) => unknown>;
}

export async function loadFunctions(): Promise<LoadedFunctions> {
  const built = await buildAddinOnce();
  const metadata = JSON.parse(readFileSync(join(built.outDir, 'functions.json'), 'utf8'));
  const implementations: LoadedFunctions['implementations'] = {};
  for (const a of built.associate) {
    const module = await import(pathToFileURL(a.sourceFileName).href);
    implementations[a.id] = module[a.functionName];
  }
  return { metadata, implementations };
}

let registered = false;

/** Registers the OUTCOME plugin with HyperFormula (once per test file). */
export async function registerOutcomePlugin(): Promise<LoadedFunctions> {
  const loaded = await loadFunctions();
  if (!registered) {
    HyperFormula.registerFunctionPlugin(
      outcomePlugin(loaded.metadata, loaded.implementations),
      outcomeTranslations(loaded.metadata),
    );
    registered = true;
  }
  return loaded;
}
