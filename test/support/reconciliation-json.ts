import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect } from 'vitest';
import { GENERATOR_DEFINITION } from '../../src/reconcile/generate-events';
import { runInProcess } from '../cli/run-cli';

/**
 * R.json as `crossover reconcile examples/events/support-desk.csv --json` writes it (with
 * `extraArgs` before `--json`), made once before the file's tests in a fresh temporary directory,
 * with edited copies written beside it on demand.
 */
export function reconciliationJson(prefix: string, extraArgs: readonly string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = join(dir, 'R.json');
  let parsed: Record<string, any> | undefined;

  beforeAll(async () => {
    const { code, stdout } = await runInProcess([
      'reconcile',
      'examples/events/support-desk.csv',
      '--definition',
      GENERATOR_DEFINITION,
      '--price',
      '0.99',
      ...extraArgs,
      '--json',
    ]);
    expect(code).toBe(0);
    parsed = JSON.parse(stdout);
    writeFileSync(path, stdout);
  });

  /** The parsed R.json (after beforeAll). */
  const reconciled = (): Record<string, any> => {
    if (parsed === undefined) throw new Error('R.json is written in beforeAll: read it in a test');
    return parsed;
  };

  /** Writes `text` as DIR/NAME and returns its path. */
  const writeBeside = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  /** R.json with a change, written beside the real one. */
  const variant = (name: string, change: (r: Record<string, any>) => unknown): string => {
    const copy = structuredClone(reconciled());
    change(copy);
    return writeBeside(name, JSON.stringify(copy));
  };

  return { dir, path, reconciled, variant, writeBeside };
}
