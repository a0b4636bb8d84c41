import { fork, type ChildProcess } from 'child_process';
import path from 'path';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startHub } from '../helpers/hub-receiver';
import { startApp } from '../helpers/strapi';
import { eventually, sleep } from '../scheduler/helpers';

const ARTICLE = 'plugin::newsroom.article';
const API = 'https://www.example.com/api/newsroom';
const ENGLISH_FEEDS = ['site', 'channels/the-h-open', 'series/kernel-log-coming-in-3-0']
  .flatMap((feed) => ['atom', 'rss', 'json'].map((format) => `${API}/feeds/${feed}.${format}`))
  .sort();

jest.setTimeout(240_000);

/** A Strapi child process (tests/helpers/websub-instance.js) on the test's database. */
function startInstance(env: Record<string, string>) {
  const child: ChildProcess = fork(path.join(__dirname, '..', 'helpers', 'websub-instance.js'), [], {
    env: { ...process.env, LOG_LEVEL: 'error', NEWSROOM_DEMO: 'false', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let next = 0;
  const waiting = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  let onHolding: () => void = () => undefined;
  const holding = new Promise<void>((resolve) => (onHolding = resolve));
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (message: any) => {
      if (message.type === 'ready') resolve();
      if (message.type === 'holding') onHolding();
      const pending = waiting.get(message.id);
      if (!pending) return;
      waiting.delete(message.id);
      if (message.type === 'reply') pending.resolve(message.data);
      if (message.type === 'error') pending.reject(new Error(message.message));
    });
    child.on('exit', (code) => reject(new Error(`instance exited with ${code} before it was ready`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    ready,
    holding,
    call: (cmd: string, args: Record<string, unknown> = {}) =>
      new Promise<any>((resolve, reject) => {
        const id = ++next;
        waiting.set(id, { resolve, reject });
        child.send({ id, cmd, ...args });
      }),
    kill: async () => {
      process.kill(child.pid!, 'SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, 'SIGKILL');
    },
    child,
  };
}

describe('WebSub pings survive an instance killed right after the commit', () => {
  let database: TestDatabase;
  let hub: Awaited<ReturnType<typeof startHub>>;
  let parts: Record<number, string>;
  let env: Record<string, string>;
  const instances: ReturnType<typeof startInstance>[] = [];

  beforeAll(async () => {
    database = await createTestDatabase('websub');
    hub = await startHub();
    // The demo newsroom, seeded without a hub (its publishes are not part of this test).
    const app = await startApp({ database });
    const rows = await app.strapi.db.query(ARTICLE as any).findMany({
      where: { locale: 'en' },
      select: ['documentId', 'partNumber'],
    });
    parts = Object.fromEntries(rows.map((row: any) => [row.partNumber, row.documentId]));
    env = {
      ...app.env,
      NEWSROOM_DEMO: 'false',
      NEWSROOM_WEBSUB_HUB: hub.url,
      NEWSROOM_OUTBOX_LEASE_MS: '1500',
      NEWSROOM_OUTBOX_POLL_MS: '500',
      NEWSROOM_SCHEDULER: 'false',
    };
    await app.stop({ keepDatabase: true });
  });
  afterAll(async () => {
    for (const instance of instances) {
      if (instance.child.exitCode === null && instance.child.signalCode === null) {
        instance.child.send({ id: -1, cmd: 'stop' });
        await instance.stop();
      }
    }
    await hub.close();
    await database.drop();
  });

  const launch = (extra: Record<string, string> = {}) => {
    const instance = startInstance({ ...env, ...extra });
    instances.push(instance);
    return instance;
  };

  /** Waits for the pings after `from` to stop coming, then returns how often each URL came. */
  async function pingCounts(from: number, expected: number): Promise<Record<string, number>> {
    await eventually(async () => hub.pings.length >= from + expected, 30_000);
    await sleep(2500); // longer than a lease and a poll: a second delivery would show up
    const counts: Record<string, number> = {};
    for (const url of hub.urls(from)) counts[url] = (counts[url] ?? 0) + 1;
    return counts;
  }

  const once = Object.fromEntries(ENGLISH_FEEDS.map((url) => [url, 1]));

  it('delivers once through another instance when the first dies holding the claim', async () => {
    const victim = launch({ OUTBOX_HOLD: 'true' });
    await victim.ready;
    const from = hub.pings.length;
    await victim.call('publish', { documentId: parts[2], locale: 'en' });
    await victim.holding;
    await victim.kill();
    const killedAt = Date.now();
    expect(hub.pings.length).toBe(from);

    const survivor = launch();
    await survivor.ready;
    const counts = await pingCounts(from, ENGLISH_FEEDS.length);
    expect(counts).toEqual(once);
    const latency = Math.max(...hub.pings.slice(from).map((p) => p.at)) - killedAt;
    console.log(`WebSub after a kill holding the claim: all 9 pings ${latency} ms after the kill`);
    survivor.child.send({ id: -1, cmd: 'stop' });
    await survivor.stop();
  });

  it('delivers once after a restart when the instance dies before any delivery started', async () => {
    // No deliverer at all in the first process: the messages exist only in the database.
    const victim = launch({ NEWSROOM_OUTBOX: 'false' });
    await victim.ready;
    const from = hub.pings.length;
    await victim.call('publish', { documentId: parts[3], locale: 'en' });
    await victim.kill();
    expect(hub.pings.length).toBe(from);

    const restartedAt = Date.now();
    const restarted = launch();
    await restarted.ready;
    const counts = await pingCounts(from, ENGLISH_FEEDS.length);
    expect(counts).toEqual(once);
    const latency = Math.max(...hub.pings.slice(from).map((p) => p.at)) - restartedAt;
    console.log(`WebSub after a kill before delivery: all 9 pings ${latency} ms after the restart began`);
  });

  it('delivers at once from the instance that committed, when it stays alive', async () => {
    const instance = instances[instances.length - 1];
    const from = hub.pings.length;
    const { committedAt } = await instance.call('publish', { documentId: parts[1], locale: 'en' });
    const counts = await pingCounts(from, ENGLISH_FEEDS.length);
    expect(counts).toEqual(once);
    const latency = Math.max(...hub.pings.slice(from).map((p) => p.at)) - committedAt;
    console.log(`WebSub from a live instance: all 9 pings ${latency} ms after the commit`);
    expect(latency).toBeLessThan(2000);
  });
});
