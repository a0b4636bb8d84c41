import { DateTime } from 'luxon';
import { adminToken, contentManager } from '../helpers/admin';
import { contentManager as cmPermissions, createRole, inviteAdmin, plugin } from '../helpers/roles';
import { startApp, type TestApp } from '../helpers/strapi';
import { ACTIONS, ARTICLE, configureRunner, FakeClock, runner, scheduleApi, SERIES } from './helpers';

const OUTBOX = 'plugin::newsroom.outbox-message';

/**
 * Embargo bundles through the admin API, on an injected clock: entries
 * across documents, types and locales go out in one transaction at one
 * time (one content generation step, one purge with every key), or none
 * does and the blocking entry is named; a check before the minute finds
 * the problem by a trial run that leaves nothing behind.
 */
describe('scheduled publishing: embargo bundles', () => {
  let app: TestApp;
  let token: string;
  let cm: ReturnType<typeof contentManager>;
  let actions: ReturnType<typeof scheduleApi>;
  const clock = new FakeClock(DateTime.fromISO('2027-03-01T08:00:00Z').toUTC());
  const failed: any[] = [];

  const api = (t = token) => {
    const auth = { Authorization: `Bearer ${t}` };
    const base = '/newsroom/schedule/bundles';
    return {
      create: (body: object) => app.http().post(base).set(auth).send(body),
      get: (id: string) => app.http().get(`${base}/${id}`).set(auth),
      list: (query = '') => app.http().get(`${base}${query}`).set(auth),
      update: (id: string, body: object) => app.http().put(`${base}/${id}`).set(auth).send(body),
      add: (id: string, body: object) => app.http().post(`${base}/${id}/entries`).set(auth).send(body),
      remove: (id: string, entry: string) => app.http().delete(`${base}/${id}/entries/${entry}`).set(auth),
      cancel: (id: string) => app.http().delete(`${base}/${id}`).set(auth),
      check: (id: string) => app.http().post(`${base}/${id}/check`).set(auth),
    };
  };
  const publishedCount = (uid: string, documentId: string) =>
    app.strapi.db.query(uid as any).count({ where: { documentId, publishedAt: { $notNull: true } } });
  const generation = () => (app.strapi.plugin('newsroom').service('changes') as any).latest();
  const purges = () => app.strapi.db.query(OUTBOX as any).findMany({ where: { topic: 'purge' } });
  const article = async (title: string, data: object = {}) =>
    (await cm.create(ARTICLE, { title, ...data })).body.data.documentId as string;
  const entry = (documentId: string, extra: object = {}) => ({ targetType: ARTICLE, documentId, ...extra });
  const at = (minutes: number) => clock.at.plus({ minutes }).toISO() as string;

  beforeAll(async () => {
    // A purge webhook nobody listens on: its messages wait in the outbox, where the test reads them.
    app = await startApp({ demo: false, env: { NEWSROOM_PURGE_URL: 'http://127.0.0.1:9/purge' } });
    token = await adminToken(app);
    cm = contentManager(app, token);
    actions = scheduleApi(app, token);
    await configureRunner(app, { enabled: false }, clock);
    app.strapi.eventHub.on('newsroom.schedule.failed', (payload: any) => failed.push(payload));
  });
  afterAll(() => app.stop());

  it('publishes every entry at the minute, together: one generation step, one purge with every key', async () => {
    const series = (await cm.create(SERIES, { title: 'Embargoed report', plannedParts: 2 })).body.data
      .documentId as string;
    const one = await article('Report, part one', { series });
    const two = await article('Report, part two', { series });
    const related = await article('What the report means');
    const created = await api().create({
      name: 'Morning embargo',
      date: '2027-03-01',
      time: '10:30',
      zone: 'Europe/Berlin',
      entries: [entry(one), entry(two), entry(related), { targetType: SERIES, documentId: series }],
    });
    expect(created.status).toBe(201);
    const bundle = created.body.data;
    expect(bundle).toMatchObject({
      name: 'Morning embargo',
      wallClock: '2027-03-01T10:30',
      zone: 'Europe/Berlin',
      dueAt: '2027-03-01T09:30:00.000Z',
      status: 'pending',
    });
    expect(bundle.entries.map((e: any) => [e.title, e.status])).toEqual([
      ['Report, part one', 'pending'],
      ['Report, part two', 'pending'],
      ['What the report means', 'pending'],
      ['Embargoed report', 'pending'],
    ]);
    // The calendar lists the entries as scheduled actions of the bundle; they cannot be moved alone.
    const listed = await actions.list(`?documentId=${one}`);
    expect(listed.body.data).toEqual([expect.objectContaining({ bundleId: bundle.id, status: 'pending' })]);
    const moved = await actions.reschedule(listed.body.data[0].id, { at: at(90) });
    expect(moved.status).toBe(409);
    expect(moved.body.error.message).toMatch(/entry of the embargo bundle .* reschedule the bundle instead/);

    // Not before its time.
    clock.set('2027-03-01T09:29:59Z');
    await runner(app).runDue();
    expect(await publishedCount(ARTICLE, one)).toBe(0);

    const before = { generation: await generation(), purges: (await purges()).map((p: any) => p.id) };
    clock.set('2027-03-01T09:30:00.200Z');
    await runner(app).runDue();
    for (const id of [one, two, related]) expect(await publishedCount(ARTICLE, id)).toBe(1);
    expect(await publishedCount(SERIES, series)).toBe(1);
    expect((await generation()) - before.generation).toBe(1);
    const added = (await purges()).filter((p: any) => !before.purges.includes(p.id));
    expect(added.map((p: any) => p.payload.event)).toEqual([`bundle:${bundle.id}`]);
    const keys = added[0].payload.keys.join(' ');
    for (const id of [one, two, related, series]) expect(keys).toContain(id);

    const done = (await api().get(bundle.id)).body.data;
    expect(done).toMatchObject({ status: 'done', lastError: null, blockingEntry: null });
    expect(done.ranBy).toBe(runner(app).instanceId());
    expect(done.latenessMs).toBeGreaterThanOrEqual(200);
    expect(done.entries.map((e: any) => [e.status, e.outcome])).toEqual([
      ['done', 'published'],
      ['done', 'published'],
      ['done', 'published'],
      ['done', 'published'],
    ]);
    // A bundle that went out can no longer change.
    const late = await api().add(bundle.id, { entries: [entry(await article('Too late'))] });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe(
      'The bundle "Morning embargo" is done, so it can no longer be changed.',
    );
  });

  it('publishes none when one entry cannot go out, names it, and a check finds it before the minute', async () => {
    const first = await article('Front page lead');
    const doomed = await article('Sidebar that will be deleted');
    const third = await article('Analysis');
    const bundle = (
      await api().create({
        name: 'Front page',
        at: at(30),
        entries: [entry(first), entry(doomed), entry(third)],
      })
    ).body.data;
    const clean = await api().check(bundle.id);
    expect(clean.status).toBe(200);
    expect(clean.body.meta.problems).toEqual([]);

    await cm.remove(ARTICLE, doomed);
    const before = { generation: await generation(), purges: (await purges()).length };
    const checked = await api().check(bundle.id);
    const doomedEntry = bundle.entries[1].id;
    expect(checked.body.meta.problems).toEqual([
      { entry: doomedEntry, message: `The document ${doomed} (en) was deleted.` },
    ]);
    // The trial run left nothing behind: nothing published, no generation step, no purge.
    expect(await publishedCount(ARTICLE, first)).toBe(0);
    expect(await generation()).toBe(before.generation);
    expect((await purges()).length).toBe(before.purges);

    clock.advance(31 * 60_000);
    await runner(app).runDue();
    expect(await publishedCount(ARTICLE, first)).toBe(0);
    expect(await publishedCount(ARTICLE, third)).toBe(0);
    const out = (await api().get(bundle.id)).body.data;
    expect(out.status).toBe('failed');
    expect(out.blockingEntry).toBe(doomedEntry);
    expect(out.lastError).toBe(
      `The publish of the article ${doomed} (en) stopped the bundle: The document ${doomed} (en) was deleted.`,
    );
    expect(out.entries.map((e: any) => e.status)).toEqual(['failed', 'failed', 'failed']);
    expect(out.entries[0].lastError).toMatch(/^Not published: the bundle did not go out\. The publish of/);
    expect(failed.filter((p) => p.bundle?.id === bundle.id)).toHaveLength(1);
  });

  it('rolls a bundle back whole when the database fails mid-way, and retries it whole', async () => {
    const ids = [await article('Retry one'), await article('Retry two'), await article('Retry three')];
    const bundle = (await api().create({ name: 'Retry', at: at(5), entries: ids.map((id) => entry(id)) }))
      .body.data;
    let seen = 0;
    runner(app).setHooks({
      insideTransaction: () => {
        seen += 1;
        // After the second entry's publish, inside the bundle's transaction.
        if (seen === 2)
          throw Object.assign(new Error('connection reset by the database'), { code: 'ECONNRESET' });
      },
    });
    clock.advance(5 * 60_000);
    await runner(app).runDue();
    runner(app).setHooks({});
    for (const id of ids) expect(await publishedCount(ARTICLE, id)).toBe(0);
    const waiting = (await api().get(bundle.id)).body.data;
    expect(waiting).toMatchObject({ status: 'pending', blockingEntry: bundle.entries[1].id });
    expect(waiting.retryAt).not.toBeNull();
    clock.set(waiting.retryAt);
    await runner(app).runDue();
    for (const id of ids) expect(await publishedCount(ARTICLE, id)).toBe(1);
    expect((await api().get(bundle.id)).body.data).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('reschedules, renames, takes entries out and cancels a pending bundle', async () => {
    const a = await article('Movable one');
    const b = await article('Movable two');
    const bundle = (await api().create({ name: 'Weekend', at: at(60), entries: [entry(a)] })).body.data;
    const added = await api().add(bundle.id, { entries: [entry(b)] });
    expect(added.status).toBe(200);
    expect(added.body.data.entries.map((e: any) => e.title)).toEqual(['Movable one', 'Movable two']);

    const moved = await api().update(bundle.id, {
      name: 'Sunday',
      date: '2027-03-07',
      time: '07:00',
      zone: 'UTC',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ name: 'Sunday', dueAt: '2027-03-07T07:00:00.000Z' });
    const stored = await app.strapi.db
      .query(ACTIONS as any)
      .findMany({ where: { bundleId: bundle.id, status: 'pending' } });
    expect(stored.map((row: any) => new Date(row.dueAt).toISOString())).toEqual([
      '2027-03-07T07:00:00.000Z',
      '2027-03-07T07:00:00.000Z',
    ]);

    const removed = await api().remove(bundle.id, added.body.data.entries[0].id);
    expect(removed.body.data.entries.map((e: any) => e.title)).toEqual(['Movable two']);
    // Cancelling an entry through the actions API takes it out of its bundle too.
    await actions.cancel(added.body.data.entries[1].id);
    expect((await api().get(bundle.id)).body.data.entries).toEqual([]);
    const empty = await api().check(bundle.id);
    expect(empty.body.meta.problems).toEqual([
      { entry: null, message: 'The bundle has no entries; it would publish nothing.' },
    ]);

    const cancelled = await api().cancel(bundle.id);
    expect(cancelled.body.data.status).toBe('cancelled');
    expect((await api().cancel(bundle.id)).status).toBe(200);
    const listed = await api().list('?status=cancelled');
    expect(listed.body.data.map((x: any) => x.id)).toContain(bundle.id);
  });

  it('answers bad input with a 4xx and a sentence, storing nothing', async () => {
    const doc = await article('Bad input target');
    const count = () => app.strapi.db.query('plugin::newsroom.bundle' as any).count();
    const stored = await count();
    const cases: [object, number, string][] = [
      [{ at: at(10) }, 400, 'name: Required'],
      [
        { name: '   ', at: at(10) },
        400,
        'name: a bundle needs a name (the editors see it in the calendar and the alerts)',
      ],
      [{ name: 'x', at: at(10), colour: 'red' }, 400, "body: Unrecognized key(s) in object: 'colour'"],
      [{ name: 'x' }, 400, 'Give "date" (YYYY-MM-DD) and "time" (HH:mm) in a zone, or "at": "now".'],
      [
        { name: 'x', at: at(10), entries: [entry('nope')] },
        404,
        'entries.0: There is no article with documentId "nope".',
      ],
      [
        { name: 'x', at: at(10), entries: [entry(doc), entry(doc)] },
        409,
        `entries.1: ${doc} (en) is already in the bundle; each document and locale goes in once.`,
      ],
      [
        { name: 'x', at: at(10), entries: [entry(doc, { locale: 'fr' })] },
        404,
        `entries.0: The article "${doc}" has no "fr" version (it has en).`,
      ],
      [
        { name: 'x', at: at(10), entries: [{ targetType: 'plugin::newsroom.sequence', documentId: doc }] },
        400,
        'entries.0: "plugin::newsroom.sequence" is not a newsroom type; only newsroom documents can be scheduled.',
      ],
      [
        { name: 'x', at: at(10), entries: [entry(doc, { action: 'delete' })] },
        400,
        "entries.0.action: Invalid enum value. Expected 'publish' | 'unpublish', received 'delete'",
      ],
    ];
    for (const [body, status, message] of cases) {
      const res = await api().create(body);
      expect([body, res.status, res.body.error?.message]).toEqual([body, status, message]);
    }
    expect(await count()).toBe(stored);
    expect((await api().get('no-such-bundle')).body.error.message).toBe(
      'There is no embargo bundle "no-such-bundle".',
    );
    const bundle = (await api().create({ name: 'Edits', at: at(10) })).body.data;
    const nothing = await api().update(bundle.id, {});
    expect([nothing.status, nothing.body.error.message]).toEqual([
      400,
      'body: give a new "name", or a new "date" and "time" (or "at"), or both',
    ]);
    const gone = await api().remove(bundle.id, 'no-such-entry');
    expect([gone.status, gone.body.error.message]).toEqual([
      404,
      'The bundle "Edits" has no entry "no-such-entry".',
    ]);
    expect((await api().add(bundle.id, { entries: [] })).status).toBe(400);
  });

  it('asks for the Content Manager right on every entry, per locale, and the schedule rights per route', async () => {
    const english = await article('English only may be published');
    expect((await cm.update(ARTICLE, english, { title: 'Nur Englisch darf' }, 'de')).status).toBe(200);
    const role = await createRole(app, token, 'Bundle desk', [
      ...plugin('timeline.read', 'schedule.read', 'schedule.create'),
      ...cmPermissions(ARTICLE, ['read', 'update', 'publish'], { locales: ['en'] }),
    ]);
    const desk = await inviteAdmin(app, token, 'bundle-desk@newsroom.test', [role]);
    const mine = api(desk.token);
    const created = await mine.create({ name: 'Desk', at: at(20), entries: [entry(english)] });
    expect(created.status).toBe(201);
    const german = await mine.add(created.body.data.id, { entries: [entry(english, { locale: 'de' })] });
    expect(german.status).toBe(403);
    expect(german.body.error.message).toMatch(/^entries\.0: .*so it may not put that in a bundle/);
    const series = (await cm.create(SERIES, { title: 'Not the desk’s' })).body.data.documentId;
    const refused = await mine.add(created.body.data.id, {
      entries: [{ targetType: SERIES, documentId: series }],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/^entries\.0: .*so it may not put that in a bundle/);
    // No schedule.delete: neither cancel nor take out.
    const cancel = await mine.cancel(created.body.data.id);
    expect(cancel.status).toBe(403);
    expect(cancel.body.error.message).toMatch(/Cancel scheduled actions/);
    expect((await api().get(created.body.data.id)).body.data.entries).toHaveLength(1);
  });

  it('a release plan makes one bundle per date: each part in all its unpublished locales at once', async () => {
    clock.set('2027-06-01T08:00:00Z'); // a Tuesday
    const series = (await cm.create(SERIES, { title: 'Kernel Log: Coming in 3.3', plannedParts: 3 })).body
      .data.documentId as string;
    const [one, two] = [
      await article('3.3, part one', { series }),
      await article('3.3, part two', { series }),
      await article('3.3, part three', { series }),
    ];
    for (const [id, title] of [
      [one, '3.3, Teil eins'],
      [two, '3.3, Teil zwei'],
    ]) {
      expect((await cm.update(ARTICLE, id, { title }, 'de')).status).toBe(200);
    }
    // A single German publish of part two, made before the plan: the plan replaces it.
    const single = await actions.schedule({ targetType: ARTICLE, documentId: two, locale: 'de', at: at(60) });
    expect(single.status).toBe(201);
    const plan = (body: object) =>
      actions.plan({
        seriesDocumentId: series,
        weekday: 'Thursday',
        time: '16:49',
        zone: 'Europe/Berlin',
        ...body,
      });

    const res = await plan({ bundles: true, locales: 'all' });
    expect(res.status).toBe(201);
    const bundleIds = res.body.meta.bundles;
    expect(bundleIds).toHaveLength(3);
    expect(
      res.body.data.map((a: any) => [a.partNumber, a.locale, a.dueAt, bundleIds.indexOf(a.bundleId)]),
    ).toEqual([
      [1, 'en', '2027-06-10T14:49:00.000Z', 0],
      [1, 'de', '2027-06-10T14:49:00.000Z', 0],
      [2, 'en', '2027-06-17T14:49:00.000Z', 1],
      [2, 'de', '2027-06-17T14:49:00.000Z', 1],
      [3, 'en', '2027-06-24T14:49:00.000Z', 2],
    ]);
    expect(res.body.meta.replaced).toEqual([single.body.data[0].id]);
    expect(res.body.meta.notes).toEqual([]);
    expect((await actions.get(single.body.data[0].id)).body.data.status).toBe('cancelled');
    const first = (await api().get(bundleIds[0])).body.data;
    expect(first).toMatchObject({
      name: 'Kernel Log: Coming in 3.3, part 1',
      wallClock: '2027-06-10T16:49',
      zone: 'Europe/Berlin',
      status: 'pending',
    });
    expect(first.entries.map((e: any) => [e.title, e.locale])).toEqual([
      ['3.3, part one', 'en'],
      ['3.3, Teil eins', 'de'],
    ]);

    // At the minute the first bundle goes out in both languages, and nothing of the later weeks.
    clock.set('2027-06-10T14:49:00.100Z');
    await runner(app).runDue();
    const live = (documentId: string, locale: string) =>
      app.strapi.db
        .query(ARTICLE as any)
        .count({ where: { documentId, locale, publishedAt: { $notNull: true } } });
    expect([
      await live(one, 'en'),
      await live(one, 'de'),
      await live(two, 'en'),
      await live(two, 'de'),
    ]).toEqual([1, 1, 0, 0]);
    expect((await api().get(bundleIds[0])).body.data.status).toBe('done');

    // Planned again with a list of locales: a part without that language is said, not refused.
    const again = await plan({ bundles: true, locales: ['de'] });
    expect(again.status).toBe(201);
    expect(again.body.data.map((a: any) => [a.partNumber, a.locale])).toEqual([
      [2, 'en'],
      [2, 'de'],
      [3, 'en'],
    ]);
    expect(again.body.meta.notes).toEqual([
      { part: 3, note: 'Part 3 has no "de" version; its bundle leaves it out.' },
    ]);
    // The first plan's entries of parts 2 and 3 were replaced, and their bundles, empty now, cancelled.
    expect([...again.body.meta.replaced].sort()).toEqual(
      res.body.data
        .filter((a: any) => a.partNumber > 1)
        .map((a: any) => a.id)
        .sort(),
    );

    for (const id of bundleIds.slice(1)) expect((await api().get(id)).body.data.status).toBe('cancelled');

    const count = async () => [
      await app.strapi.db.query(ACTIONS as any).count(),
      await app.strapi.db.query('plugin::newsroom.bundle' as any).count(),
    ];
    const stored = await count();
    for (const [body, message] of [
      [
        { locales: ['de'] },
        '"locales" goes with "bundles": true (single actions are in the plan\'s locale).',
      ],
      [
        { bundles: true, locales: ['de', 'xx'] },
        'locales: "xx" is not a locale of this app (it has de, en).',
      ],
      [
        { bundles: true, authority: 'plugin' },
        '"authority" cannot go with "bundles": a bundle\'s entries run on the scheduler\'s right.',
      ],
      [{ bundles: true, locales: [] }, 'locales: Array must contain at least 1 element(s)'],
    ] as [object, string][]) {
      const bad = await plan(body);
      expect([body, bad.status, bad.body.error?.message]).toEqual([body, 400, message]);
    }
    expect(await count()).toEqual(stored);
  });
});
