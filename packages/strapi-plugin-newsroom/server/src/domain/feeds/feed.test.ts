import { XMLParser } from 'fast-xml-parser';
import { RuleError } from '../errors';
import { buildFeed, entryId, type FeedInput, type FeedItemInput } from './feed';
import { seriesFeedDescription } from './labels';

// Elements that may repeat are always read as arrays, so a test sees every one.
const LISTS = ['entry', 'link', 'category', 'author', 'item', 'atom:link', 'dc:creator'];
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name, jpath) =>
    LISTS.includes(name) && jpath !== 'rss.channel.link' && jpath !== 'rss.channel.item.link',
});

/** What a feed reader shows for a field it treats as HTML. */
function htmlToText(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const part3: FeedItemInput = {
  id: 'https://www.example.com/-1275463',
  title: 'Kernel Log: Coming in 3.0 (Part 3)',
  url: 'https://www.example.com/en/news/kernel-log-coming-in-3-0-part-3-1275463.html',
  teaser: 'Virtualisation and architecture code in Linux 3.0.',
  authors: ['Thorsten Leemhuis'],
  publishedAt: '2011-07-07T14:49:00.000Z',
  updatedAt: '2011-07-08T09:15:00.000Z',
  categories: ['The H Open'],
};
const part2: FeedItemInput = {
  ...part3,
  id: 'https://www.example.com/-1269961',
  title: 'Kernel Log: Coming in 3.0 (Part 2)',
  url: 'https://www.example.com/en/news/kernel-log-coming-in-3-0-part-2-1269961.html',
  teaser: 'Filesystems.',
  publishedAt: '2011-06-30T10:00:00.000Z',
  updatedAt: '2011-06-30T10:00:00.000Z',
};

function input(overrides: Partial<FeedInput> = {}): FeedInput {
  return {
    kind: 'site',
    title: 'The H',
    description: 'Open source and security news',
    siteUrl: 'https://www.example.com/',
    feedUrls: {
      atom: 'https://www.example.com/feeds/en/atom.xml',
      rss: 'https://www.example.com/feeds/en/rss.xml',
      json: 'https://www.example.com/feeds/en/feed.json',
    },
    locale: 'en',
    updated: '2011-07-08T09:15:00.000Z',
    items: [part2, part3],
    ...overrides,
  };
}

describe('buildFeed: Atom', () => {
  const atom = parser.parse(buildFeed(input()).atom).feed;

  it('describes the feed in its language, with its self link and its site', () => {
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atom['@_xml:lang']).toBe('en');
    expect(atom.id).toBe('https://www.example.com/feeds/en/atom.xml');
    expect(atom.title).toEqual({ '@_type': 'text', '#text': 'The H' });
    expect(atom.subtitle).toEqual({ '@_type': 'text', '#text': 'Open source and security news' });
    expect(atom.updated).toBe('2011-07-08T09:15:00.000Z');
    expect(atom.link).toEqual([
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': 'https://www.example.com/' },
      {
        '@_rel': 'self',
        '@_type': 'application/atom+xml',
        '@_href': 'https://www.example.com/feeds/en/atom.xml',
      },
    ]);
  });

  it('names a WebSub hub beside the self link when one is configured', () => {
    const withHub = parser.parse(buildFeed(input({ hub: 'https://hub.example.net/' })).atom).feed;
    expect(withHub.link.map((l: any) => [l['@_rel'], l['@_href']])).toEqual([
      ['alternate', 'https://www.example.com/'],
      ['self', 'https://www.example.com/feeds/en/atom.xml'],
      ['hub', 'https://hub.example.net/'],
    ]);
  });

  it('lists entries newest first, identified by id and linking to the canonical URL', () => {
    expect(atom.entry.map((e: { id: string }) => e.id)).toEqual([part3.id, part2.id]);
    const [entry] = atom.entry;
    expect(entry.link[0]['@_href']).toBe(part3.url);
    expect(entry.title).toEqual({ '@_type': 'text', '#text': part3.title });
    expect(entry.summary).toEqual({ '@_type': 'text', '#text': part3.teaser });
    expect(entry.published).toBe('2011-07-07T14:49:00.000Z');
    expect(entry.updated).toBe('2011-07-08T09:15:00.000Z');
    expect(entry.author).toEqual([{ name: 'Thorsten Leemhuis' }]);
    expect(entry.category).toEqual([{ '@_term': 'The H Open' }]);
  });

  it('names the site as feed author only when an entry has no byline', () => {
    expect(atom.author).toBeUndefined();
    const anonymous = parser.parse(buildFeed(input({ items: [{ ...part3, authors: [] }] })).atom).feed;
    expect(anonymous.author).toEqual([{ name: 'The H' }]);
    expect(anonymous.entry[0].author).toBeUndefined();
    expect(
      JSON.parse(buildFeed(input({ items: [{ ...part3, authors: [] }] })).json).items[0].authors,
    ).toBeUndefined();
  });

  it('writes the German feed with xml:lang="de"', () => {
    expect(parser.parse(buildFeed(input({ locale: 'de' })).atom).feed['@_xml:lang']).toBe('de');
  });
});

