import { NewsroomError, type NewsroomClient } from 'strapi-plugin-newsroom/client';
import { readClient } from '../helpers/client';
import { startApp, type TestApp } from '../helpers/strapi';

/** The read API as a front end sees it: through the package's typed client, over HTTP. */
describe('read API on the demo newsroom', () => {
  let app: TestApp;
  let client: NewsroomClient;
  beforeAll(async () => {
    app = await startApp();
    ({ client } = await readClient(app));
  });
  afterAll(() => app.stop());

  /** The error a read fails with: the server's status and its sentence. */
  const failure = (reading: Promise<unknown>) =>
    reading.then(
      () => {
        throw new Error('expected the read to fail');
      },
      (error: unknown) => {
        if (!(error instanceof NewsroomError)) throw error;
        return { status: error.status, message: error.message };
      },
    );

  it('answers a series with every part in order, the announced part without text', async () => {
    const { data: series } = await client.series.get('kernel-log-coming-in-3-0');
    expect(series).toMatchObject({ title: 'Kernel Log: Coming in 3.0', partsTotal: 4, publishedParts: 3 });
    expect(series.parts.map((p) => [p.number, p.status])).toEqual([
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
    expect(series.parts[0]).toHaveProperty('canonicalUrl');
    expect((series.parts[0] as { canonicalUrl: string }).canonicalUrl).toMatch(
      /^https:\/\/www\.example\.com\/en\/news\/.+\.html$/,
    );
    expect(series.canonicalUrl).toMatch(/^https:\/\/www\.example\.com\//);
  });

  it('lists every part of the German series, the English-only ones as untranslated with their URLs', async () => {
    const { data: series } = await client.series.get('kernel-log-was-3-0-bringt', { locale: 'de' });
    // Was: parts 3 and 4 only; parts 1 and 2 exist only in English and were dropped.
    expect(series.parts.map((p) => [p.number, p.status])).toEqual([
      [1, 'untranslated'],
      [2, 'untranslated'],
      [3, 'published'],
      [4, 'announced'],
    ]);
    expect(series).toMatchObject({ partsTotal: 4, publishedParts: 1, untranslatedParts: 2, plannedParts: 1 });
    const english = await client.series.get('kernel-log-coming-in-3-0');
    const part1 = english.data.parts[0];
    if (part1.status !== 'published') throw new Error('part 1 is not published in English');
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
    const german3 = series.parts[2];
    if (german3.status !== 'published') throw new Error('part 3 is not published in German');
    const part3 = await client.articles.get(german3.slug, { locale: 'de' });
    expect(part3.data.series?.parts.map((p) => p.status)).toEqual([
      'untranslated',
      'untranslated',
      'published',
      'announced',
    ]);
  });

  /** The demo series' published part `index` (0-based), as the client types it. */
  async function publishedPart(index: number) {
    const part = (await client.series.get('kernel-log-coming-in-3-0')).data.parts[index];
    if (part.status !== 'published') throw new Error(`demo part ${index + 1} is not published`);
    return part;
  }

  it('answers an article with its pages, byline, series position and neighbours', async () => {
    const part3 = await publishedPart(2);
    const { data: article } = await client.articles.get(part3.slug);
    expect(article.title).toMatch(/Part 3/);
    expect(article.pages.map((p) => p.title)).toEqual([
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
    expect(article.series?.part).toEqual({ number: 3, of: 4 });
    expect(article.series?.previous).toMatchObject({ number: 2, status: 'published' });
    expect(article.series?.next).toEqual(expect.objectContaining({ number: 4, status: 'announced' }));
    expect(article.series?.next).not.toHaveProperty('slug');
    expect(article.localizations.map((l) => l.locale)).toEqual(['de']);
    expect(article.permalinkId).toEqual(expect.any(Number));
    expect(article.permalinkUrl).toMatch(new RegExp(`/-${article.permalinkId}$`));
    expect(article.timeline?.atPublication?.label).toBe('3.0-rc6');
    expect(article.timeline?.after.map((m) => m.label)).toEqual(['3.0-rc7', '3.0']);
  });

  it('finds an article by its permalink id, in either language', async () => {
    const { permalinkId, slug } = await publishedPart(2);
    expect(permalinkId).toEqual(expect.any(Number));
    const byId = await client.articles.get(permalinkId!);
    expect(byId.data.slug).toBe(slug);
    const de = await client.articles.get(permalinkId!, { locale: 'de' });
    expect(de.data.title).toMatch(/Teil 3/);
    expect(de.data.permalinkId).toBe(permalinkId);
  });

  it('answers 404 with a message for a locale without a published version', async () => {
    const part1 = await publishedPart(0);
    expect(await failure(client.articles.get(part1.slug, { locale: 'de' }))).toEqual({
      status: 404,
      message: expect.stringMatching(/No published article .* in locale "de"/),
    });
  });

  it('lists the latest articles of a channel', async () => {
    const { data, meta } = await client.channels.articles('the-h-open', { pageSize: '2' });
    expect(data.map((a) => a.series?.part)).toEqual([3, 2]);
    expect(meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 3 });
    expect(meta.channel.name).toBe('The H Open');
  });

  it('answers unknown and malformed references with 404 and 400, with the server’s sentence', async () => {
    expect(await failure(client.series.get('no-such-series'))).toEqual({
      status: 404,
      message: expect.stringMatching(/No published series "no-such-series"/),
    });
    expect(await failure(client.articles.get(99999999))).toEqual({
      status: 404,
      message: expect.stringMatching(/99999999/),
    });
    expect(await failure(client.articles.get('Bad Slug!'))).toEqual({
      status: 400,
      message: expect.stringMatching(/not a valid slug/),
    });
    expect(await failure(client.channels.articles('nope'))).toEqual({
      status: 404,
      message: expect.stringMatching(/channel/),
    });
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
