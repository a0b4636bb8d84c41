/**
 * Strapi in a child process whose log and exit a fault test can see, an
 * admin client for it over HTTP, and the private PostgreSQL server's
 * connection and restart (tests/hardening/faults*.test.ts).
 */
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import { Client } from 'pg';
import { DEV_ADMIN } from './admin';
import type { PrivatePostgres } from './private-postgres';
import { eventually } from '../scheduler/helpers';

const CHILD = path.join(__dirname, 'child-server.js');

export interface Server {
  url: string;
  pid: number;
  output: () => string;
  alive: () => boolean;
  exited: Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** A Strapi process (tests/helpers/child-server.js) whose log and exit the test can see. */
export async function startServer(env: Record<string, string>): Promise<Server> {
  const child: ChildProcess = spawn(process.execPath, [CHILD], {
    env: { ...process.env, NEWSROOM_DEMO: 'false', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      gone = true;
      resolve();
    }),
  );
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
    child.stdout!.on('data', () => {
      const match = /LISTENING (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${child.exitCode}: ${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output: () => output,
    alive: () => !gone,
    exited,
    async kill() {
      if (!gone) process.kill(child.pid!, 'SIGKILL');
      await exited;
    },
    async stop() {
      if (gone) return;
      process.kill(child.pid!, 'SIGTERM');
      const timer = setTimeout(() => gone || process.kill(child.pid!, 'SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** JSON over HTTP with the development editor's admin token. */
export async function adminClient(url: string) {
  const login = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEV_ADMIN),
  });
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status}`);
  const token = ((await login.json()) as any).data.token as string;
  const call = async (method: string, route: string, body?: object) => {
    const res = await fetch(`${url}${route}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  return {
    token,
    call,
    create: async (uid: string, data: object) => {
      const res = await call('POST', `/content-manager/collection-types/${uid}?locale=en`, data);
      if (res.status !== 201) throw new Error(`create ${uid}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.data.documentId as string;
    },
    /** Every scheduled action of a series (all statuses), page by page. */
    seriesActions: async (seriesDocumentId: string) => {
      const all: any[] = [];
      for (let page = 1; ; page++) {
        const res = await call(
          'GET',
          `/newsroom/schedule/actions?series=${seriesDocumentId}&pageSize=500&page=${page}`,
        );
        if (res.status !== 200) throw new Error(`list: ${res.status} ${JSON.stringify(res.body)}`);
        all.push(...res.body.data);
        if (page >= res.body.meta.pagination.pageCount) return all;
      }
    },
  };
}

/** One query connection to the private server (it may be down: callers catch). */
export async function onServer<T>(pg: PrivatePostgres, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: pg.url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Starts the stopped server and resolves with the moment it first accepts a connection. */
export async function restartPostgres(pg: PrivatePostgres): Promise<number> {
  const starting = pg.start();
  const readyAt = await eventually(() => onServer(pg, async () => Date.now()).catch(() => 0), 30_000, 25);
  await starting;
  return readyAt;
}
