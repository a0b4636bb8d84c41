import { XMLParser } from 'fast-xml-parser';
import {
  jsonFeedProblems,
  withFeedExtractor,
  withFeedparser,
  withRssParser,
  type ParsedFeed,
} from '../helpers/feed-parsers';
import { startApp, type TestApp } from '../helpers/strapi';
import { schemaProblems } from '../helpers/xml-schemas';

const ARTICLE = 'plugin::newsroom.article';
const FRONT = 'https://www.example.com';
const API = `${FRONT}/api/newsroom`;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' });
const list = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
const FEEDS = [
  'site',
  'channels/the-h-open',
  'series/kernel-log-coming-in-3-0',
  'series/kernel-log-was-3-0-bringt',
];
const LOCALES = ['en', 'de'];

/** The entries as each parser read them, reduced to what they must agree on. */
const ids = (feed: ParsedFeed) => feed.entries.map((e) => [e.id, e.link]);

describe('feeds and sitemap on the demo newsroom', () => {
  let app: TestApp;
  let parts: { slug: string; permalinkId: number; partNumber: number; documentId: string }[];

  const id = (n: number, locale = 'en') => `${FRONT}/-${parts[n - 1].permalinkId}?locale=${locale}`;
  const canonical = (n: number) => `${FRONT}/en/news/${parts[n - 1].slug}-${parts[n - 1].permalinkId}.html`;
  const get = (url: string) => app.http().get(url).expect(200);

  beforeAll(async () => {
    app = await startApp();
    parts = await app.strapi.db.query(ARTICLE as any).findMany({
      where: { locale: 'en', publishedAt: { $notNull: true } },
      select: ['slug', 'permalinkId', 'partNumber', 'documentId'],
      orderBy: { partNumber: 'asc' },
    });
  });
  afterAll(() => app.stop());

  // Every feed in every locale it exists in (each series slug belongs to one language).
  const variants = FEEDS.flatMap((feed) => LOCALES.map((locale) => [feed, locale])).filter(
    ([feed, locale]) => !feed.startsWith('series/') || feed.endsWith('-3-0') === (locale === 'en'),
  );

  describe.each(variants)('%s in %s', (feed, locale) => {
    const url = (format: string) => `/api/newsroom/feeds/${feed}.${format}?locale=${locale}`;

    it('parses with three parsers that agree, and Atom is valid RFC 4287', async () => {
      const atom = (await get(url('atom'))).text;
      const rss = (await get(url('rss'))).text;
      expect(await schemaProblems(atom, 'atom')).toEqual([]);
      for (const body of [atom, rss]) {
        const [a, b, c] = [
          await withRssParser(body),
          await withFeedparser(body),
          withFeedExtractor(body, body === atom ? 'atom' : 'rss'),
        ];
        expect(ids(a).length).toBeGreaterThan(0);
        expect(ids(b)).toEqual(ids(a));
        expect(ids(c)).toEqual(ids(a));
        expect(b.title).toBe(a.title);
      }
      expect(xml.parse(atom).feed['@_xml:lang']).toBe(locale);
      expect(xml.parse(rss).rss.channel.language).toBe(locale);
    });

    it('serves JSON Feed 1.1 that feed-extractor reads the same', async () => {
      const json = (await get(url('json'))).text;
      expect(jsonFeedProblems(json)).toEqual([]);
      const atomIds = ids(await withRssParser((await get(url('atom'))).text));
      const parsed = JSON.parse(json);
      expect(parsed.items.map((i: any) => [i.id, i.url])).toEqual(atomIds);
      expect(ids(withFeedExtractor(json, 'json'))).toEqual(atomIds);
      expect(parsed.language).toBe(locale);
    });
  });

  it('serves the site as Atom, newest first, ids per locale, canonical links, localized head', async () => {
    const res = await get('/api/newsroom/feeds/site.atom');
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = xml.parse(res.text).feed;
    const entries = list(feed.entry);
    expect(entries.map((e: any) => e.id)).toEqual([id(3), id(2), id(1)]);
    expect(entries.map((e: any) => e.link['@_href'])).toEqual([canonical(3), canonical(2), canonical(1)]);
    expect(entries[0].author.name).toBe('Thorsten Leemhuis');
    expect(entries[0].published).toBe('2011-07-07T14:49:00.000Z');
    expect(feed['@_xml:lang']).toBe('en');
    expect(feed.subtitle['#text']).toBe('Newsroom: latest articles');
    expect(list(feed.link).map((l: any) => [l['@_rel'], l['@_href']])).toEqual([
      ['alternate', `${FRONT}/en/`],
      ['self', `${API}/feeds/site.atom`],
    ]);
  });

  it('gives the English and the German part 3 distinct ids, so an aggregator keeps both', async () => {
    const en = list(xml.parse((await get('/api/newsroom/feeds/site.atom')).text).feed.entry);
    const de = list(xml.parse((await get('/api/newsroom/feeds/site.atom?locale=de')).text).feed.entry);
    expect(de.map((e: any) => e.id)).toEqual([id(3, 'de')]);
    expect(en.map((e: any) => e.id)).not.toContain(id(3, 'de'));
    // The id resolves: the permalink redirect honours ?locale=.
    const redirect = await app
      .http()
      .get(new URL(id(3, 'de')).pathname + '?locale=de')
      .expect(301);
    expect(redirect.headers.location).toContain('/de/news/kernel-log-was-3-0-bringt-teil-3');
  });

  it('writes the German feed in German: title, subtitle, alternate link, language', async () => {
    const feed = xml.parse((await get('/api/newsroom/feeds/site.atom?locale=de')).text).feed;
    expect(feed.title['#text']).toBe('Nachrichtenraum');
    expect(feed.subtitle['#text']).toBe('Nachrichtenraum: die neuesten Artikel');
    expect(list(feed.link).map((l: any) => [l['@_rel'], l['@_href']])).toEqual([
      ['alternate', `${FRONT}/de/`],
      ['self', `${API}/feeds/site.atom?locale=de`],
    ]);
    const entry = list(feed.entry)[0];
    expect(entry.title['#text']).toMatch(/Teil 3/);
    expect(entry.link['@_href']).toContain('/de/news/kernel-log-was-3-0-bringt-teil-3');
    const channel = xml.parse((await get('/api/newsroom/feeds/channels/the-h-open.rss?locale=de')).text).rss
      .channel;
    expect(channel.description).toBe('Die neuesten Artikel in „The H Open“');
    expect(channel.link).toBe(`${FRONT}/de/`);
  });

  it('serves RSS 2.0 with dc:creator and JSON Feed 1.1 with authors and language', async () => {
    const rss = await get('/api/newsroom/feeds/site.rss');
    expect(rss.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const items = list(xml.parse(rss.text).rss.channel.item);
    expect(items.map((i: any) => i.link)).toEqual([canonical(3), canonical(2), canonical(1)]);
    expect(items.map((i: any) => i.guid['#text'])).toEqual([id(3), id(2), id(1)]);
    expect(items[0]['dc:creator']).toBe('Thorsten Leemhuis');
    expect(items[0].author).toBeUndefined();
    expect(items[0].category).toBe('The H Open');

    const json = await get('/api/newsroom/feeds/site.json');
    expect(json.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const body = JSON.parse(json.text);
    expect(body.version).toBe('https://jsonfeed.org/version/1.1');
    expect(body.language).toBe('en');
    expect(body.items[0].authors).toEqual([{ name: 'Thorsten Leemhuis' }]);
    expect(body.items[2].summary).toMatch(/network/);
  });

  it('serves a channel feed and a series feed in part order, announcing the coming part', async () => {
    const channel = await get('/api/newsroom/feeds/channels/the-h-open.rss');
    expect(list(xml.parse(channel.text).rss.channel.item)).toHaveLength(3);
    expect(xml.parse(channel.text).rss.channel.title).toBe('Newsroom: The H Open');
    const feed = xml.parse((await get('/api/newsroom/feeds/series/kernel-log-coming-in-3-0.atom')).text).feed;
    expect(list(feed.entry).map((e: any) => e.id)).toEqual([id(1), id(2), id(3)]);
    expect(feed.title['#text']).toBe('Kernel Log: Coming in 3.0');
    expect(feed.subtitle['#text']).toMatch(/ Coming: Part 4 – Drivers \(expected 14 July 2011\)\.$/);
    const german = xml.parse(
      (await get('/api/newsroom/feeds/series/kernel-log-was-3-0-bringt.rss?locale=de')).text,
    );
    expect(german.rss.channel.description).toMatch(
      / Demnächst: Teil 4 – Treiber \(erwartet am 14\. Juli 2011\)\.$/,
    );
  });

  it('names the WebSub hub in every format once one is configured', async () => {
    const websub = app.strapi.config.get('plugin::newsroom.websub') as object;
    app.strapi.config.set('plugin::newsroom.websub', { ...websub, hub: 'https://hub.example.net/' });
    (app.strapi.plugin('newsroom').service('answers') as any).clear();
    try {
      const atom = xml.parse((await get('/api/newsroom/feeds/site.atom?locale=de')).text).feed;
      expect(list(atom.link).map((l: any) => [l['@_rel'], l['@_href']])).toContainEqual([
        'hub',
        'https://hub.example.net/',
      ]);
      expect(
        await schemaProblems((await get('/api/newsroom/feeds/site.atom?locale=de')).text, 'atom'),
      ).toEqual([]);
      const rss = xml.parse((await get('/api/newsroom/feeds/site.rss')).text).rss.channel;
      expect(list(rss['atom:link']).map((l: any) => [l['@_rel'], l['@_href']])).toEqual([
        ['self', `${API}/feeds/site.rss`],
        ['hub', 'https://hub.example.net/'],
      ]);
      expect(JSON.parse((await get('/api/newsroom/feeds/site.json')).text).hubs).toEqual([
        { type: 'WebSub', url: 'https://hub.example.net/' },
      ]);
    } finally {
      app.strapi.config.set('plugin::newsroom.websub', websub);
      (app.strapi.plugin('newsroom').service('answers') as any).clear();
    }
  });

  it('caches feeds like the read API', async () => {
    const url = '/api/newsroom/feeds/channels/the-h-open.atom';
    const res = await get(url);
    expect(res.headers['cache-control']).toMatch(/^public, max-age=/);
    // The channel's own key and its list's: a rename and a new member both purge the feed.
    expect(res.headers['surrogate-key']).toMatch(/(^| )doc:\w+ /);
    expect(res.headers['surrogate-key']).toMatch(/(^| )list:channel:\w+/);
    await app.http().get(url).set('If-None-Match', res.headers.etag).expect(304);
  });

  it('answers unknown feeds, formats, sitemaps and locales with 404 or 400', async () => {
    const cases: [string, number, RegExp][] = [
      ['/api/newsroom/feeds/site.xml', 404, /Unknown feed format "xml"/],
      ['/api/newsroom/feeds/channels/no-such-channel.atom', 404, /No published channel/],
      ['/api/newsroom/feeds/channels/Bad_Slug.atom', 400, /not a valid channel slug/],
      ['/api/newsroom/feeds/series/no-such-series.rss', 404, /No published series/],
      ['/api/newsroom/feeds/site.atom?locale=fr', 400, /locale/],
      ['/api/newsroom/sitemaps/2.xml', 404, /There is no sitemap 2; the index lists 1/],
      ['/api/newsroom/sitemaps/0.xml', 400, /"0" is not a sitemap number/],
      ['/api/newsroom/sitemaps/first.xml', 400, /"first" is not a sitemap number/],
      ['/api/newsroom/news-sitemap.xml?locale=fr', 400, /locale/],
    ];
    for (const [url, status, message] of cases) {
      const res = await app.http().get(url);
      expect([url, res.status]).toEqual([url, status]);
      expect(res.body.error.message).toMatch(message);
    }
  });

  it('indexes the sitemap files; the file lists every published page with hreflang, valid against the XSD', async () => {
    const index = await get('/api/newsroom/sitemap.xml');
    expect(index.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(await schemaProblems(index.text, 'sitemapIndex')).toEqual([]);
    const files = list(xml.parse(index.text).sitemapindex.sitemap);
    expect(files.map((f: any) => f.loc)).toEqual([`${API}/sitemaps/1.xml`]);

    const res = await get('/api/newsroom/sitemaps/1.xml');
    expect(await schemaProblems(res.text, 'sitemap')).toEqual([]);
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
    expect(urls.find((u: any) => u.loc === canonical(1))['xhtml:link']).toBeUndefined();
    // A series changes when a part is published in any language (its page lists them all): its
    // lastmod is its newest part's, here part 3 in English or German, whichever was published last.
    const series = urls.find((u: any) => u.loc === `${FRONT}/en/series/kernel-log-coming-in-3-0`);
    expect(series.lastmod).toBe([part3.lastmod, german.lastmod].sort().pop());
    // The index gives the file the newest change in it.
    expect(files[0].lastmod).toBe(
      urls
        .map((u: any) => u.lastmod)
        .sort()
        .pop(),
    );
  });

  it('lists articles of the last 48 hours in the Google News sitemap, valid against its schema', async () => {
    const empty = await get('/api/newsroom/news-sitemap.xml');
    expect(list(xml.parse(empty.text).urlset.url)).toHaveLength(0);
    // Part 3 (both languages) first published an hour ago.
    const hourAgo = new Date(Date.now() - 3600_000);
    await app.strapi.db.query(ARTICLE as any).updateMany({
      where: { documentId: parts[2].documentId },
      data: { publishedOn: hourAgo },
    });
    await (app.strapi.plugin('newsroom').service('changes') as any).changed(['sitemap'], 'test');
    const res = await get('/api/newsroom/news-sitemap.xml');
    expect(await schemaProblems(res.text, 'news')).toEqual([]);
    const urls = list(xml.parse(res.text).urlset.url);
    expect(urls.map((u: any) => u['news:news']['news:publication']['news:language']).sort()).toEqual([
      'de',
      'en',
    ]);
    const english = urls.find((u: any) => u['news:news']['news:publication']['news:language'] === 'en');
    expect(english['news:news']['news:publication']['news:name']).toBe('Newsroom');
    expect(english['news:news']['news:title']).toMatch(/Part 3/);
    expect(english['news:news']['news:publication_date']).toBe(hourAgo.toISOString().slice(0, 19) + 'Z');
  });
});