describe('buildFeed: RSS 2.0', () => {
  const channel = parser.parse(buildFeed(input({ hub: 'https://hub.example.net/' })).rss).rss.channel;

  it('describes the channel with its language, RFC 822 dates, self and hub links', () => {
    expect(channel.title).toBe('The H');
    expect(channel.link).toBe('https://www.example.com/');
    expect(channel.language).toBe('en');
    expect(channel.lastBuildDate).toBe('Fri, 08 Jul 2011 09:15:00 GMT');
    expect(channel['atom:link'].map((l: any) => [l['@_rel'], l['@_href']])).toEqual([
      ['self', 'https://www.example.com/feeds/en/rss.xml'],
      ['hub', 'https://hub.example.net/'],
    ]);
  });

  it('gives each item its id as guid, the canonical URL as link, and authors as dc:creator', () => {
    const [item] = channel.item;
    expect(channel.item).toHaveLength(2);
    expect(item.guid).toEqual({ '#text': part3.id, '@_isPermaLink': 'false' });
    expect(item.link).toBe(part3.url);
    expect(item.pubDate).toBe('Thu, 07 Jul 2011 14:49:00 GMT');
    expect(htmlToText(item.title)).toBe(part3.title);
    expect(htmlToText(item.description)).toBe(part3.teaser);
    expect(item['dc:creator']).toEqual(['Thorsten Leemhuis']);
    // RSS 2.0's <author> is an e-mail address, which a byline is not.
    expect(item.author).toBeUndefined();
    expect(item.category).toEqual(['The H Open']);
  });
});

describe('buildFeed: JSON Feed 1.1', () => {
  const json = JSON.parse(buildFeed(input({ hub: 'https://hub.example.net/' })).json);

  it('is version 1.1 with a language, the feed and site links and the hub', () => {
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('en');
    expect(json.feed_url).toBe('https://www.example.com/feeds/en/feed.json');
    expect(json.home_page_url).toBe('https://www.example.com/');
    expect(json.hubs).toEqual([{ type: 'WebSub', url: 'https://hub.example.net/' }]);
  });

  it('carries ids, canonical URLs, plain text, authors[] and RFC 3339 dates', () => {
    const [item] = json.items;
    expect(item).toEqual({
      id: part3.id,
      url: part3.url,
      title: part3.title,
      summary: part3.teaser,
      content_text: part3.teaser,
      date_published: '2011-07-07T14:49:00.000Z',
      date_modified: '2011-07-08T09:15:00.000Z',
      authors: [{ name: 'Thorsten Leemhuis' }],
      language: 'en',
      tags: ['The H Open'],
    });
    expect(item.author).toBeUndefined();
  });
});

describe('entryId', () => {
  it('is the permalink with its locale, distinct per locale', () => {
    expect(entryId('https://www.example.com/-1275003', 'en')).toBe(
      'https://www.example.com/-1275003?locale=en',
    );
    expect(entryId('https://www.example.com/-1275003', 'de')).toBe(
      'https://www.example.com/-1275003?locale=de',
    );
  });
});

describe('seriesFeedDescription', () => {
  const drivers = { number: 4, workingTitle: 'Drivers', expectedAt: '2011-07-14' };
  it('adds the announced parts to the editors text, in the feed language', () => {
    expect(seriesFeedDescription('A tour of Linux 3.0.', [drivers], 'en')).toBe(
      'A tour of Linux 3.0. Coming: Part 4 – Drivers (expected 14 July 2011).',
    );
    expect(seriesFeedDescription('Linux 3.0.', [{ ...drivers, workingTitle: 'Treiber' }], 'de')).toBe(
      'Linux 3.0. Demnächst: Teil 4 – Treiber (erwartet am 14. Juli 2011).',
    );
    expect(seriesFeedDescription(null, [{ number: 5, workingTitle: null, expectedAt: null }], 'en')).toBe(
      'Coming: Part 5.',
    );
    expect(seriesFeedDescription('Done.', [], 'de')).toBe('Done.');
  });
});

