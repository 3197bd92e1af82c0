import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL server a test started, on 127.0.0.1, in a temporary folder. */
export interface PostgresServer {
  /** `postgres://confbot@127.0.0.1:PORT/confbot`. */
  url: string;
  port: number;
  /** Milliseconds initdb and the start took. */
  startMs: number;
  stop(): void;
}

/** The unprivileged account the server runs as when the tests run as root (PostgreSQL refuses root). */
const SERVER_USER = 'postgres';

/**
 * Where Debian's (or another) PostgreSQL keeps initdb and pg_ctl: `PG_BIN`, else the newest
 * /usr/lib/postgresql/N/bin, else `pg_config --bindir`. Throws, naming the fix, when there is none:
 * the tests never skip, so a machine without PostgreSQL fails them (.ci/run installs it).
 */
export function postgresBinDir(): string {
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  const probe = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (probe.status === 0 && existsSync(join(probe.stdout.trim(), 'initdb'))) return probe.stdout.trim();
  throw new Error(
    'PostgreSQL server binaries not found: install them (apt-get install -y postgresql, as .ci/run does) or set PG_BIN',
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
  });
}

/**
 * Starts a real PostgreSQL server for one test file: initdb in a fresh temporary folder, then pg_ctl
 * start on a free loopback port, as the `postgres` account when the tests run as root. Trust
 * authentication on loopback only; fsync off, since the data dies with the test.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const started = performance.now();
  const bin = postgresBinDir();
  const dir = mkdtempSync(join(tmpdir(), 'confbot-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', SERVER_USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', SERVER_USER], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (program: string, args: string[]) => {
    const [cmd, argv] = asRoot
      ? ['runuser', ['-u', SERVER_USER, '--', join(bin, program), ...args]]
      : [join(bin, program), args];
    const result = spawnSync(cmd, argv as string[], { encoding: 'utf8', cwd: dir });
    if (result.status !== 0)
      throw new Error(`${program} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'confbot', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
    'start',
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    // initdb made the `confbot` superuser; its default database is created here.
    run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'confbot', 'confbot']);
  } catch (err) {
    stop();
    throw err;
  }
  return {
    url: `postgres://confbot@127.0.0.1:${port}/confbot`,
    port,
    startMs: performance.now() - started,
    stop,
  };
}
