import { startApp, type TestApp } from '../helpers/strapi';

describe('read API on the demo newsroom', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(() => app.stop());

  it('answers a series with every part in order, the announced part without text', async () => {
    const res = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    const series = res.body.data;
    expect(series).toMatchObject({ title: 'Kernel Log: Coming in 3.0', partsTotal: 4, publishedParts: 3 });
    expect(series.parts.map((p: any) => [p.number, p.status])).toEqual([
      [1, 'published'],
      [2, 'published'],
      [3, 'published'],
      [4, 'announced'],
    ]);
    expect(series.parts[3]).toEqual({
      number: 4,
      status: 'announced',
      workingTitle: 'Drivers',
      topic: 'Graphics, storage and network drivers new in Linux 3.0',
      expectedAt: '2011-07-14',
    });
    expect(series.localizations).toEqual([
      {
        locale: 'de',
        slug: 'kernel-log-was-3-0-bringt',
        canonicalUrl: expect.stringMatching(/^https:\/\/www\.example\.com\/de\//),
      },
    ]);
    expect(series.parts[0].canonicalUrl).toMatch(/^https:\/\/www\.example\.com\/en\/news\/.+\.html$/);
    expect(series.canonicalUrl).toMatch(/^https:\/\/www\.example\.com\//);
  });

  it('lists every part of the German series, the English-only ones as untranslated with their URLs', async () => {
    const res = await app.http().get('/api/newsroom/series/kernel-log-was-3-0-bringt?locale=de').expect(200);
    const series = res.body.data;
    // Was: parts 3 and 4 only; parts 1 and 2 exist only in English and were dropped.
    expect(series.parts.map((p: any) => [p.number, p.status])).toEqual([
      [1, 'untranslated'],
      [2, 'untranslated'],
      [3, 'published'],
      [4, 'announced'],
    ]);
    expect(series).toMatchObject({ partsTotal: 4, publishedParts: 1, untranslatedParts: 2, plannedParts: 1 });
    const english = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    const part1 = english.body.data.parts[0];
    expect(series.parts[0]).toEqual({
      number: 1,
      status: 'untranslated',
      documentId: part1.documentId,
      permalinkId: part1.permalinkId,
      permalinkUrl: part1.permalinkUrl,
      languages: [
        {
          locale: 'en',
          title: part1.title,
          slug: part1.slug,
          publishedAt: part1.publishedAt,
          canonicalUrl: part1.canonicalUrl,
        },
      ],
    });
    expect(series.parts[3]).toMatchObject({ status: 'announced', workingTitle: 'Treiber' });
    // The German part 3 sees the same table.
    const part3 = await app
      .http()
      .get(`/api/newsroom/articles/${series.parts[2].slug}?locale=de`)
      .expect(200);
    expect(part3.body.data.series.parts.map((p: any) => p.status)).toEqual([
      'untranslated',
      'untranslated',
      'published',
      'announced',
    ]);
  });

  it('answers an article with its pages, byline, series position and neighbours', async () => {
    const list = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    const part3 = list.body.data.parts[2];
    const res = await app.http().get(`/api/newsroom/articles/${part3.slug}`).expect(200);
    const article = res.body.data;
    expect(article.title).toMatch(/Part 3/);
    expect(article.pages.map((p: any) => p.title)).toEqual([
      'Virtualisation',
      'Size optimisation, memory management, problem areas',
    ]);
    expect(article.pages[0].body[0].type).toBe('paragraph');
    expect(article.authors).toEqual([
      { documentId: expect.any(String), name: 'Thorsten Leemhuis', slug: 'thorsten-leemhuis' },
    ]);
    expect(article.channel).toEqual({
      documentId: expect.any(String),
      name: 'The H Open',
      slug: 'the-h-open',
    });
    expect(article.partnerLine).toBe('In association with heise online');
    expect(article.publishedAt).toBe('2011-07-07T14:49:00.000Z');
    expect(article.series.part).toEqual({ number: 3, of: 4 });
    expect(article.series.previous).toMatchObject({ number: 2, status: 'published' });
    expect(article.series.next).toEqual(expect.objectContaining({ number: 4, status: 'announced' }));
    expect(article.series.next.slug).toBeUndefined();
    expect(article.localizations.map((l: any) => l.locale)).toEqual(['de']);
    expect(article.permalinkId).toEqual(expect.any(Number));
    expect(article.permalinkUrl).toMatch(new RegExp(`/-${article.permalinkId}$`));
    expect(article.timeline.atPublication.label).toBe('3.0-rc6');
    expect(article.timeline.after.map((m: any) => m.label)).toEqual(['3.0-rc7', '3.0']);
  });

  it('finds an article by its permalink id, in either language', async () => {
    const en = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    const { permalinkId, slug } = en.body.data.parts[2];
    const byId = await app.http().get(`/api/newsroom/articles/${permalinkId}`).expect(200);
    expect(byId.body.data.slug).toBe(slug);
    const de = await app.http().get(`/api/newsroom/articles/${permalinkId}?locale=de`).expect(200);
    expect(de.body.data.title).toMatch(/Teil 3/);
    expect(de.body.data.permalinkId).toBe(permalinkId);
  });

  it('answers 404 with a message for a locale without a published version', async () => {
    const en = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    const part1 = en.body.data.parts[0];
    const res = await app.http().get(`/api/newsroom/articles/${part1.slug}?locale=de`).expect(404);
    expect(res.body.error.message).toMatch(/No published article .* in locale "de"/);
  });

  it('lists the latest articles of a channel', async () => {
    const res = await app.http().get('/api/newsroom/channels/the-h-open/articles?pageSize=2').expect(200);
    expect(res.body.data.map((a: any) => a.series.part)).toEqual([3, 2]);
    expect(res.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    expect(res.body.meta.channel.name).toBe('The H Open');
  });

  it('answers unknown and malformed references with 404 and 400', async () => {
    expect(
      (await app.http().get('/api/newsroom/series/no-such-series').expect(404)).body.error.message,
    ).toMatch(/No published series "no-such-series"/);
    expect((await app.http().get('/api/newsroom/articles/99999999').expect(404)).body.error.message).toMatch(
      /99999999/,
    );
    expect(
      (await app.http().get('/api/newsroom/articles/Bad%20Slug!').expect(400)).body.error.message,
    ).toMatch(/not a valid slug/);
    expect(
      (await app.http().get('/api/newsroom/channels/nope/articles').expect(404)).body.error.message,
    ).toMatch(/channel/);
  });

  it('sends ETag, Cache-Control and surrogate keys, and 304 for a matching If-None-Match', async () => {
    const res = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60, s-maxage=300, stale-while-revalidate=600');
    expect(res.headers['surrogate-key']).toContain(`doc:${res.body.data.documentId}`);
    // Every part it lists is named too, so a part's change purges the series page.
    for (const part of res.body.data.parts.filter((p: any) => p.documentId))
      expect(res.headers['cache-tag'].split(',')).toContain(`doc:${part.documentId}`);
    const etag = res.headers.etag;
    const again = await app
      .http()
      .get('/api/newsroom/series/kernel-log-coming-in-3-0')
      .set('If-None-Match', etag)
      .expect(304);
    expect(again.text).toBe('');
  });

  it('ignores query parameters it does not know: they never widen the answer', async () => {
    const plain = await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200);
    const tricks = [
      'status=draft',
      'publicationState=preview',
      'filters[publishedAt][$null]=true',
      'populate=*',
      'filters[createdBy][email][$startsWith]=e',
    ];
    for (const trick of tricks) {
      const res = await app.http().get(`/api/newsroom/series/kernel-log-coming-in-3-0?${trick}`).expect(200);
      expect(res.body).toEqual(plain.body);
    }
  });
});
