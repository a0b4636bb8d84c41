import { startApp, type TestApp } from '../helpers/strapi';
import { expandJsonLd, first, googleArticleProblems, value } from '../helpers/json-ld';

const ARTICLE = 'plugin::newsroom.article';
const FRONT = 'https://www.example.com';
const S = 'https://schema.org/';

/** The JSON-LD data block of a print page. */
function jsonLdOf(html: string): unknown {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks).toHaveLength(1);
  expect(html.match(/<script/g)).toHaveLength(1);
  return JSON.parse(blocks[0][1]);
}

describe('schema.org structured data on the demo newsroom', () => {
  let app: TestApp;
  let part3: { slug: string; documentId: string };
  beforeAll(async () => {
    app = await startApp();
    part3 = await app.strapi.db.query(ARTICLE as any).findOne({
      where: { partNumber: 3, locale: 'en', publishedAt: { $notNull: true } },
      select: ['slug', 'documentId'],
    });
  });
  afterAll(() => app.stop());

  it('gives every article answer a NewsArticle a JSON-LD processor reads as schema.org', async () => {
    const { data } = (await app.http().get(`/api/newsroom/articles/${part3.slug}`).expect(200)).body;
    const ld = data.jsonLd;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: data.title,
      url: data.canonicalUrl,
      mainEntityOfPage: { '@type': 'WebPage', '@id': data.canonicalUrl },
      inLanguage: 'en',
      datePublished: '2011-07-07T14:49:00.000Z',
      author: [{ '@type': 'Person', name: 'Thorsten Leemhuis' }],
      publisher: { '@type': 'Organization', name: 'Newsroom', url: `${FRONT}/en/` },
      position: 3,
      isPartOf: {
        '@type': 'CreativeWorkSeries',
        name: 'Kernel Log: Coming in 3.0',
        url: `${FRONT}/en/series/kernel-log-coming-in-3-0`,
      },
      about: { '@type': 'SoftwareApplication', name: 'Linux', softwareVersion: '3.0' },
    });
    expect(googleArticleProblems(ld)).toEqual([]);

    const [node] = await expandJsonLd(ld);
    expect(node['@type']).toEqual([`${S}NewsArticle`]);
    expect(value(node, 'headline')).toBe(data.title);
    expect(value(node, 'mainEntityOfPage')).toBe(data.canonicalUrl);
    expect(value(node, 'position')).toBe(3);
    expect(first(node, 'isPartOf')['@type']).toEqual([`${S}CreativeWorkSeries`]);
    expect(value(first(node, 'about'), 'softwareVersion')).toBe('3.0');
    expect(first(node, 'datePublished')['@type']).toBe(`${S}DateTime`);
  });

  it('lists each correction as a CorrectionComment', async () => {
    const cm = app.strapi.documents(ARTICLE as any) as any;
    const draft = await cm.findOne({ documentId: part3.documentId, locale: 'en', populate: ['corrections'] });
    await cm.update({
      documentId: part3.documentId,
      locale: 'en',
      data: {
        corrections: [...(draft.corrections ?? []), { date: '2011-07-08', note: 'Tilera is 64-bit only.' }],
      },
    });
    await cm.publish({ documentId: part3.documentId, locale: 'en' });
    const { data } = (await app.http().get(`/api/newsroom/articles/${part3.slug}`).expect(200)).body;
    expect(data.jsonLd.correction).toContainEqual({
      '@type': 'CorrectionComment',
      text: 'Tilera is 64-bit only.',
      datePublished: expect.stringMatching(/^2011-07-08/),
    });
    expect(googleArticleProblems(data.jsonLd)).toEqual([]);
    const [node] = await expandJsonLd(data.jsonLd);
    expect(first(node, 'correction')['@type']).toEqual([`${S}CorrectionComment`]);
  });

  it('gives the series a CreativeWorkSeries whose hasPart lists its parts, in every language they exist in', async () => {
    const en = (await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body.data;
    expect(en.jsonLd['@type']).toBe('CreativeWorkSeries');
    expect(en.jsonLd.hasPart.map((p: any) => [p.position, p.inLanguage])).toEqual([
      [1, 'en'],
      [2, 'en'],
      [3, 'en'],
    ]);
    const de = (await app.http().get('/api/newsroom/series/kernel-log-was-3-0-bringt?locale=de').expect(200))
      .body.data;
    // Parts 1 and 2 are English only: listed with their English URLs.
    expect(de.jsonLd.hasPart.map((p: any) => [p.position, p.inLanguage, p.url])).toEqual([
      [1, 'en', de.parts[0].languages[0].canonicalUrl],
      [2, 'en', de.parts[1].languages[0].canonicalUrl],
      [3, 'de', de.parts[2].canonicalUrl],
    ]);
    expect(de.jsonLd.publisher.name).toBe('Nachrichtenraum');
    const [node] = await expandJsonLd(de.jsonLd);
    expect(node[`${S}hasPart`].map((part: any) => value(part, 'position'))).toEqual([1, 2, 3]);
  });

  it('puts the same JSON-LD into the print views', async () => {
    const api = (await app.http().get(`/api/newsroom/articles/${part3.slug}`).expect(200)).body.data;
    const print = await app.http().get(`/api/newsroom/articles/${part3.slug}/print`).expect(200);
    expect(jsonLdOf(print.text)).toEqual(api.jsonLd);
    const series = (await app.http().get('/api/newsroom/series/kernel-log-coming-in-3-0').expect(200)).body
      .data;
    const seriesPrint = await app
      .http()
      .get('/api/newsroom/series/kernel-log-coming-in-3-0/print')
      .expect(200);
    expect(jsonLdOf(seriesPrint.text)).toEqual(series.jsonLd);
  });

  it('refuses a term schema.org does not define (the check can fail)', async () => {
    await expect(
      expandJsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headlne: 'typo' }),
    ).rejects.toThrow();
    expect(
      googleArticleProblems({ '@type': 'NewsArticle', author: 'X', datePublished: '2011-07-07' }),
    ).toEqual(expect.arrayContaining(['headline missing', 'datePublished is not ISO 8601 with a zone']));
  });
});
