import { DateTime } from 'luxon';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import { ACTIONS, ARTICLE, configureRunner, eventually, scheduleApi, sleep } from './helpers';

/**
 * Publishing ahead (scheduler.prepareMs), on the real clock: the runner
 * claims a burst before its instant, publishes it in a transaction that
 * waits for the instant, and commits on it. A watcher counting the
 * published rows meanwhile sees none before the instant and all of them at
 * once after it; every row's publishedAt is the instant's run time.
 */
describe('scheduled publishing ahead of the instant', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;
  let api: ReturnType<typeof scheduleApi>;
  const published: { documentId: string; at: number }[] = [];

  beforeAll(async () => {
    app = await startApp({ demo: false });
    const token = await adminToken(app);
    cm = contentManager(app, token);
    api = scheduleApi(app, token);
    app.strapi.eventHub.on('entry.publish', (event: any) => {
      if (event.uid === ARTICLE) published.push({ documentId: event.entry.documentId, at: Date.now() });
    });
  });
  afterAll(() => app.stop());

  /**
   * Drafts, each scheduled to publish a few seconds from now with the runner stopped, then the
   * runner started: the whole burst is there before the runner may start on it. (Actions added to
   * an instant the runner is already publishing ahead go out right after it, not with it.)
   */
  async function burst(label: string, count: number) {
    await configureRunner(app, { enabled: false });
    const ids: string[] = [];
    for (let i = 0; i < count; i++)
      ids.push((await cm.create(ARTICLE, { title: `${label} ${i}` })).body.data.documentId);
    const due = DateTime.utc()
      .plus({ milliseconds: 4000 + count * 50 })
      .startOf('second');
    for (const documentId of ids) {
      const res = await api.schedule({
        targetType: ARTICLE,
        documentId,
        action: 'publish',
        locale: 'en',
        at: due.toISO(),
      });
      expect(res.status).toBe(201);
    }
    await configureRunner(app, { enabled: true, prepareMs: 20_000, pollMs: 1000 });
    return { ids, due };
  }

  const liveCount = (ids: string[]) =>
    app.strapi.db
      .query(ARTICLE as any)
      .count({ where: { documentId: { $in: ids }, publishedAt: { $notNull: true } } });

  /** Counts the published rows until all `expected` are, noting when each read answered. */
  async function watch(ids: string[], expected: number) {
    const samples: { count: number; at: number }[] = [];
    const until = Date.now() + 60_000;
    for (;;) {
      const count = await liveCount(ids);
      samples.push({ count, at: Date.now() });
      if (count >= expected || Date.now() > until) return samples;
      await sleep(10);
    }
  }

  const rowsOf = (ids: string[]) =>
    app.strapi.db.query(ACTIONS as any).findMany({ where: { targetDocumentId: { $in: ids } } });

  it('claims a burst before its instant and makes all of it visible at once on the instant, never before', async () => {
    const { ids, due } = await burst('Ahead', 40);
    const from = published.length;
    const samples = await watch(ids, ids.length);
    const dueMs = due.toMillis();

    // Nothing before the instant: a read that answered before it saw none of the burst.
    expect(samples.filter((s) => s.at < dueMs).every((s) => s.count === 0)).toBe(true);
    // All at once (one transaction): no read saw part of it.
    expect(samples.every((s) => s.count === 0 || s.count === ids.length)).toBe(true);
    expect(samples[samples.length - 1].count).toBe(ids.length);

    const actions = await eventually(async () => {
      const rows = await rowsOf(ids);
      return rows.every((row: any) => row.status === 'done') ? rows : null;
    });
    for (const row of actions) {
      // Claimed ahead (the claim time is real time), run on the instant or after it, never before.
      expect(new Date(row.claimedAt).getTime()).toBeLessThan(dueMs);
      expect(new Date(row.ranAt).getTime()).toBeGreaterThanOrEqual(dueMs);
      expect(Number(row.latenessMs)).toBeGreaterThanOrEqual(0);
      expect(row).toMatchObject({ outcome: 'published', attempts: 1 });
    }
    // One transaction: one run time. Every published row is dated at the instant (publishedAt, and
    // publishedOn, the first publication's time the feeds and print views show), not when it was made.
    expect(new Set(actions.map((row: any) => new Date(row.ranAt).getTime())).size).toBe(1);
    const live = await app.strapi.db.query(ARTICLE as any).findMany({
      where: { documentId: { $in: ids } },
      select: ['documentId', 'publishedAt', 'publishedOn'],
    });
    expect(live).toHaveLength(ids.length * 2); // a draft and a published row each
    for (const row of live) {
      if (row.publishedAt) expect(new Date(row.publishedAt).getTime()).toBe(dueMs);
      expect(new Date(row.publishedOn).getTime()).toBe(dueMs);
    }
    // Strapi's entry.publish (the site's webhooks) fired once per document, after the commit.
    await eventually(async () => published.length - from >= ids.length);
    const events = published.slice(from);
    expect(new Set(events.map((e) => e.documentId))).toEqual(new Set(ids));
    expect(events.every((e) => e.at >= dueMs)).toBe(true);
  });

  it('fails the one action that cannot run alone; the rest of the burst still goes out together', async () => {
    const { ids, due } = await burst('Ahead again', 12);
    // One document disappears behind the scheduler's back (no lifecycle cancels its action).
    const [gone, ...rest] = ids;
    await app.strapi.db.query(ARTICLE as any).deleteMany({ where: { documentId: gone } });
    const samples = await watch(rest, rest.length);
    expect(samples.filter((s) => s.at < due.toMillis()).every((s) => s.count === 0)).toBe(true);
    expect(samples.every((s) => s.count === 0 || s.count === rest.length)).toBe(true);
    const rows = await eventually(async () => {
      const found = await rowsOf(ids);
      return found.every((row: any) => ['done', 'failed'].includes(row.status)) ? found : null;
    });
    const failed = rows.filter((row: any) => row.status === 'failed');
    expect(failed.map((row: any) => [row.targetDocumentId, row.lastError])).toEqual([
      [gone, expect.stringMatching(/was deleted/)],
    ]);
    const done = rows.filter((row: any) => row.status === 'done');
    expect(done).toHaveLength(rest.length);
    expect(new Set(done.map((row: any) => new Date(row.ranAt).getTime())).size).toBe(1);
    for (const row of done) expect(new Date(row.ranAt).getTime()).toBeGreaterThanOrEqual(due.toMillis());
  });
});
