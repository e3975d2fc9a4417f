// How fast the `crossover` command starts, as a ratio to `node -e 0` measured in the same run:
// the three are run in turn, so a busy machine slows each of them alike.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Figure } from '../run';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = `${ROOT}bin/crossover.js`;

function wallMs(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export default async function cli(): Promise<Figure[]> {
  const commands = {
    node: ['-e', '0'],
    help: [BIN, '--help'],
    run: [BIN, 'run'],
  };
  wallMs(commands.help); // builds the CLI when a source changed since the last build
  const times: Record<keyof typeof commands, number[]> = { node: [], help: [], run: [] };
  for (let i = 0; i < 21; i++)
    for (const [name, args] of Object.entries(commands))
      times[name as keyof typeof commands].push(wallMs(args));
  const [node, help, run] = [median(times.node), median(times.help), median(times.run)];
  return [
    { name: '`node -e 0` (the reference)', value: node, unit: 'ms' },
    { name: '`crossover --help`', value: help, unit: 'ms' },
    { name: '`crossover run` (the default example)', value: run, unit: 'ms' },
    { name: '`crossover --help` / `node -e 0`', value: help / node, unit: 'x', budget: '<= 3' },
    { name: '`crossover run` / `node -e 0`', value: run / node, unit: 'x', budget: '<= 5' },
  ];
}
