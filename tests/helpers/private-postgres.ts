/**
 * A PostgreSQL server of the test's own: initdb into a directory under /tmp,
 * trust authentication, listening on a free port of 127.0.0.1 only, run as
 * the `postgres` user. A test that needs the database to go away stops and
 * starts this one, never the shared server at 127.0.0.1:5432 that other test
 * runs use. Stopped by its data directory (pg_ctl), then deleted.
 */
import { execFileSync, spawn } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

const BIN = '/usr/lib/postgresql/15/bin';

export interface PrivatePostgres {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server the way a failover does: fast shutdown, every connection cut. */
  stop(): void;
  /** Starts it (the command returns once it accepts connections); does nothing if it is running. */
  start(): Promise<void>;
  running(): boolean;
  /** Stops it if it runs and removes its data directory. */
  destroy(): void;
}

/** PostgreSQL 15's binaries and a `postgres` user to run them as: what the outage case needs. */
export const canRunPrivatePostgres = () =>
  fs.existsSync(path.join(BIN, 'initdb')) && fs.existsSync(path.join(BIN, 'pg_ctl')) && hasUser('postgres');

function hasUser(name: string): boolean {
  try {
    execFileSync('id', ['-u', name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const asPostgres = (command: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN, command), ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  if (!canRunPrivatePostgres())
    throw new Error(`a private PostgreSQL needs ${BIN}/initdb, ${BIN}/pg_ctl and a postgres user`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-pg-'));
  fs.chmodSync(dataDir, 0o700);
  execFileSync('chown', ['postgres:postgres', dataDir]);
  asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const log = path.join(dataDir, 'server.log');
  // The socket directory is the data directory: nothing of the machine's /var/run/postgresql is touched.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c fsync=off -c max_connections=100`;
  const pgCtl = (args: string[]) => asPostgres('pg_ctl', ['-D', dataDir, ...args]);
  const running = () => {
    try {
      pgCtl(['status']);
      return true;
    } catch {
      return false;
    }
  };
  const start = async () => {
    if (running()) return;
    // Spawned, not exec'd: the event loop runs on while the server starts (the test measures that moment).
    const child = spawn(
      'runuser',
      [
        '-u',
        'postgres',
        '--',
        path.join(BIN, 'pg_ctl'),
        '-D',
        dataDir,
        '-l',
        log,
        '-o',
        options,
        '-w',
        'start',
      ],
      { stdio: 'ignore' },
    );
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0)
      throw new Error(`private PostgreSQL did not start: ${fs.readFileSync(log, 'utf8').slice(-2000)}`);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    running,
    start,
    stop: () => {
      pgCtl(['-m', 'fast', '-w', 'stop']);
    },
    destroy: () => {
      if (running()) pgCtl(['-m', 'immediate', '-w', 'stop']);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
