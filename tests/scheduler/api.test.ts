import { DateTime } from 'luxon';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import { ACTIONS, ARTICLE, configureRunner, FakeClock, runner, scheduleApi, SERIES } from './helpers';

/** The editors' API on an injected clock: nothing here waits for real time. */
describe('scheduled publishing: the admin API', () => {
  let app: TestApp;
  let api: ReturnType<typeof scheduleApi>;
  let cm: ReturnType<typeof contentManager>;
  const clock = new FakeClock(DateTime.fromISO('2026-12-01T10:00:00Z').toUTC());
  let seriesId: string;
  const parts: string[] = [];

  const actionCount = () => app.strapi.db.query(ACTIONS as any).count();
  const published = (documentId: string, locale = 'en') =>
    app.strapi.db
      .query(ARTICLE as any)
      .count({ where: { documentId, locale, publishedAt: { $notNull: true } } });

  beforeAll(async () => {
    app = await startApp({ demo: false });
    const token = await adminToken(app);
    api = scheduleApi(app, token);
    cm = contentManager(app, token);
    await configureRunner(app, { enabled: false }, clock);
    seriesId = (await cm.create(SERIES, { title: 'Kernel Log: Coming in 3.2', plannedParts: 4 })).body.data
      .documentId;
    for (const title of ['Part one', 'Part two', 'Part three', 'Part four']) {
      const res = await cm.create(ARTICLE, { title, series: seriesId });
      expect(res.status).toBe(201);
      parts.push(res.body.data.documentId);
    }
  });
  afterAll(() => app.stop());

  it('keeps a zone as the editor typed it, in today\'s spelling (not ICU\'s old "Asia/Katmandu")', async () => {
    const doc = (await cm.create(ARTICLE, { title: 'Kathmandu desk' })).body.data.documentId;
    for (const [typed, stored, dueAt] of [
      ['Asia/Kathmandu', 'Asia/Kathmandu', '2031-01-14T11:04:00.000Z'],
      ['asia/kolkata', 'Asia/Kolkata', '2031-01-14T11:19:00.000Z'],
    ]) {
      const res = await api.schedule({
        targetType: ARTICLE,
        documentId: doc,
        date: '2031-01-14',
        time: '16:49',
        zone: typed,
      });
      expect(res.status).toBe(201);
      expect(res.body.data[0]).toMatchObject({ zone: stored, dueAt });
    }
  });

  it('stores a Berlin wall-clock time as UTC by the zone rules of that date', async () => {
    const winter = await api.schedule({
      targetType: ARTICLE,
      documentId: parts[0],
      date: '2027-01-14',
      time: '16:49',
      zone: 'Europe/Berlin',
    });
    expect(winter.status).toBe(201);
    expect(winter.body.data[0]).toMatchObject({
      dueAt: '2027-01-14T15:49:00.000Z',
      wallClock: '2027-01-14T16:49',
      zone: 'Europe/Berlin',
      status: 'pending',
      locale: 'en',
      partNumber: 1,
      seriesDocumentId: seriesId,
    });
    const summer = await api.schedule({
      targetType: ARTICLE,
      documentId: parts[1],
      date: '2027-07-15',
      time: '16:49',
    });
    expect(summer.status).toBe(201);
    // No zone given: the newsroom's (Europe/Berlin), two hours ahead in July.
    expect(summer.body.data[0].dueAt).toBe('2027-07-15T14:49:00.000Z');
    expect(summer.body.data[0].scheduledBy).toBe('editor@newsroom.local');
  });

  it('refuses a time in the spring-forward gap and says which times exist', async () => {
    const before = await actionCount();
    const res = await api.schedule({
      targetType: ARTICLE,
      documentId: parts[2],
      date: '2027-03-28',
      time: '02:30',
      zone: 'Europe/Berlin',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/does not exist in Europe\/Berlin/);
    expect(await actionCount()).toBe(before);
  });

  it('resolves the autumn repeat to the earlier instant and says so', async () => {
    const res = await api.schedule({
      targetType: ARTICLE,
      documentId: parts[3],
      date: '2027-10-31',
      time: '02:30',
      zone: 'Europe/Berlin',
      force: true,
    });
    expect(res.status).toBe(201);
    expect(res.body.meta.time).toMatchObject({
      ambiguous: true,
      chosen: 'earlier',
      dueAt: '2027-10-31T00:30:00.000Z',
      otherDueAt: '2027-10-31T01:30:00.000Z',
    });
    expect(res.body.meta.time.note).toMatch(/happens twice/);
    const later = await api.reschedule(res.body.data[0].id, {
      date: '2027-10-31',
      time: '02:30',
      prefer: 'later',
      force: true,
    });
    expect(later.status).toBe(200);
    expect(later.body.data.dueAt).toBe('2027-10-31T01:30:00.000Z');
  });

  it('answers bad input with 400 or 404 and a sentence, storing nothing', async () => {
    const before = await actionCount();
    const cases: [object, number, RegExp][] = [
      [
        {
          targetType: ARTICLE,
          documentId: parts[2],
          date: '2027-01-01',
          time: '16:49',
          zone: 'Europe/Berln',
        },
        400,
        /"Europe\/Berln" is not a time zone.*Europe\/Berlin/,
      ],
      [{ targetType: ARTICLE, documentId: parts[2], date: '2027-01-01', time: '25:00' }, 400, /25:00/],
      [{ targetType: ARTICLE, documentId: parts[2], date: '2026-11-30', time: '16:49' }, 400, /in the past/],
      [{ targetType: ARTICLE, documentId: 'nope', at: 'now' }, 404, /no article with documentId "nope"/],
      [{ targetType: ARTICLE, documentId: parts[2], locale: 'de', at: 'now' }, 404, /has no "de" version/],
      [
        { targetType: 'plugin::newsroom.sequence', documentId: parts[2], at: 'now' },
        400,
        /not a newsroom type/,
      ],
      [{ targetType: 'admin::user', documentId: parts[2], at: 'now' }, 400, /not a newsroom type/],
      [{ targetType: ARTICLE, documentId: parts[2], at: 'soon' }, 400, /"at" must be "now"/],
      [{ targetType: ARTICLE, documentId: parts[2], action: 'delete', at: 'now' }, 400, /action/],
    ];
    for (const [body, status, message] of cases) {
      const res = await api.schedule(body);
      expect([res.status, res.body.error?.message]).toEqual([status, expect.stringMatching(message)]);
    }
    expect(await actionCount()).toBe(before);
  });

  it('refuses part 3 before part 2 with 409 unless forced', async () => {
    // Part 2 is due 2027-07-15; part 3 a week earlier is out of order.
    const res = await api.schedule({
      targetType: ARTICLE,
      documentId: parts[2],
      date: '2027-07-08',
      time: '16:49',
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ status: 409, name: 'ConflictError' });
    expect(res.body.error.message).toMatch(
      /Part 3 would go live on Thu 2027-07-08 16:49 Europe\/Berlin, before part 2/,
    );
    const forced = await api.schedule({
      targetType: ARTICLE,
      documentId: parts[2],
      date: '2027-07-08',
      time: '16:49',
      force: true,
    });
    expect(forced.status).toBe(201);
    expect((await api.cancel(forced.body.data[0].id)).status).toBe(200);
  });

  it('runs a due action at its time through the Document Service, once', async () => {
    const events: any[] = [];
    const listener = (event: any) => events.push(event);
    app.strapi.eventHub.on('entry.publish', listener);
    clock.set('2027-01-14T15:49:00.000Z');
    clock.advance(120);
    expect(await runner(app).runDue()).toBe(1);
    expect(await runner(app).runDue()).toBe(0);
    expect(await published(parts[0])).toBe(1);
    const [action] = (await api.list(`?documentId=${parts[0]}`)).body.data;
    expect(action).toMatchObject({
      status: 'done',
      outcome: 'published',
      latenessMs: 120,
      ranAt: '2027-01-14T15:49:00.120Z',
      attempts: 1,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.filter((e) => e.entry?.documentId === parts[0])).toHaveLength(1);
    app.strapi.eventHub.off('entry.publish', listener);
  });

  it('cancels a pending action, again without harm, and refuses to cancel one that ran (409)', async () => {
    const [done] = (await api.list(`?documentId=${parts[0]}&status=done`)).body.data;
    const res = await api.cancel(done.id);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/already run/);
    const resched = await api.reschedule(done.id, { at: 'now' });
    expect(resched.status).toBe(409);
    const [pending] = (await api.list(`?documentId=${parts[1]}&status=pending`)).body.data;
    expect((await api.cancel(pending.id)).body.data.status).toBe('cancelled');
    expect((await api.cancel(pending.id)).status).toBe(200);
    expect((await api.cancel('no-such-action')).status).toBe(404);
  });

  it('lists a calendar filtered by series, status and date range', async () => {
    const all = await api.list(`?series=${seriesId}`);
    expect(all.status).toBe(200);
    const dues = all.body.data.map((a: any) => a.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(all.body.data[0].title).toBe('Part one');
    const range = await api.list(
      `?series=${seriesId}&from=2027-07-01&to=2027-07-31&status=pending,cancelled`,
    );
    expect(range.body.data.map((a: any) => a.partNumber).sort()).toEqual([2, 3]);
    expect((await api.list('?status=sleeping')).status).toBe(400);
    expect((await api.list('?from=yesterday')).status).toBe(400);
  });

  it('plans the remaining parts one every Thursday, atomically, in part order', async () => {
    clock.set('2027-03-10T09:00:00Z'); // a Wednesday
    const res = await api.plan({
      seriesDocumentId: seriesId,
      weekday: 'Thursday',
      time: '16:49',
      zone: 'Europe/Berlin',
      startingFrom: 'next-week',
    });
    expect(res.status).toBe(201);
    // Part 1 is published; parts 2-4 go out on the Thursdays after, across the DST change on 28 March.
    expect(res.body.data.map((a: any) => [a.partNumber, a.dueAt])).toEqual([
      [2, '2027-03-18T15:49:00.000Z'],
      [3, '2027-03-25T15:49:00.000Z'],
      [4, '2027-04-01T14:49:00.000Z'],
    ]);
    // The pending (forced, ambiguous-time) action of part 4 was replaced.
    expect(res.body.meta.replaced).toHaveLength(1);

    const before = await actionCount();
    const gap = await api.plan({
      seriesDocumentId: seriesId,
      weekday: 'Sunday',
      time: '02:30',
      startingFrom: '2027-03-14',
    });
    expect(gap.status).toBe(400);
    expect(gap.body.error.message).toMatch(/Part 4 \(2027-03-28\).*does not exist/);
    expect(await actionCount()).toBe(before);
    expect((await api.plan({ seriesDocumentId: 'nope', weekday: 4, time: '16:49' })).status).toBe(404);
  });
});
