import { DateTime } from 'luxon';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import { ACTIONS, ARTICLE, configureRunner, FakeClock, runner, scheduleApi, SERIES, sleep } from './helpers';

/** The runner on an injected clock: failures, retries, take-overs, catch-up, and what readers see. */
describe('scheduled publishing: the runner', () => {
  let app: TestApp;
  let api: ReturnType<typeof scheduleApi>;
  let cm: ReturnType<typeof contentManager>;
  const clock = new FakeClock(DateTime.fromISO('2026-12-01T10:00:00Z').toUTC());
  const publishes: string[] = [];
  const failures: any[] = [];
  let seriesId: string;
  let seriesSlug: string;

  const article = async (title: string, extra: object = {}) => {
    const res = await cm.create(ARTICLE, { title, ...extra });
    expect(res.status).toBe(201);
    return res.body.data.documentId as string;
  };
  const scheduleAt = async (documentId: string, at: string) => {
    const res = await api.schedule({ targetType: ARTICLE, documentId, at, force: true });
    expect(res.status).toBe(201);
    return res.body.data[0].id as string;
  };
  const action = async (id: string) => (await api.get(id)).body.data;
  const publishedCount = (documentId: string) =>
    app.strapi.db.query(ARTICLE as any).count({ where: { documentId, publishedAt: { $notNull: true } } });
  // entry.publish is emitted after the commit, a tick later.
  const settle = () => sleep(150);

  beforeAll(async () => {
    app = await startApp({ demo: false });
    const token = await adminToken(app);
    api = scheduleApi(app, token);
    cm = contentManager(app, token);
    await configureRunner(app, { enabled: false, concurrency: 1, leaseMs: 1000, retryBaseMs: 1000 }, clock);
    app.strapi.eventHub.on('entry.publish', (event: any) => publishes.push(event.entry.documentId));
    app.strapi.eventHub.on('newsroom.schedule.failed', (event: any) => failures.push(event));
    const series = await cm.create(SERIES, { title: 'Kernel Log: Coming in 3.3' });
    seriesId = series.body.data.documentId;
    seriesSlug = series.body.data.slug;
    await cm.publish(SERIES, seriesId);
  });
  afterAll(() => app.stop());

  it('rolls a failed publish back and retries a transient failure with backoff', async () => {
    const doc = await article('Retried');
    const id = await scheduleAt(doc, '2026-12-01T10:01:00Z');
    let failOnce = true;
    runner(app).setHooks({
      insideTransaction: () => {
        if (!failOnce) return;
        failOnce = false;
        throw Object.assign(new Error('connection reset by the database'), { code: 'ECONNRESET' });
      },
    });
    clock.set('2026-12-01T10:01:00Z');
    await runner(app).runDue();
    runner(app).setHooks({});
    await settle();
    // The publish ran inside the failed transaction: nothing of it is left, no webhook went out.
    expect(await publishedCount(doc)).toBe(0);
    expect(publishes).not.toContain(doc);
    const retry = await action(id);
    expect(retry).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: expect.stringMatching(/connection reset/),
    });
    // 1 s backoff, less up to 20 % jitter so instances do not retry in step.
    expect(Date.parse(retry.retryAt) - Date.parse('2026-12-01T10:01:00Z')).toBeGreaterThanOrEqual(800);
    expect(Date.parse(retry.retryAt) - Date.parse('2026-12-01T10:01:00Z')).toBeLessThanOrEqual(1000);
    expect(await runner(app).runDue()).toBe(0);
    clock.advance(1000);
    expect(await runner(app).runDue()).toBe(1);
    await settle();
    expect(await action(id)).toMatchObject({
      status: 'done',
      attempts: 2,
      latenessMs: 1000,
      lastError: null,
    });
    expect(publishes.filter((d) => d === doc)).toHaveLength(1);
  });

  it('records a permanent failure, tells the newsroom, and runs the others anyway', async () => {
    const gone = await article('Deleted before its time');
    const fine = await article('Published on time');
    const goneId = await scheduleAt(gone, '2026-12-01T10:05:00Z');
    const fineId = await scheduleAt(fine, '2026-12-01T10:05:01Z');
    expect((await cm.remove(ARTICLE, gone)).status).toBe(200);
    clock.set('2026-12-01T10:06:00Z');
    expect(await runner(app).runDue()).toBe(2);
    expect(await action(goneId)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: expect.stringMatching(/was deleted/),
    });
    expect(await action(fineId)).toMatchObject({ status: 'done' });
    expect(failures.map((f) => f.action.id)).toEqual([goneId]);
  });

  it('takes over an action whose instance died holding the claim, and publishes it once', async () => {
    const doc = await article('Taken over');
    const id = await scheduleAt(doc, '2026-12-01T10:10:00Z');
    clock.set('2026-12-01T10:10:00Z');
    // Another instance claims it and dies: its lease (1 s) has to run out first.
    const repo = require('../../packages/strapi-plugin-newsroom/server/src/repositories/schedule-repository');
    const claimed = await repo
      .createScheduleRepository(app.strapi)
      .claim('dead-instance#1', clock.now().toJSDate(), new Date(clock.now().toMillis() + 1000), 10);
    expect(claimed.map((a: any) => a.documentId)).toEqual([id]);
    expect(await runner(app).runDue()).toBe(0);
    clock.advance(1000);
    expect(await runner(app).runDue()).toBe(1);
    await settle();
    expect(await action(id)).toMatchObject({ status: 'done', attempts: 2, outcome: 'published' });
    expect(publishes.filter((d) => d === doc)).toHaveLength(1);
    expect(await publishedCount(doc)).toBe(1);
  });

  it('keeps a live claim by renewing its lease, so nobody takes over an action that is still running', async () => {
    const doc = await article('Renewed');
    const id = await scheduleAt(doc, '2026-12-01T10:20:00Z');
    clock.set('2026-12-01T10:20:00Z');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = false;
    runner(app).setHooks({
      beforeExecute: async () => {
        holding = true;
        await held;
      },
    });
    const lines: string[] = [];
    const info = app.strapi.log.info;
    app.strapi.log.info = ((message: string, ...rest: unknown[]) => {
      lines.push(String(message));
      return (info as any).call(app.strapi.log, message, ...rest);
    }) as any;
    try {
      const first = runner(app).runDue();
      while (!holding) await sleep(20);
      // The claim's 1 s lease would have run out by 10:20:01.5; the runner renews it every ~333 ms.
      clock.advance(800);
      await sleep(600);
      clock.advance(700);
      expect(await runner(app).runDue()).toBe(0);
      release();
      expect(await first).toBe(1);
    } finally {
      runner(app).setHooks({});
      app.strapi.log.info = info;
    }
    await settle();
    const done = await action(id);
    expect(done).toMatchObject({ status: 'done', attempts: 1, ranBy: runner(app).instanceId() });
    expect(publishes.filter((d) => d === doc)).toHaveLength(1);
    // One log line per run, with everything needed to follow it across instances.
    const mine = lines.filter((line) => line.includes(`action=${id} `));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatch(
      new RegExp(
        `scheduled run action=${id} type=publish target=${ARTICLE} document=${doc} locale=en instance=\\S+ due=2026-12-01T10:20:00.000Z ran=2026-12-01T10:20:01.500Z latenessMs=1500 attempt=1 outcome=published`,
      ),
    );
  });

  it('publishes the draft changes of a published document at the minute: a scheduled update', async () => {
    const doc = await article('Correct as of Monday');
    await cm.publish(ARTICLE, doc);
    expect((await cm.update(ARTICLE, doc, { title: 'Corrected on Thursday' })).status).toBe(200);
    const id = await scheduleAt(doc, '2026-12-01T10:30:00Z');
    const calendarItem = async () => {
      const res = await app
        .http()
        .get('/newsroom/calendar?view=week&date=2026-12-01')
        .set('Authorization', `Bearer ${await adminToken(app)}`);
      expect(res.status).toBe(200);
      const found = JSON.stringify(res.body).match(new RegExp(`\\{"id":"${id}"[^{}]*`));
      expect(found).not.toBeNull();
      return (found as RegExpMatchArray)[0];
    };
    // The calendar calls it an update, not a publish, before and after it ran.
    expect(await calendarItem()).toContain('"update":true');
    const publishedTitle = async () =>
      (
        await app.strapi.db
          .query(ARTICLE as any)
          .findOne({ where: { documentId: doc, publishedAt: { $notNull: true } }, select: ['title'] })
      ).title;
    clock.set('2026-12-01T10:29:59Z');
    expect(await runner(app).runDue()).toBe(0);
    expect(await publishedTitle()).toBe('Correct as of Monday');
    clock.set('2026-12-01T10:30:00Z');
    expect(await runner(app).runDue()).toBe(1);
    expect(await publishedTitle()).toBe('Corrected on Thursday');
    expect(await publishedCount(doc)).toBe(1);
    expect(await action(id)).toMatchObject({ status: 'done', outcome: 'updated', latenessMs: 0 });
    expect(await calendarItem()).toContain('"update":true');
  });

  it('catches up on overdue actions in due order', async () => {
    const docs = [await article('Third'), await article('First'), await article('Second')];
    await scheduleAt(docs[0], '2026-12-01T11:00:03Z');
    await scheduleAt(docs[1], '2026-12-01T11:00:01Z');
    await scheduleAt(docs[2], '2026-12-01T11:00:02Z');
    clock.set('2026-12-02T08:00:00Z');
    expect(await runner(app).runDue()).toBe(3);
    // The order they were published in: each publish writes a new published row, so row ids rise with it
    // (their entry.publish events follow the commit in no particular order on PostgreSQL).
    const rows = await app.strapi.db.query(ARTICLE as any).findMany({
      where: { documentId: { $in: docs }, publishedAt: { $notNull: true } },
      select: ['id', 'documentId'],
      orderBy: { id: 'asc' },
    });
    expect(rows.map((row: any) => row.documentId)).toEqual([docs[1], docs[2], docs[0]]);
  });

  it("changes the series' read API and ETag the moment a part is published", async () => {
    const one = await article('The first part', { series: seriesId });
    await cm.publish(ARTICLE, one);
    const two = await article('The second part', { series: seriesId });
    const url = `/api/newsroom/series/${seriesSlug}`;
    const before = await app.http().get(url).expect(200);
    expect(JSON.stringify(before.body)).not.toContain('The second part');
    // After part 1's publish (real time), or the part-order rule refuses part 2 "before" it.
    clock.set(DateTime.utc().plus({ minutes: 1 }).toISO() as string);
    await api.schedule({ targetType: ARTICLE, documentId: two, at: 'now' });
    expect(await runner(app).runDue()).toBe(1);
    const after = await app.http().get(url).expect(200);
    expect(JSON.stringify(after.body)).toContain('The second part');
    expect(after.headers.etag).toBeDefined();
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await app.http().get(url).set('If-None-Match', before.headers.etag)).status).toBe(200);
  });

  it('unpublishes, and an unpublish of something already unpublished is a harmless no-op', async () => {
    const doc = await article('Short-lived');
    await cm.publish(ARTICLE, doc);
    const first = await api.schedule({
      targetType: ARTICLE,
      documentId: doc,
      action: 'unpublish',
      at: 'now',
    });
    expect(await runner(app).runDue()).toBe(1);
    // Past the grace: an identical "now" within it would be answered with the first action.
    clock.advance(10_000);
    const second = await api.schedule({
      targetType: ARTICLE,
      documentId: doc,
      action: 'unpublish',
      at: 'now',
    });
    expect(second.status).toBe(201);
    expect(await runner(app).runDue()).toBe(1);
    expect(await publishedCount(doc)).toBe(0);
    expect((await action(first.body.data[0].id)).outcome).toBe('unpublished');
    expect((await action(second.body.data[0].id)).outcome).toBe('already unpublished');
    expect(await app.strapi.db.query(ACTIONS as any).count({ where: { status: 'running' } })).toBe(0);
  });
});
