import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const FRONT = 'https://www.example.com';

describe('numeric permalinks at the site root', () => {
  let app: TestApp;
  let part1: { permalinkId: number; slug: string; documentId: string };
  let part3: { permalinkId: number; slug: string; documentId: string };
  let seriesId: number;

  const published = (uid: string, where: object) =>
    app.strapi.db.query(uid as any).findOne({
      where: { ...where, locale: 'en', publishedAt: { $notNull: true } },
      select: ['documentId', 'slug', 'permalinkId'],
    });

  /** Whatever the request says, a Location header may only point at the front end. */
  function expectNoOffsiteRedirect(res: any) {
    if (res.headers.location) expect(new URL(res.headers.location).origin).toBe(FRONT);
    expect(res.status).not.toBe(500);
  }

  beforeAll(async () => {
    app = await startApp();
    part1 = await published(ARTICLE, { partNumber: 1 });
    part3 = await published(ARTICLE, { partNumber: 3 });
    seriesId = (await published(SERIES, {})).permalinkId;
  });
  afterAll(() => app.stop());

  it('answers 301 to the canonical English URL by default', async () => {
    const res = await app.http().get(`/-${part3.permalinkId}`).expect(301);
    expect(res.headers.location).toBe(`${FRONT}/en/news/${part3.slug}-${part3.permalinkId}.html`);
    expect(res.headers.vary).toMatch(/Accept-Language/);
    expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
  });

  it('takes the locale from ?locale=, then Accept-Language, then the default', async () => {
    const de = await app.http().get(`/-${part3.permalinkId}?locale=de`).expect(301);
    expect(de.headers.location).toMatch(
      new RegExp(
        `^${FRONT}/de/news/kernel-log-was-3-0-bringt-teil-3-[a-z0-9-]+-${part3.permalinkId}\\.html$`,
      ),
    );
    const header = await app
      .http()
      .get(`/-${part3.permalinkId}`)
      .set('Accept-Language', 'de-DE,de;q=0.9,en;q=0.8')
      .expect(301);
    expect(header.headers.location).toBe(de.headers.location);
    const queryWins = await app
      .http()
      .get(`/-${part3.permalinkId}?locale=en`)
      .set('Accept-Language', 'de')
      .expect(301);
    expect(queryWins.headers.location).toContain('/en/news/');
    const french = await app.http().get(`/-${part3.permalinkId}`).set('Accept-Language', 'fr-FR').expect(301);
    expect(french.headers.location).toContain('/en/news/');
  });

  it('falls back to a published language when the reader prefers one the article lacks', async () => {
    const res = await app.http().get(`/-${part1.permalinkId}`).set('Accept-Language', 'de').expect(301);
    expect(res.headers.location).toBe(`${FRONT}/en/news/${part1.slug}-${part1.permalinkId}.html`);
    const asked = await app.http().get(`/-${part1.permalinkId}?locale=de`).expect(404);
    expect(asked.text).toMatch(/not published in locale &quot;de&quot;/);
  });

  it('redirects a series permalink to the series page', async () => {
    const res = await app.http().get(`/-${seriesId}`).expect(301);
    expect(res.headers.location).toBe(`${FRONT}/en/series/kernel-log-coming-in-3-0`);
  });

  it('answers unknown, malformed and out-of-range ids with an HTML page, never a 500', async () => {
    const cases: [string, number, RegExp][] = [
      ['/-1999999999', 404, /No published article or series has the permalink id 1999999999/],
      ['/-2147483648', 400, /out of range/],
      ['/-99999999999999999999', 400, /too long/],
      ['/-0', 400, /out of range/],
      ['/-01275000', 400, /must not start with 0/],
      ['/-abc', 400, /digits only/],
      ['/-12.5', 400, /digits only/],
      [`/-${part3.permalinkId}?locale=fr`, 400, /locale/],
      [`/-${part3.permalinkId}?locale=de&locale=en`, 400, /given once/],
    ];
    for (const [url, status, message] of cases) {
      const res = await app.http().get(url);
      expect([url, res.status]).toEqual([url, status]);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toMatch(/^<!DOCTYPE html>/);
      expect(res.text).toMatch(message);
      expect(res.headers.location).toBeUndefined();
    }
  });

  it('escapes what the request said in the error page', async () => {
    const res = await app.http().get('/-%3Cscript%3Ealert(1)%3C%2Fscript%3E').expect(400);
    expect(res.text).not.toContain('<script>');
  });

  it('never redirects off the front-end origin, whatever the headers or path say', async () => {
    const attempts = [
      app.http().get(`/-${part3.permalinkId}`).set('Host', 'evil.com'),
      app.http().get(`/-${part3.permalinkId}`).set('X-Forwarded-Host', 'evil.com'),
      app
        .http()
        .get(`/-${part3.permalinkId}`)
        .set('X-Forwarded-Proto', 'http')
        .set('Forwarded', 'host=evil.com'),
      app.http().get(`/-${part3.permalinkId}?locale=//evil.com`),
      app.http().get(`/-${part3.permalinkId}?next=https://evil.com`),
      app.http().get(`/-${part3.permalinkId}/..%2f..%2fevil.com`),
      app.http().get(`/-${part3.permalinkId}/..%2f..`),
      app.http().get(`/-${part3.permalinkId}%2f%2fevil.com`),
      app.http().get(`/-${part3.permalinkId}@evil.com`),
      app.http().get(`/-${part3.permalinkId}%5Cevil.com`),
      app.http().get('//evil.com'),
      app.http().get('/-//evil.com'),
      app.http().get('/-%2F%2Fevil.com'),
    ];
    for (const res of await Promise.all(attempts)) {
      expectNoOffsiteRedirect(res);
      if (res.status === 301) expect(res.headers.location).toContain(`-${part3.permalinkId}.html`);
    }
    const hostile = await app.http().get(`/-${part3.permalinkId}`).set('Host', 'evil.com').expect(301);
    expect(new URL(hostile.headers.location).host).toBe('www.example.com');
    const below = await app.http().get(`/-${part3.permalinkId}/..%2f..`).expect(404);
    expect(below.headers['content-type']).toMatch(/^text\/html/);
  });

  it('resolves the same as JSON', async () => {
    const res = await app
      .http()
      .get(`/api/newsroom/permalinks/${part3.permalinkId}`)
      .set('Accept-Language', 'de')
      .expect(200);
    expect(res.body.data).toMatchObject({
      type: 'article',
      documentId: part3.documentId,
      permalinkId: part3.permalinkId,
      locale: 'de',
      permalinkUrl: `${FRONT}/-${part3.permalinkId}`,
    });
    expect(res.body.data.canonicalUrl).toContain('/de/news/');
    expect(res.body.data.localizations).toEqual([
      expect.objectContaining({
        locale: 'en',
        slug: part3.slug,
        canonicalUrl: expect.stringContaining('/en/news/'),
      }),
    ]);
    expect(res.headers.vary).toMatch(/Accept-Language/);
    expect(res.headers.etag).toBeTruthy();
    await app
      .http()
      .get(`/api/newsroom/permalinks/${part3.permalinkId}`)
      .set('Accept-Language', 'de')
      .set('If-None-Match', res.headers.etag)
      .expect(304);

    const series = await app.http().get(`/api/newsroom/permalinks/${seriesId}`).expect(200);
    expect(series.body.data).toMatchObject({ type: 'series', slug: 'kernel-log-coming-in-3-0' });
    for (const [id, status] of [
      ['1999999999', 404],
      ['abc', 400],
      ['2147483648', 400],
    ] as const) {
      const bad = await app.http().get(`/api/newsroom/permalinks/${id}`).expect(status);
      expect(bad.body.error.message).toMatch(/permalink id/);
    }
  });

  it('follows the configured URL patterns, with dates in the newsroom zone', async () => {
    const key = 'plugin::newsroom.views.frontend.patterns.article';
    const before = app.strapi.config.get(key);
    app.strapi.config.set(key, { ...before, en: '{origin}/en/{year}/{month}/{day}/{slug}-{id}.html' });
    try {
      const res = await app.http().get(`/-${part3.permalinkId}`).expect(301);
      // First published 2011-07-07 14:49 UTC (16:49 in Berlin); later publications do not move the date.
      expect(res.headers.location).toBe(`${FRONT}/en/2011/07/07/${part3.slug}-${part3.permalinkId}.html`);
    } finally {
      app.strapi.config.set(key, before);
    }
  });

  it('takes ids from a counter that jumps forward when permalinkStart is raised and never goes back', async () => {
    const docs = app.strapi.documents(ARTICLE as any) as any;
    const publishNew = async (title: string) => {
      const created = await docs.create({ locale: 'en', data: { title } });
      await docs.publish({ documentId: created.documentId, locale: 'en' });
      return (
        await app.strapi.db.query(ARTICLE as any).findOne({ where: { documentId: created.documentId } })
      ).permalinkId as number;
    };
    const key = 'plugin::newsroom.permalinkStart';
    const before = app.strapi.config.get(key) as number;
    try {
      const first = await publishNew('Counted once');
      app.strapi.config.set(key, first + 1000);
      expect(await publishNew('After a raised start')).toBe(first + 1000);
      app.strapi.config.set(key, 1);
      expect(await publishNew('After a lowered start')).toBe(first + 1001);
    } finally {
      app.strapi.config.set(key, before);
    }
  });

  describe('when editors change a published article', () => {
    let cm: ReturnType<typeof contentManager>;
    beforeAll(async () => {
      cm = contentManager(app, await adminToken(app));
    });

    it('keeps the permalink working after a slug and headline change', async () => {
      const update = await cm.update(ARTICLE, part3.documentId, {
        title: 'Kernel Log: Coming in 3.0 (Part 3) - renamed',
        slug: 'kernel-log-part-3-renamed',
      });
      expect(update.status).toBe(200);
      expect((await cm.publish(ARTICLE, part3.documentId)).status).toBe(200);
      const res = await app.http().get(`/-${part3.permalinkId}`).expect(301);
      expect(res.headers.location).toBe(
        `${FRONT}/en/news/kernel-log-part-3-renamed-${part3.permalinkId}.html`,
      );
      // The old slug still reaches the article (through the read API's redirect record).
      const old = await app.http().get(`/api/newsroom/articles/${part3.slug}/print`).expect(200);
      expect(old.text).toContain('renamed');
    });

    it('answers 404 once the article is unpublished or deleted', async () => {
      expect((await cm.unpublish(ARTICLE, part3.documentId)).status).toBe(200);
      // The German version is still published: the permalink now only leads there.
      const de = await app.http().get(`/-${part3.permalinkId}`).expect(301);
      expect(de.headers.location).toContain('/de/news/');
      expect((await cm.unpublish(ARTICLE, part3.documentId, 'de')).status).toBe(200);
      await app.http().get(`/-${part3.permalinkId}`).expect(404);
      await app.http().get(`/api/newsroom/permalinks/${part3.permalinkId}`).expect(404);

      expect((await cm.remove(ARTICLE, part1.documentId)).status).toBe(200);
      const gone = await app.http().get(`/-${part1.permalinkId}`).expect(404);
      expect(gone.text).toContain(`permalink id ${part1.permalinkId}`);
    });
  });
});
