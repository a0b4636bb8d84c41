import { XMLParser } from 'fast-xml-parser';
import { startApp, type TestApp } from '../helpers/strapi';
import { schemaProblems } from '../helpers/xml-schemas';

/**
 * More than 100,000 published URLs, written straight into the database (the
 * Document Service would take hours): 52,000 articles in English and German.
 * The sitemap index must list several files that together hold every URL
 * exactly once, each within the protocol's limits, each document's two
 * languages in one file.
 */
const DOCUMENTS = 52_000;
const BATCH = 500;
const FRONT = 'https://www.example.com';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (n) => n === 'url' || n === 'sitemap' || n === 'xhtml:link',
});

jest.setTimeout(300_000);

describe('a sitemap for more than 50,000 articles', () => {
  let app: TestApp;
  const started = Date.now();
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    app = await startApp();
    const knex = app.strapi.db.connection;
    const table = (app.strapi.db.metadata.get('plugin::newsroom.article' as any) as any).tableName;
    const t0 = Date.now();
    const base = Date.parse('2001-01-01T00:00:00Z');
    for (let from = 0; from < DOCUMENTS; from += BATCH) {
      const rows = [];
      for (let n = from; n < Math.min(DOCUMENTS, from + BATCH); n++) {
        const at = new Date(base + n * 60_000);
        for (const locale of ['en', 'de']) {
          rows.push({
            document_id: `generated${String(n).padStart(6, '0')}`,
            locale,
            title: `Generated ${n}`,
            slug: `generated-${locale}-${n}`,
            permalink_id: 2_000_000 + n,
            published_at: at,
            published_on: at,
            created_at: at,
            updated_at: at,
          });
        }
      }
      await knex.batchInsert(table, rows, BATCH);
      if ((from + BATCH) % 10_000 === 0 || from + BATCH >= DOCUMENTS)
        console.log(
          `sitemap test: ${Math.min(DOCUMENTS, from + BATCH) * 2} of ${DOCUMENTS * 2} rows inserted`,
        );
    }
    timings.insertMs = Date.now() - t0;
    await (app.strapi.plugin('newsroom').service('changes') as any).changed(['sitemap'], 'test');
  });
  afterAll(async () => {
    console.log(
      `sitemap test (${app.strapi.db.dialect.client}):`,
      JSON.stringify({ ...timings, totalMs: Date.now() - started }),
    );
    await app.stop();
  });

  it('lists every published URL exactly once across the index, languages together, files within limits', async () => {
    const t0 = Date.now();
    const index = await app.http().get('/api/newsroom/sitemap.xml').expect(200);
    timings.indexMs = Date.now() - t0;
    expect(await schemaProblems(index.text, 'sitemapIndex')).toEqual([]);
    const files = parser.parse(index.text).sitemapindex.sitemap;
    // 104,006 URLs (the demo's 6 among them): three files of at most 50,000.
    expect(files.map((f: any) => f.loc)).toEqual(
      [1, 2, 3].map((n) => `${FRONT}/api/newsroom/sitemaps/${n}.xml`),
    );

    const seen = new Map<string, number>();
    const fileOf = new Map<string, number>();
    for (const [n, file] of files.entries()) {
      const t1 = Date.now();
      const res = await app.http().get(new URL(file.loc).pathname).expect(200);
      timings[`file${n + 1}Ms`] = Date.now() - t1;
      expect(Buffer.byteLength(res.text)).toBeLessThanOrEqual(50 * 1024 * 1024);
      const t2 = Date.now();
      expect(await schemaProblems(res.text, 'sitemap')).toEqual([]);
      timings[`file${n + 1}XsdMs`] = Date.now() - t2;
      const urls = parser.parse(res.text).urlset.url;
      expect(urls.length).toBeLessThanOrEqual(50_000);
      let newest = '';
      for (const url of urls) {
        seen.set(url.loc, (seen.get(url.loc) ?? 0) + 1);
        fileOf.set(url.loc, n);
        if (url.lastmod > newest) newest = url.lastmod;
      }
      expect(file.lastmod).toBe(newest);
      // Every hreflang alternate is listed in this same file.
      const here = new Set(urls.map((u: any) => u.loc));
      for (const url of urls)
        for (const link of url['xhtml:link'] ?? []) expect(here.has(link['@_href'])).toBe(true);
      timings.bytes = Math.max(timings.bytes ?? 0, Buffer.byteLength(res.text));
    }

    expect(seen.size).toBe(DOCUMENTS * 2 + 6);
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    // The oldest articles are there (the old sitemap dropped them past 50,000), with their real lastmod.
    const oldest = `${FRONT}/en/news/generated-en-0-2000000.html`;
    expect(seen.get(oldest)).toBe(1);
    expect(fileOf.get(oldest)).toBe(fileOf.get(`${FRONT}/de/news/generated-de-0-2000000.html`));
    for (const n of [0, 24_999, 25_000, 51_999]) {
      expect(fileOf.get(`${FRONT}/en/news/generated-en-${n}-${2_000_000 + n}.html`)).toBe(
        fileOf.get(`${FRONT}/de/news/generated-de-${n}-${2_000_000 + n}.html`),
      );
    }
  });
});
