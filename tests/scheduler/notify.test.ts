import { hostname } from 'os';
import { adminToken, contentManager } from '../helpers/admin';
import { startChildApp, type ChildApp } from '../helpers/child-app';
import { usesPostgres } from '../helpers/database';
import { startApp, type TestApp } from '../helpers/strapi';
import { ARTICLE, scheduleApi, sleep } from './helpers';

/** The other instance's reconcile: far longer than any wait below. */
const POLL_MS = 60_000;

/**
 * On PostgreSQL the instance that schedules sends a NOTIFY in the same
 * transaction, and every other instance's runner re-reads its next due time
 * on it. Instance A (this process) has no runner; instance B (a child
 * process) runs one that reconciles only once a minute, so B can run what A
 * scheduled on time only if the notification woke it.
 */
(usesPostgres() ? describe : describe.skip)('scheduled publishing: a NOTIFY wakes another instance', () => {
  let app: TestApp;
  let other: ChildApp;
  let api: ReturnType<typeof scheduleApi>;
  let cm: ReturnType<typeof contentManager>;

  const draft = async (title: string) => {
    const res = await cm.create(ARTICLE, { title });
    expect(res.status).toBe(201);
    return res.body.data.documentId as string;
  };
  const action = async (id: string) => {
    const res = await api.get(id);
    expect(res.status).toBe(200);
    return res.body.data;
  };
  /** Waits (up to 15 s, a quarter of B's poll interval) for the action to leave pending, and returns it. */
  const settled = async (id: string) => {
    const until = Date.now() + 15_000;
    let current = await action(id);
    while (['pending', 'running'].includes(current.status) && Date.now() < until) {
      await sleep(100);
      current = await action(id);
    }
    return current;
  };
  /** The runner's instance id is `<host>:<pid>:<random>`: B's starts with the child's pid. */
  const ranByOther = () => expect.stringMatching(new RegExp(`^${hostname()}:${other.pid}:`));

  beforeAll(async () => {
    app = await startApp({ demo: false, env: { NEWSROOM_SCHEDULER: 'false' } });
    other = await startChildApp({
      ...app.env,
      NEWSROOM_SCHEDULER: 'true',
      NEWSROOM_SCHEDULER_POLL_MS: String(POLL_MS),
    });
    const token = await adminToken(app);
    api = scheduleApi(app, token);
    cm = contentManager(app, token);
    expect(app.strapi.plugin('newsroom').service('scheduler').isRunning()).toBe(false);
    // B caught up at its start (nothing was due); its next reconcile is a minute away from here on.
  }, 120_000);

  afterAll(async () => {
    await other?.stop();
    await app?.stop();
  });

  it('runs an action scheduled through A on instance B, on time', async () => {
    const doc = await draft('Woken by a notification');
    const at = new Date(Date.now() + 1500).toISOString();
    const scheduledAt = Date.now();
    const res = await api.schedule({ targetType: ARTICLE, documentId: doc, at });
    expect(res.status).toBe(201);
    const done = await settled(res.body.data[0].id);
    expect(done).toMatchObject({ status: 'done', ranBy: ranByOther() });
    // B armed a timer for the due time: it ran within seconds, not at its reconcile a minute later.
    expect(done.latenessMs).toBeGreaterThanOrEqual(0);
    expect(done.latenessMs).toBeLessThan(3000);
    expect(Date.now() - scheduledAt).toBeLessThan(POLL_MS / 4);
    const published = await app.strapi.db
      .query(ARTICLE as any)
      .findMany({ where: { documentId: doc, publishedAt: { $notNull: true } } });
    expect(published).toHaveLength(1);
  });

  it('re-arms instance B when A moves an action forward', async () => {
    const doc = await draft('Moved forward through A');
    const res = await api.schedule({
      targetType: ARTICLE,
      documentId: doc,
      at: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(res.status).toBe(201);
    const id = res.body.data[0].id;
    // B is now armed for its reconcile (the action is an hour away); the reschedule must wake it.
    await sleep(500);
    const moved = await api.reschedule(id, { at: new Date(Date.now() + 1500).toISOString() });
    expect(moved.status).toBe(200);
    const done = await settled(id);
    expect(done).toMatchObject({ status: 'done', ranBy: ranByOther() });
    expect(done.latenessMs).toBeLessThan(3000);
  });
});
