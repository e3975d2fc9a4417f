import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { main } from '../../src/cli/main';

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