describe('buildFeed: editor text is text, not markup', () => {
  const title = 'Kernel <script>alert("t")</script> & "3.0" ]]> part ]]> 3';
  const teaser =
    'RC6 & <b>bold</b> ]]><![CDATA[ <img src=x onerror=alert(1)>\u0000\u0008\u000B\u001F end\uFFFE';
  const teaserShown = 'RC6 & <b>bold</b> ]]><![CDATA[ <img src=x onerror=alert(1)> end';
  const hostile = {
    ...part3,
    title,
    teaser,
    authors: ['Thorsten <Leemhuis> & Co'],
    categories: ['Q&A <live> "now"'],
  };
  const feeds = buildFeed(input({ title: 'The H & <Co> &amp;', items: [hostile] }));

  it('Atom: readers see the exact text, and no tag survives', () => {
    const atom = parser.parse(feeds.atom).feed;
    const [entry] = atom.entry;
    expect(atom.title['#text']).toBe('The H & <Co> &amp;');
    // type="text": what the parser reads is what readers show, markup included as text.
    expect(entry.title).toEqual({ '@_type': 'text', '#text': title });
    expect(entry.summary).toEqual({ '@_type': 'text', '#text': teaserShown });
    expect(feeds.atom).not.toMatch(/<script|<img|<b>/);
    expect(entry.author[0].name).toBe('Thorsten <Leemhuis> & Co');
    expect(entry.category[0]['@_term']).toBe('Q&A <live> "now"');
  });

  it('RSS: the same', () => {
    const [item] = parser.parse(feeds.rss).rss.channel.item;
    expect(htmlToText(item.title)).toBe(title);
    expect(htmlToText(item.description)).toBe(teaserShown);
    expect(item.description).not.toMatch(/<b>/);
    expect(item.category).toEqual(['Q&A <live> "now"']);
    expect(item['dc:creator']).toEqual(['Thorsten <Leemhuis> & Co']);
    expect(parser.parse(feeds.rss).rss.channel.title).toBe('The H & <Co> &amp;');
  });

  it('JSON Feed: plain title and plain-text content', () => {
    const [item] = JSON.parse(feeds.json).items;
    expect(item.title).toBe(title);
    expect(item.summary).toBe(teaserShown);
    expect(item.content_text).toBe(teaserShown);
    expect(item.content_html).toBeUndefined();
    expect(JSON.parse(feeds.json).title).toBe('The H & <Co> &amp;');
  });
});

describe('buildFeed: order and input checks', () => {
  it('keeps a series feed in part order', () => {
    const atom = parser.parse(buildFeed(input({ kind: 'series', items: [part2, part3] })).atom).feed;
    expect(atom.entry.map((e: { id: string }) => e.id)).toEqual([part2.id, part3.id]);
  });

  it('never dates an update before publication', () => {
    const early = { ...part3, updatedAt: '2011-07-01T00:00:00Z' };
    expect(parser.parse(buildFeed(input({ items: [early] })).atom).feed.entry[0].updated).toBe(
      '2011-07-07T14:49:00.000Z',
    );
  });

  it('builds an empty feed', () => {
    const feeds = buildFeed(input({ items: [] }));
    expect(parser.parse(feeds.atom).feed.entry).toBeUndefined();
    expect(JSON.parse(feeds.json).items).toEqual([]);
  });

  it.each<[string, Partial<FeedInput>, RegExp]>([
    [
      'a javascript: item URL',
      { items: [{ ...part3, url: 'javascript:alert(1)' }] },
      /items.0.url must be an absolute http\(s\) URL/,
    ],
    ['a relative permalink', { items: [{ ...part3, id: '/-1275463' }] }, /items.0.id must be an absolute/],
    [
      'a bad date',
      { items: [{ ...part3, publishedAt: '07/07/2011' }] },
      /items.0.publishedAt must be an ISO 8601/,
    ],
    ['the same permalink twice', { items: [part3, { ...part3 }] }, /appears twice/],
    ['an empty title', { items: [{ ...part3, title: ' \u0000 ' }] }, /items.0.title must not be empty/],
    ['an unknown kind', { kind: 'tag' as FeedInput['kind'] }, /feed kind "tag"/],
    ['a bad feed URL', { feedUrls: { ...input().feedUrls, rss: 'feed.rss' } }, /feedUrls.rss/],
    ['a bad locale', { locale: 'en_US' }, /locale "en_US"/],
    ['a bad hub', { hub: 'ftp://hub' }, /hub must be an absolute http\(s\) URL/],
    ['a bad updated date', { updated: 'now' }, /updated must be an ISO 8601/],
  ])('rejects %s with a sentence', (_, overrides, message) => {
    expect(() => buildFeed(input(overrides))).toThrow(RuleError);
    expect(() => buildFeed(input(overrides))).toThrow(message);
  });
});
