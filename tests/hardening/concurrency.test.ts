import { DateTime } from 'luxon';
import { adminWithRole } from '../helpers/actors';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import {
  ACTIONS,
  ARTICLE,
  configureRunner,
  eventually,
  FakeClock,
  runner,
  scheduleApi,
} from '../scheduler/helpers';

const TIMELINE = 'plugin::newsroom.timeline';
const cmActions = (uid: string, locales?: string[]) =>
  ['read', 'update', 'publish'].map((verb) => ({
    action: `plugin::content-manager.explorer.${verb}`,
    subject: uid,
    properties: locales ? { locales } : {},
  }));

/** Two editors, one draft; schedules and cancels racing the runner. */
describe('concurrency: stale saves and racing schedules', () => {
  let app: TestApp;
  let alice: string;
  let bob: string;
  let germanOnly: string;
  let cm: ReturnType<typeof contentManager>;
  const clock = new FakeClock(DateTime.fromISO('2026-12-01T10:00:00Z').toUTC());

  const draft = (token: string, documentId: string, locale = 'en') =>
    app
      .http()
      .get(`/newsroom/articles/${documentId}/draft?locale=${locale}`)
      .set('Authorization', `Bearer ${token}`);
  const save = (token: string, documentId: string, body: object, locale = 'en') =>
    app
      .http()
      .put(`/newsroom/articles/${documentId}/draft?locale=${locale}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);
  const storedTitle = async (documentId: string) =>
    (await app.strapi.documents(ARTICLE as any).findOne({ documentId, locale: 'en', status: 'draft' }))
      ?.title;

  beforeAll(async () => {
    app = await startApp({ demo: false });
    const admin = await adminToken(app);
    cm = contentManager(app, admin);
    await configureRunner(app, { enabled: false }, clock);
    const editor = [...cmActions(ARTICLE, ['en', 'de']), ...cmActions(TIMELINE)];
    alice = admin;
    bob = await adminWithRole(app, 'Second editor', editor, 'bob@example.com');
    germanOnly = await adminWithRole(app, 'German desk', cmActions(ARTICLE, ['de']), 'de-desk@example.com');
  });
  afterAll(() => app.stop());

  it('refuses the later save of a stale version with 409 and keeps the earlier save', async () => {
    const id = (await cm.create(ARTICLE, { title: 'Kernel Log: the draft' })).body.data.documentId;
    const [a, b] = await Promise.all([draft(alice, id), draft(bob, id)]);
    expect(a.status).toBe(200);
    expect(a.body.data.version).toBe(b.body.data.version);

    const first = await save(alice, id, { version: a.body.data.version, data: { title: 'Alice was here' } });
    expect(first.status).toBe(200);
    expect(first.body.data.version).not.toBe(a.body.data.version);
    expect(first.body.data.data.title).toBe('Alice was here');

    const stale = await save(bob, id, { version: b.body.data.version, data: { title: 'Bob overwrites' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(
      /saved by someone else .* reload it and apply your changes again/,
    );
    expect(await storedTitle(id)).toBe('Alice was here');

    const fresh = await draft(bob, id);
    const retry = await save(bob, id, {
      version: fresh.body.data.version,
      data: { title: 'Bob, after reloading' },
    });
    expect(retry.status).toBe(200);
    expect(await storedTitle(id)).toBe('Bob, after reloading');
  });

  it('lets exactly one of many simultaneous saves from one version through', async () => {
    const id = (await cm.create(ARTICLE, { title: 'Race' })).body.data.documentId;
    const { version } = (await draft(alice, id)).body.data;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        save(i % 2 ? bob : alice, id, { version, data: { title: `Writer ${i}` } }),
      ),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    const winner = answers.find((res) => res.status === 200)!;
    expect(await storedTitle(id)).toBe(winner.body.data.data.title);
  });

  it('counts a save in the Content Manager as a newer version too', async () => {
    const id = (await cm.create(ARTICLE, { title: 'Edited elsewhere' })).body.data.documentId;
    const { version } = (await draft(bob, id)).body.data;
    expect((await cm.update(ARTICLE, id, { title: 'Saved in the Content Manager' })).status).toBe(200);
    const res = await save(bob, id, { version, data: { title: 'From the panel' } });
    expect(res.status).toBe(409);
    expect(await storedTitle(id)).toBe('Saved in the Content Manager');
  });

  it("applies the Content Manager's locale permissions", async () => {
    const id = (await cm.create(ARTICLE, { title: 'English only desk' })).body.data.documentId;
    const { version } = (await draft(alice, id)).body.data;
    const res = await save(germanOnly, id, { version, data: { title: 'Nope' } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Your role may not update articles in locale "en" in the Content Manager.',
    );
    expect(await storedTitle(id)).toBe('English only desk');
  });

  it('refuses a stale milestone and adds a current one at the wall-clock time in the zone', async () => {
    const created = await cm.create(TIMELINE, { project: 'Linux', version: '3.2', slug: 'linux-3-2' }, 'en');
    const id = created.body.data.documentId;
    const add = (token: string, version: string, milestone: object) =>
      app
        .http()
        .post(`/newsroom/timelines/${id}/milestones`)
        .set('Authorization', `Bearer ${token}`)
        .send({ version, milestone });
    const version = app.strapi.plugin('newsroom').service('editing').version(TIMELINE, id, null);
    const v0 = await version;
    const first = await add(alice, v0, {
      kind: 'merge-window',
      label: 'merge window',
      local: '2011-07-22T09:00',
      zone: 'Europe/Berlin',
    });
    expect(first.status).toBe(201);
    expect(first.body.data.at).toBe('2011-07-22T07:00:00.000Z');
    const stale = await add(bob, v0, { kind: 'rc', label: 'rc1', local: '2011-08-07T20:00' });
    expect(stale.status).toBe(409);
    const second = await add(bob, first.body.data.version, {
      kind: 'rc',
      label: 'rc1',
      local: '2011-08-07T20:00',
    });
    expect(second.status).toBe(201);
    expect(second.body.data.milestones.map((m: any) => m.label)).toEqual(['merge window', 'rc1']);
  });

  it('never runs a cancelled action and never cancels one that ran, when cancels race the runner', async () => {
    const api = scheduleApi(app, alice);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const doc = (await cm.create(ARTICLE, { title: `Racing ${i}` })).body.data.documentId;
      const res = await api.schedule({
        targetType: ARTICLE,
        documentId: doc,
        action: 'publish',
        locale: 'en',
        date: '2026-12-01',
        time: '11:00',
        zone: 'UTC',
      });
      expect(res.status).toBe(201);
      ids.push(res.body.data[0].id);
    }
    clock.set('2026-12-01T11:00:01Z');
    // The interleaving, forced: the runner holds its first claimed action (claimed, not yet run) until
    // half the cancels have answered, so some cancels meet a claimed action and others a pending one;
    // then both go on racing. Without the hold, the runner might claim all 30 first, or lose every race.
    // Batches of 2: a claim takes 2 per lane (1 lane on SQLite, 4 on PostgreSQL), at most 8 of the 30,
    // so of the first 15 cancels to answer at least 7 met a pending action (the default 20 would claim all).
    const scheduler = app.strapi.config.get('plugin::newsroom.scheduler') as object;
    app.strapi.config.set('plugin::newsroom.scheduler', { ...scheduler, batchSize: 2 });
    let answered = 0;
    let held = false;
    runner(app).setHooks({
      beforeExecute: async () => {
        if (held) return;
        held = true;
        await eventually(async () => answered >= ids.length / 2, 30_000, 5);
      },
    });
    let ran: number;
    let cancels: Awaited<ReturnType<typeof api.cancel>>[];
    try {
      [ran, ...cancels] = await Promise.all([
        runner(app).runDue(),
        ...ids.map((id) => api.cancel(id).then((res) => ((answered += 1), res))),
      ]);
    } finally {
      runner(app).setHooks({});
      app.strapi.config.set('plugin::newsroom.scheduler', scheduler);
    }
    const cancelled = cancels.filter((res) => res.status === 200).length;
    const refused = cancels.filter((res) => res.status === 409).length;
    expect(held).toBe(true);
    expect(cancelled + refused).toBe(ids.length);
    // Both outcomes happened, so the race was run, not just one side of it.
    expect(cancelled).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(ran).toBe(refused);
    // A refused cancel says why: the action was running (the held one, at least) or had run.
    const why = cancels.filter((r) => r.status === 409).map((r) => r.body.error.message);
    for (const message of why)
      expect(message).toMatch(
        /^This scheduled action cannot be cancelled: it (is running right now; it can no longer be stopped|has already run)/,
      );
    expect(why).toContain(
      'This scheduled action cannot be cancelled: it is running right now; it can no longer be stopped.',
    );
    const rows = await app.strapi.db.query(ACTIONS as any).findMany({ where: { documentId: { $in: ids } } });
    for (const [i, res] of cancels.entries()) {
      const row = rows.find((r: any) => r.documentId === ids[i]);
      const target = row.targetDocumentId;
      const live = await app.strapi.db
        .query(ARTICLE as any)
        .count({ where: { documentId: target, publishedAt: { $notNull: true } } });
      if (res.status === 200) {
        expect(row.status).toBe('cancelled');
        expect(live).toBe(0);
      } else {
        expect(row.status).toBe('done');
        expect(live).toBe(1);
      }
    }
  });
});
