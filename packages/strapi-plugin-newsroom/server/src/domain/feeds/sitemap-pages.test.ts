import { XMLParser } from 'fast-xml-parser';
import { DateTime } from 'luxon';
import { buildNewsSitemap, newsArticlesAt, newsLanguage } from './news-sitemap';
import { buildSitemap, buildSitemapIndex, paginateSitemap, type SitemapEntry } from './sitemap';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (n) => n === 'url',
});

/** A document in two languages, linked to each other. */
function document(
  n: number,
  lastmod = `2011-07-${String((n % 28) + 1).padStart(2, '0')}T10:00:00Z`,
): SitemapEntry[] {
  const en = `https://www.example.com/en/news/a-${n}.html`;
  const de = `https://www.example.com/de/news/a-${n}.html`;
  const alternates = [
    { hreflang: 'de', href: de },
    { hreflang: 'en', href: en },
    { hreflang: 'x-default', href: en },
  ];
  return [
    { loc: en, lastmod, alternates },
    { loc: de, lastmod, alternates },
  ];
}

describe('paginateSitemap', () => {
  const documents = Array.from({ length: 25 }, (_, n) => document(n));

  it('fills files up to the URL limit and never splits a document', () => {
    const pages = paginateSitemap(documents, { maxUrls: 7, maxBytes: 10_000_000 });
    // 7 URLs a file, 2 per document: 3 documents (6 URLs) each, the rest on the last.
    expect(pages.map((page) => page.urls)).toEqual([6, 6, 6, 6, 6, 6, 6, 6, 2]);
    expect(pages.flatMap((page) => page.documents)).toEqual(documents);
  });

  it('keeps every file under the byte limit, measured on the XML written', () => {
    const maxBytes = 3000;
    const pages = paginateSitemap(documents, { maxUrls: 50_000, maxBytes });
    expect(pages.length).toBeGreaterThan(2);
    for (const page of pages) {
      const xml = buildSitemap(page.documents.flat(), { maxUrls: 50_000, maxBytes });
      expect(Buffer.byteLength(xml)).toBe(page.bytes);
      expect(page.bytes).toBeLessThanOrEqual(maxBytes);
      // Every hreflang alternate points inside its own file.
      const locs = new Set(parser.parse(xml).urlset.url.map((u: any) => u.loc));
      for (const url of parser.parse(xml).urlset.url)
        for (const link of url['xhtml:link']) expect(locs.has(link['@_href'])).toBe(true);
    }
  });

  it('gives each file the newest lastmod in it', () => {
    const pages = paginateSitemap(
      [document(1, '2011-07-01T10:00:00Z'), document(2, '2011-07-09T08:00:00Z')],
      {
        maxUrls: 10,
        maxBytes: 1_000_000,
      },
    );
    expect(pages).toHaveLength(1);
    expect(pages[0].lastmod).toBe('2011-07-09T08:00:00Z');
  });

  it('refuses a URL listed twice and a document too large for any file', () => {
    expect(() => paginateSitemap([document(1), document(1)])).toThrow(/listed twice/);
    expect(() => paginateSitemap([document(1)], { maxUrls: 1, maxBytes: 1_000_000 })).toThrow(/do not fit/);
  });
});

describe('buildSitemapIndex', () => {
  it('lists each file with its lastmod', () => {
    const index = new XMLParser().parse(
      buildSitemapIndex([
        { loc: 'https://www.example.com/api/newsroom/sitemaps/1.xml', lastmod: '2011-07-07T14:49:00.000Z' },
        { loc: 'https://www.example.com/api/newsroom/sitemaps/2.xml', lastmod: null },
      ]),
    );
    expect(index.sitemapindex.sitemap).toEqual([
      { loc: 'https://www.example.com/api/newsroom/sitemaps/1.xml', lastmod: '2011-07-07T14:49:00Z' },
      { loc: 'https://www.example.com/api/newsroom/sitemaps/2.xml' },
    ]);
  });
});

describe('news sitemap', () => {
  const now = DateTime.fromISO('2011-07-08T12:00:00Z', { zone: 'utc' });
  const article = (n: number, publishedAt: string, locale = 'en') => ({
    loc: `https://www.example.com/${locale}/news/${n}.html`,
    title: `Article ${n} & <more>`,
    locale,
    publishedAt,
  });

  it('lists what was first published in the last 48 hours, newest first, never the future', () => {
    const listed = newsArticlesAt(
      [
        article(1, '2011-07-06T11:59:59Z'),
        article(2, '2011-07-06T12:00:00Z'),
        article(3, '2011-07-08T11:00:00Z'),
        article(4, '2011-07-08T12:00:01Z'),
      ],
      now,
    );
    expect(listed.map((a) => a.loc)).toEqual([article(3, '').loc, article(2, '').loc]);
  });

  it('caps at 1,000 articles', () => {
    const many = Array.from({ length: 1200 }, (_, n) =>
      article(n, now.minus({ minutes: n }).toISO() as string),
    );
    expect(newsArticlesAt(many, now)).toHaveLength(1000);
  });

  it('names the publication and its language per article', () => {
    const xml = buildNewsSitemap([article(3, '2011-07-08T11:00:00Z', 'de')], () => 'Newsroom', now);
    const [url] = new XMLParser({ isArray: (n) => n === 'url' }).parse(xml).urlset.url;
    expect(url['news:news']).toEqual({
      'news:publication': { 'news:name': 'Newsroom', 'news:language': 'de' },
      'news:publication_date': '2011-07-08T11:00:00Z',
      'news:title': 'Article 3 & <more>',
    });
  });

  it('writes Google News language codes', () => {
    expect([newsLanguage('de-AT'), newsLanguage('zh-TW'), newsLanguage('zh-CN'), newsLanguage('en')]).toEqual(
      ['de', 'zh-tw', 'zh-cn', 'en'],
    );
  });
});
