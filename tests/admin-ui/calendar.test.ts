import { DateTime } from 'luxon';
import * as nodeIcal from 'node-ical';
import { adminWithRole } from '../helpers/actors';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import { ARTICLE, configureRunner, FakeClock, runner, scheduleApi, SERIES } from '../scheduler/helpers';

/** The editorial calendar on an injected clock in March 2026, around Berlin's spring-forward change. */
describe('the editorial calendar', () => {
  let app: TestApp;
  let token: string;
  let api: ReturnType<typeof scheduleApi>;
  const clock = new FakeClock(DateTime.fromISO('2026-03-20T10:00:00Z').toUTC());
  const parts: string[] = [];
  let seriesId: string;
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const get = (path: string) => app.http().get(path).set(auth());

  beforeAll(async () => {
    app = await startApp({ demo: false });
    token = await adminToken(app);
    api = scheduleApi(app, token);
    await configureRunner(app, { enabled: false }, clock);
    const cm = contentManager(app, token);
    seriesId = (await cm.create(SERIES, { title: 'Kernel Log: Coming in 4.0', plannedParts: 3 })).body.data
      .documentId;
    for (const title of ['Part one', 'Part two', 'Part three']) {
      parts.push((await cm.create(ARTICLE, { title, series: seriesId })).body.data.documentId);
    }
  });
  afterAll(() => app.stop());

  it('lays out March 2026 in Berlin with a 23-hour 29 March, and places a 02:30 action on its Berlin day', async () => {
    const first = await api.schedule({
      targetType: ARTICLE,
      documentId: parts[0],
      date: '2026-03-28',
      time: '02:30',
    });
    expect(first.status).toBe(201);
    const res = await get('/newsroom/calendar?view=month&date=2026-03-01').expect(200);
    const { days, items, zone, title } = res.body.data;
    expect({ zone, title }).toEqual({ zone: 'Europe/Berlin', title: 'March 2026' });
    expect(days.find((d: any) => d.date === '2026-03-29').hours).toBe(23);
    const item = items.find((i: any) => i.id === first.body.data[0].id);
    expect(item).toMatchObject({
      status: 'pending',
      at: '2026-03-28T01:30:00.000Z',
      title: 'Part one',
      series: { documentId: seriesId, title: 'Kernel Log: Coming in 4.0' },
      partNumber: 1,
      movable: true,
    });
    expect(res.body.meta.series).toContainEqual({ value: seriesId, label: 'Kernel Log: Coming in 4.0' });
  });

  it('refuses a drop on the spring-forward day with the schedule API’s own sentence, storing nothing', async () => {
    const [action] = (await api.list(`?documentId=${parts[0]}`)).body.data;
    const direct = await api.reschedule(action.id, { date: '2026-03-29', time: '02:30' });
    const dropped = await app
      .http()
      .post(`/newsroom/calendar/actions/${action.id}/move`)
      .set(auth())
      .send({ date: '2026-03-29' });
    expect(dropped.status).toBe(400);
    expect(direct.status).toBe(400);
    expect(dropped.body.error.message).toBe(direct.body.error.message);
    expect(dropped.body.error.message).toMatch(/^2026-03-29 02:30 does not exist in Europe\/Berlin/);
    expect((await api.get(action.id)).body.data.dueAt).toBe('2026-03-28T01:30:00.000Z');
  });

  it('moves an action by days keeping its wall-clock time across the change, and by hour rows in the week', async () => {
    const [action] = (await api.list(`?documentId=${parts[0]}`)).body.data;
    const moved = await app
      .http()
      .post(`/newsroom/calendar/actions/${action.id}/move`)
      .set(auth())
      .send({ date: '2026-03-31' });
    expect(moved.status).toBe(200);
    // 02:30 summer time is 00:30Z.
    expect(moved.body.data).toMatchObject({
      dueAt: '2026-03-31T00:30:00.000Z',
      wallClock: '2026-03-31T02:30',
    });
    const week = (await get('/newsroom/calendar?view=week&date=2026-03-31').expect(200)).body.data;
    const tuesday = week.days.find((d: any) => d.date === '2026-03-31');
    const sixteen = tuesday.slots.find((s: any) => s.hour === 16);
    const again = await app
      .http()
      .post(`/newsroom/calendar/actions/${action.id}/move`)
      .set(auth())
      .send({ date: '2026-03-31', slot: sixteen.start });
    expect(again.body.data).toMatchObject({
      dueAt: '2026-03-31T14:30:00.000Z',
      wallClock: '2026-03-31T16:30',
    });
  });

  it('refuses a drop in the past with the API’s sentence in the newsroom zone', async () => {
    const [action] = (await api.list(`?documentId=${parts[0]}`)).body.data;
    const res = await app
      .http()
      .post(`/newsroom/calendar/actions/${action.id}/move`)
      .set(auth())
      .send({ date: '2026-03-19' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      '19 Mar 2026, 16:30 in Europe/Berlin is in the past (it is now 20 Mar 2026, 11:00 there). Pick a later time.',
    );
  });

  it('colours a missed action late until the runner catches up, and filters by status and locale', async () => {
    const missed = await api.schedule({
      targetType: ARTICLE,
      documentId: parts[1],
      date: '2026-03-20',
      time: '12:00',
      force: true,
    });
    expect(missed.status).toBe(201);
    clock.set('2026-03-20T11:05:00Z');
    const res = await get('/newsroom/calendar?view=week&date=2026-03-20&status=late').expect(200);
    expect(res.body.data.items.map((i: any) => i.id)).toEqual([missed.body.data[0].id]);
    expect(res.body.data.items[0].status).toBe('late');
    await get('/newsroom/calendar?view=week&date=2026-03-20&locale=de').expect(200);
    const bad = await get('/newsroom/calendar?view=week&date=2026-03-20&locale=tlh').expect(400);
    expect(bad.body.error.message).toMatch(/There is no locale "tlh"/);
    // The runner catches up: done, and it stays on its day.
    await runner(app).runDue();
    const after = (await get('/newsroom/calendar?view=week&date=2026-03-20').expect(200)).body.data.items;
    expect(after.find((i: any) => i.id === missed.body.data[0].id).status).toBe('done');
  });

  it('serves a private iCal feed that a real parser reads, and stops serving it when revoked', async () => {
    const created = await app.http().post('/newsroom/calendar/feeds').set(auth()).expect(201);
    const url = new URL(created.body.data.url);
    const feed = await app.http().get(url.pathname).expect(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.headers['x-robots-tag']).toBe('noindex, nofollow');
    const events = Object.values(nodeIcal.sync.parseICS(feed.text)).filter(
      (e: any) => e.type === 'VEVENT',
    ) as any[];
    const moved = events.find((e) => e.summary === 'Publish: Part one [EN]');
    expect(new Date(moved.start).toISOString()).toBe('2026-03-31T14:30:00.000Z');
    expect(moved.status).toBe('TENTATIVE');
    expect(events.find((e) => e.summary === 'Publish: Part two [EN]')).toBeDefined();
    const listed = (await get('/newsroom/calendar/feeds').expect(200)).body.data;
    expect(listed.map((f: any) => f.id)).toEqual([created.body.data.id]);

    // A changed payload: the signature no longer matches.
    const forgedPath = url.pathname.replace(
      /\/calendar\/(.)/,
      (_, c) => `/calendar/${c === 'e' ? 'f' : 'e'}`,
    );
    const forged = await app.http().get(forgedPath);
    expect(forged.status).toBe(401);
    expect(forged.text).toMatch(/This link is not valid/);
    await app.http().delete(`/newsroom/calendar/feeds/${created.body.data.id}`).set(auth()).expect(200);
    const revoked = await app.http().get(url.pathname);
    expect(revoked.status).toBe(404);
    expect(revoked.text).toMatch(/This calendar feed was revoked/);
    expect(revoked.text).not.toMatch(/Part one/);
  });

  it('stops a feed whose owner lost schedule.read, and keeps other users off it', async () => {
    const other = await adminWithRole(
      app,
      'Feed reader',
      ['plugin::newsroom.schedule.read'],
      'feeds@example.com',
    );
    const created = await app
      .http()
      .post('/newsroom/calendar/feeds')
      .set('Authorization', `Bearer ${other}`)
      .expect(201);
    const path = new URL(created.body.data.url).pathname;
    await app.http().get(path).expect(200);
    await app.http().delete(`/newsroom/calendar/feeds/${created.body.data.id}`).set(auth()).expect(404);
    const user = await app.strapi.db
      .query('admin::user')
      .findOne({ where: { email: 'feeds@example.com' }, populate: ['roles'] });
    await app.strapi.service('admin::role').assignPermissions(user.roles[0].id, []);
    const res = await app.http().get(path);
    expect(res.status).toBe(404);
    expect(res.text).toMatch(/may no longer read the schedule/);
  });
});
