import { DateTime } from 'luxon';
import { adminWithRole } from '../helpers/actors';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';
import { ARTICLE, configureRunner, FakeClock, scheduleApi, SERIES } from '../scheduler/helpers';

const body = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** Share links and previews on an injected clock: expiry is tested without waiting seven days. */
describe('draft previews and share links', () => {
  let app: TestApp;
  let token: string;
  let cm: ReturnType<typeof contentManager>;
  const clock = new FakeClock(DateTime.fromISO('2026-11-24T09:00:00Z').toUTC());
  let seriesId: string;
  let articleId: string;
  const auth = () => ({ Authorization: `Bearer ${token}` });
  const open = (url: string) => app.http().get(new URL(url).pathname + new URL(url).search);

  beforeAll(async () => {
    app = await startApp({ demo: false });
    token = await adminToken(app);
    cm = contentManager(app, token);
    await configureRunner(app, { enabled: false }, clock);
    seriesId = (await cm.create(SERIES, { title: 'Kernel Log: Coming in 5.0', plannedParts: 2 })).body.data
      .documentId;
    const created = await cm.create(ARTICLE, {
      title: 'Part 1: The secret draft',
      series: seriesId,
      pages: [{ title: 'Networking', body: body('Embargoed until Thursday.') }],
    });
    articleId = created.body.data.documentId;
  });
  afterAll(() => app.stop());

  it('shows the draft as it was when the link was made, to anyone, never indexed', async () => {
    const created = await app
      .http()
      .post('/newsroom/share-links')
      .set(auth())
      .send({ targetType: ARTICLE, documentId: articleId, locale: 'en' })
      .expect(201);
    const link = created.body.data;
    expect(link).toMatchObject({
      documentId: articleId,
      locale: 'en',
      snapshotAt: '2026-11-24T09:00:00.000Z',
      expiresAt: '2026-12-01T09:00:00.000Z',
      revokedAt: null,
      createdBy: 'editor@newsroom.local',
    });
    await cm.update(ARTICLE, articleId, { title: 'Part 1: Rewritten after the link' });
    const page = await open(link.url).expect(200);
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.text).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(page.text).toContain('Part 1: The secret draft');
    expect(page.text).toContain('Embargoed until Thursday.');
    expect(page.text).toContain('Draft preview, not published · as saved on 24 November 2026, 10:00');
    expect(page.text).not.toContain('Rewritten after the link');

    // The admin's own preview always shows the latest draft.
    const preview = (
      await app
        .http()
        .get(`/newsroom/previews/url?targetType=${ARTICLE}&documentId=${articleId}&locale=en`)
        .set(auth())
        .expect(200)
    ).body.data;
    expect(preview.expiresAt).toBe('2026-11-24T10:00:00.000Z');
    expect((await open(preview.url).expect(200)).text).toContain('Part 1: Rewritten after the link');
  });

  it('refuses the link after its expiry with a sentence and no draft text', async () => {
    const [link] = (
      await app
        .http()
        .get(`/newsroom/share-links?targetType=${ARTICLE}&documentId=${articleId}&locale=en`)
        .set(auth())
        .expect(200)
    ).body.data;
    clock.set('2026-12-01T08:59:00Z');
    await open(link.url).expect(200);
    clock.set('2026-12-01T09:00:00Z');
    const refused = await open(link.url);
    expect(refused.status).toBe(401);
    expect(refused.text).toContain(
      'This link expired on 1 Dec 2026, 10:00 (Europe/Berlin); ask the newsroom for a new one.',
    );
    expect(refused.text).not.toMatch(/secret draft|Embargoed/);
    expect(refused.headers['x-robots-tag']).toBe('noindex, nofollow');
    clock.set('2026-11-24T09:00:00Z');
  });

  it('refuses a revoked link (404) and a forged one (401), and lists the revoked link as revoked', async () => {
    const link = (
      await app
        .http()
        .post('/newsroom/share-links')
        .set(auth())
        .send({ targetType: ARTICLE, documentId: articleId, days: 2 })
        .expect(201)
    ).body.data;
    expect(link.expiresAt).toBe('2026-11-26T09:00:00.000Z');
    const revoked = await app.http().delete(`/newsroom/share-links/${link.id}`).set(auth()).expect(200);
    expect(revoked.body.data.revokedAt).toBe('2026-11-24T09:00:00.000Z');
    const gone = await open(link.url);
    expect(gone.status).toBe(404);
    expect(gone.text).toContain('This share link was revoked by the newsroom.');
    expect(gone.text).not.toMatch(/Rewritten|Embargoed/);
    const path = new URL(link.url).pathname;
    const forged = await app.http().get(path.slice(0, -3) + (path.endsWith('AAA') ? 'BBB' : 'AAA'));
    expect(forged.status).toBe(401);
    expect(forged.text).toContain('This link is not valid: it was changed or never issued by this newsroom.');
    const listed = (
      await app
        .http()
        .get(`/newsroom/share-links?targetType=${ARTICLE}&documentId=${articleId}&locale=en`)
        .set(auth())
    ).body.data;
    expect(listed.map((l: any) => [l.id, Boolean(l.revokedAt)])).toEqual([
      [link.id, true],
      [expect.any(String), false],
    ]);
  });

  it('needs the Content Manager read permission on the type and locale to preview or share', async () => {
    const german = await adminWithRole(
      app,
      'German desk',
      [
        {
          action: 'plugin::content-manager.explorer.read',
          subject: ARTICLE,
          properties: { locales: ['de'] },
        },
      ],
      'german@example.com',
    );
    const res = await app
      .http()
      .post('/newsroom/share-links')
      .set('Authorization', `Bearer ${german}`)
      .send({ targetType: ARTICLE, documentId: articleId, locale: 'en' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/may not read articles in locale "en"/);
  });

  it('previews a series as it will look on the day of its next scheduled part', async () => {
    await cm.publish(ARTICLE, articleId);
    const second = (await cm.create(ARTICLE, { title: 'Part 2: Storage (draft)', series: seriesId })).body
      .data.documentId;
    const api = scheduleApi(app, token);
    // Part 1 went live on the real clock (its publishedOn, which the part-order rule compares, is the
    // process's time), so part 2 must come after the real now, not only after the injected one: next year's 3 December.
    const day = `${DateTime.utc().year + 1}-12-03`;
    const scheduled = await api.schedule({
      targetType: ARTICLE,
      documentId: second,
      date: day,
      time: '16:49',
    });
    expect([scheduled.status, scheduled.body.error?.message]).toEqual([201, undefined]);
    const preview = (
      await app
        .http()
        .get(`/newsroom/previews/url?targetType=${SERIES}&documentId=${seriesId}&locale=en`)
        .set(auth())
        .expect(200)
    ).body.data;
    const page = (await open(preview.url).expect(200)).text;
    expect(page).toContain(
      `The series as it will look on <time dateTime="${day}">03 December ${day.slice(0, 4)}</time>`,
    );
    expect(page).toMatch(/data-status="published">Part 2: Part 2: Storage \(draft\)/);
    const today = (await open(`${preview.url}?at=2026-11-24`).expect(200)).text;
    expect(today).toMatch(/data-status="announced" class="announced">Part 2 \(announced\)/);
    const bad = await open(`${preview.url}?at=2026-13-01`);
    expect(bad.status).toBe(400);
    expect(bad.text).toMatch(/not a calendar date/);
  });
});
