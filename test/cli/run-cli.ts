import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main';
import { oracle } from '../support/domain-oracle';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `crossover` in process, capturing its output. */
export async function runInProcess(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (t) => (stdout += `${t}\n`),
    err: (t) => (stderr += `${t}\n`),
  });
  return { code, stdout, stderr };
}

/** Runs `crossover` in process, expects exit code 0 and returns what it printed. */
export async function runOk(argv: string[]) {
  const { code, stdout } = await runInProcess(argv);
  expect(code).toBe(0);
  return stdout;
}

/** Runs the installed `crossover` bin as a user would, in a child process. */
export function runBin(argv: string[]) {
  const result = spawnSync(process.execPath, [`${ROOT}bin/crossover.js`, ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * What the loader says on stderr for an example whose vendor counts saturate: one warning per
 * saturating option, the month taken from the independent oracle.
 */
export function saturationWarnings(file: string): string {
  const scenario = JSON.parse(readFileSync(resolve(ROOT, file), 'utf8'));
  return oracle(scenario)
    .options.map((option, i) =>
      option.saturatedFromMonth === null
        ? ''
        : `${file}: warning: options[${i}] (${JSON.stringify(scenario.options[i].name)}).overcount: ` +
          `from month ${option.saturatedFromMonth} the vendor counts every contact as an outcome: drift adds nothing more\n`,
    )
    .join('');
}
