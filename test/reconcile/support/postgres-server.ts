import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const ROOT = '/usr/lib/postgresql';

/** A throwaway PostgreSQL server in a temp directory, on a free loopback port. */
export interface PostgresServer {
  client: pg.Client;
  /** a directory the server process can read files from (for COPY) */
  dir: string;
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust authentication, no password) */
  url: string;
  stop: () => Promise<void>;
}

function binDir(): string {
  const versions = existsSync(ROOT) ? readdirSync(ROOT).sort().reverse() : [];
  const found = versions
    .map((v) => join(ROOT, v, 'bin'))
    .find((d) => existsSync(join(d, 'pg_ctl')));
  if (!found)
    throw new Error(
      `PostgreSQL is not installed under ${ROOT}: run \`node scripts/ensure-system-deps.mjs\` (apt-get install postgresql)`,
    );
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL binary as the postgres user when we are root (initdb refuses root). */
function asServerUser(command: string, args: string[]) {
  const isRoot = process.getuid?.() === 0;
  const [file, argv] = isRoot
    ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
    : [command, args];
  try {
    return execFileSync(file, argv, { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${e.stderr || e.stdout || e.message}`, {
      cause: error,
    });
  }
}

/** Starts the server or throws with PostgreSQL's own explanation; never skips. */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'crossover-pg-'));
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  asServerUser(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--locale=C',
    '-E',
    'UTF8',
  ]);
  asServerUser(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    'start',
  ]);
  const stop = async () => {
    try {
      asServerUser(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  try {
    await client.connect();
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    client,
    dir,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await client.end();
      await stop();
    },
  };
}
