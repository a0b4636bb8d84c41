import { XMLParser } from 'fast-xml-parser';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const FRONT = 'https://www.example.com';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

describe('feeds and sitemap on the demo newsroom', () => {
  let app: TestApp;
  let parts: { slug: string; permalinkId: number; partNumber: number; documentId: string }[];

  const permalink = (n: number) => `${FRONT}/-${parts[n - 1].permalinkId}`;
  const canonical = (n: number) => `${FRONT}/en/news/${parts[n - 1].slug}-${parts[n - 1].permalinkId}.html`;

  beforeAll(async () => {
    app = await startApp();
    parts = await app.strapi.db.query(ARTICLE as any).findMany({
      where: { locale: 'en', publishedAt: { $notNull: true } },
      select: ['slug', 'permalinkId', 'partNumber', 'documentId'],
      orderBy: { partNumber: 'asc' },
    });
  });
  afterAll(() => app.stop());

  it('serves the site as Atom, newest first, with permalinks as ids and canonical links', async () => {
    const res = await app.http().get('/api/newsroom/feeds/site.atom').expect(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = xml.parse(res.text).feed;
    const entries = list(feed.entry);
    expect(entries.map((e: any) => e.id)).toEqual([permalink(3), permalink(2), permalink(1)]);
    expect(entries.map((e: any) => e.link['@_href'])).toEqual([canonical(3), canonical(2), canonical(1)]);
    expect(entries[0].author.name).toBe('Thorsten Leemhuis');
    expect(entries[0].published).toBe('2011-07-07T14:49:00.000Z');
    expect(list(feed.link).map((l: any) => l['@_href'])).toContain(
      'https://www.example.com/api/newsroom/feeds/site.atom',
    );
  });

  it('serves RSS 2.0 and JSON Feed with the same items', async () => {
    const rss = await app.http().get('/api/newsroom/feeds/site.rss').expect(200);
    expect(rss.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const channel = xml.parse(rss.text).rss.channel;
    const items = list(channel.item);
    expect(items.map((i: any) => i.link)).toEqual([canonical(3), canonical(2), canonical(1)]);
    expect(items.map((i: any) => i.guid['#text'] ?? i.guid)).toEqual([
      permalink(3),
      permalink(2),
      permalink(1),
    ]);
    expect(items[0].category).toBe('The H Open');

    const json = await app.http().get('/api/newsroom/feeds/site.json').expect(200);
    expect(json.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const body = JSON.parse(json.text);
    expect(body.version).toMatch(/jsonfeed.org\/version\/1/);
    expect(body.items.map((i: any) => [i.id, i.url])).toEqual([
      [permalink(3), canonical(3)],
      [permalink(2), canonical(2)],
      [permalink(1), canonical(1)],
    ]);
    expect(body.items[2].summary).toMatch(/network/);
  });

  it('serves the German site feed with the German part only', async () => {
    const res = await app.http().get('/api/newsroom/feeds/site.atom?locale=de').expect(200);
    const feed = xml.parse(res.text).feed;
    const entries = list(feed.entry);
    expect(entries).toHaveLength(1);
    expect(entries[0].title['#text'] ?? entries[0].title).toMatch(/Teil 3/);
    expect(entries[0].id).toBe(permalink(3));
    expect(entries[0].link['@_href']).toContain('/de/news/kernel-log-was-3-0-bringt-teil-3');
  });

  it('serves a channel feed and a series feed in part order', async () => {
    const channel = await app.http().get('/api/newsroom/feeds/channels/the-h-open.rss').expect(200);
    expect(list(xml.parse(channel.text).rss.channel.item)).toHaveLength(3);
    expect(xml.parse(channel.text).rss.channel.title).toBe('Newsroom: The H Open');
    const series = await app
      .http()
      .get('/api/newsroom/feeds/series/kernel-log-coming-in-3-0.atom')
      .expect(200);
    const feed = xml.parse(series.text).feed;
    expect(list(feed.entry).map((e: any) => e.id)).toEqual([permalink(1), permalink(2), permalink(3)]);
    expect(feed.title['#text'] ?? feed.title).toBe('Kernel Log: Coming in 3.0');
  });

  it('caches feeds like the read API', async () => {
    const url = '/api/newsroom/feeds/channels/the-h-open.atom';
    const res = await app.http().get(url).expect(200);
    expect(res.headers['cache-control']).toMatch(/^public, max-age=/);
    expect(res.headers['surrogate-key']).toContain('channel:the-h-open');
    await app.http().get(url).set('If-None-Match', res.headers.etag).expect(304);
  });

  it('answers unknown feeds, formats and locales with 404 or 400', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/newsroom/feeds/site.xml', 404, /Unknown feed format "xml"/],
      ['/api/newsroom/feeds/channels/no-such-channel.atom', 404, /No published channel/],
      ['/api/newsroom/feeds/channels/Bad_Slug.atom', 400, /not a valid channel slug/],
      ['/api/newsroom/feeds/series/no-such-series.rss', 404, /No published series/],
      ['/api/newsroom/feeds/site.atom?locale=fr', 400, /locale/],
    ];
    for (const [url, status, message] of cases) {
      const res = await app.http().get(url);
      expect([url, res.status]).toEqual([url, status]);
      expect(res.body.error.message).toMatch(message);
    }
  });

  it('lists every published page in the sitemap, with hreflang alternates between en and de', async () => {
    const res = await app.http().get('/api/newsroom/sitemap.xml').expect(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const urls = list(xml.parse(res.text).urlset.url);
    const locs = urls.map((u: any) => u.loc);
    expect(locs).toHaveLength(6); // series en + de, parts 1-3 en, part 3 de
    expect(locs).toEqual(
      expect.arrayContaining([
        canonical(1),
        canonical(2),
        canonical(3),
        `${FRONT}/en/series/kernel-log-coming-in-3-0`,
      ]),
    );
    const part3 = urls.find((u: any) => u.loc === canonical(3));
    const alternates = list(part3['xhtml:link']).map((l: any) => [l['@_hreflang'], l['@_href']]);
    expect(alternates.map(([lang]) => lang)).toEqual(['de', 'en', 'x-default']);
    expect(alternates[1][1]).toBe(canonical(3));
    const german = urls.find((u: any) => u.loc === alternates[0][1]);
    expect(list(german['xhtml:link'])).toHaveLength(3);
    const part1 = urls.find((u: any) => u.loc === canonical(1));
    expect(part1['xhtml:link']).toBeUndefined();
  });
});
