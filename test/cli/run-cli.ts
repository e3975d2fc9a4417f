import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

/** Runs the installed `crossover` bin as a user would, in a child process. */
export function runBin(argv: string[]) {
  const result = spawnSync(process.execPath, [`${ROOT}bin/crossover.js`, ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
