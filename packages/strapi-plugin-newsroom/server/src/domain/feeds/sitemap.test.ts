import { XMLParser } from 'fast-xml-parser';
import { RuleError } from '../errors';
import { buildSitemap, SITEMAP_MAX_URLS, type SitemapEntry } from './sitemap';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'xhtml:link',
});

const en = 'https://www.example.com/en/news/kernel-log-coming-in-3-0-part-3-1275463.html';
const de = 'https://www.example.com/de/news/kernel-log-was-3-0-bringt-teil-3-1275463.html';
const pair: SitemapEntry[] = [
  {
    loc: en,
    lastmod: '2011-07-07T16:49:00+02:00',
    alternates: [
      { hreflang: 'en', href: en },
      { hreflang: 'de', href: de },
      { hreflang: 'x-default', href: en },
    ],
  },
  {
    loc: de,
    lastmod: '2011-07-07T14:49:00.123Z',
    alternates: [
      { hreflang: 'en', href: en },
      { hreflang: 'de', href: de },
    ],
  },
];

describe('buildSitemap', () => {
  const urlset = parser.parse(buildSitemap(pair)).urlset;

  it('declares the sitemap and xhtml namespaces', () => {
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
  });

  it('lists each translation with its lastmod in UTC', () => {
    expect(urlset.url.map((u: { loc: string }) => u.loc)).toEqual([en, de]);
    expect(urlset.url.map((u: { lastmod: string }) => u.lastmod)).toEqual([
      '2011-07-07T14:49:00Z',
      '2011-07-07T14:49:00Z',
    ]);
  });

  it('links the translations to each other with hreflang', () => {
    expect(urlset.url[0]['xhtml:link']).toEqual([
      { '@_rel': 'alternate', '@_hreflang': 'en', '@_href': en },
      { '@_rel': 'alternate', '@_hreflang': 'de', '@_href': de },
      { '@_rel': 'alternate', '@_hreflang': 'x-default', '@_href': en },
    ]);
    expect(urlset.url[1]['xhtml:link'].map((l: Record<string, string>) => l['@_hreflang'])).toEqual([
      'en',
      'de',
    ]);
  });

  it('omits lastmod and alternates when there are none', () => {
    const [url] = parser.parse(buildSitemap([{ loc: en }])).urlset.url;
    expect(url).toEqual({ loc: en });
  });

  it('escapes query strings and reads them back unchanged', () => {
    const loc = 'https://www.example.com/en/search?q=a&b=c&amp=1';
    const xml = buildSitemap([{ loc, alternates: [{ hreflang: 'de', href: `${loc}&lang=de` }] }]);
    expect(xml).toContain('?q=a&amp;b=');
    const [url] = parser.parse(xml).urlset.url;
    expect(url.loc).toBe(loc);
    expect(url['xhtml:link'][0]['@_href']).toBe(`${loc}&lang=de`);
  });

  it('percent-encodes what a URL must not carry raw', () => {
    const [url] = parser.parse(buildSitemap([{ loc: 'https://www.example.com/en/a b/<script>"x"' }])).urlset
      .url;
    expect(url.loc).toBe('https://www.example.com/en/a%20b/%3Cscript%3E%22x%22');
    const [quoted] = parser.parse(buildSitemap([{ loc: "https://www.example.com/?q='x'" }])).urlset.url;
    expect(quoted.loc).toBe('https://www.example.com/?q=%27x%27');
  });

  it.each<[string, SitemapEntry[], RegExp]>([
    ['a relative loc', [{ loc: '/en/news/x' }], /entries.0.loc must be an absolute URL/],
    [
      'a javascript: loc',
      [{ loc: 'javascript:alert(1)' }],
      /entries.0.loc must be an absolute http\(s\) URL/,
    ],
    ['a bad lastmod', [{ loc: en, lastmod: 'July 7th' }], /entries.0.lastmod must be an ISO 8601/],
    [
      'a bad hreflang',
      [{ loc: en, alternates: [{ hreflang: 'en"><x', href: en }] }],
      /must be a language code/,
    ],
    [
      'a repeated hreflang',
      [
        {
          loc: en,
          alternates: [
            { hreflang: 'de', href: de },
            { hreflang: 'DE', href: de },
          ],
        },
      ],
      /"DE" twice/,
    ],
    [
      'a bad alternate href',
      [{ loc: en, alternates: [{ hreflang: 'de', href: 'data:text/html,x' }] }],
      /alternates.0.href/,
    ],
    ['a repeated loc', [{ loc: en }, { loc: en }], /listed twice/],
  ])('rejects %s', (_, entries, message) => {
    expect(() => buildSitemap(entries)).toThrow(RuleError);
    expect(() => buildSitemap(entries)).toThrow(message);
  });

  it('refuses more URLs than one sitemap file may hold', () => {
    const many = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, n) => ({
      loc: `https://www.example.com/${n}`,
    }));
    expect(() => buildSitemap(many)).toThrow(/sitemap index/);
  });
});
