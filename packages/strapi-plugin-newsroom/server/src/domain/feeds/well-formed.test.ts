import { XMLValidator } from 'fast-xml-parser';
import { buildFeed } from './feed';
import { buildSitemap } from './sitemap';

/**
 * fast-xml-parser's validator accepts "<" and bare "&" in attributes, stray
 * "]]>" and control characters, exactly the mistakes a feed writer makes;
 * these extra checks catch them.
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const verdict = XMLValidator.validate(xml);
  if (verdict !== true) problems.push(verdict.err.msg);
  // eslint-disable-next-line no-control-regex -- looking for them is the point
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) problems.push('control character');
  const outsideCdata = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  if (outsideCdata.includes(']]>')) problems.push('"]]>" outside CDATA');
  for (const [, value] of outsideCdata.matchAll(/=\s*"([^"]*)"/g)) {
    if (value.includes('<')) problems.push(`"<" in attribute ${value}`);
    if (/&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/.test(value))
      problems.push(`bare "&" in attribute ${value}`);
  }
  return problems;
}

const hostile = [
  '<script>alert("x")</script>',
  ']]>',
  'a ]]> b ]]> c ]]>',
  ']]><![CDATA[<img src=x onerror=alert(1)>',
  'AT&T &amp; &lt; &#0; &bogus;',
  '"quoted" \'single\'',
  'nul\u0000 bell\u0007 vt\u000B esc\u001B ffff\uFFFF lone\uD800',
  '<!-- comment --> <?php ?> <!DOCTYPE x>',
  'line\r\nbreak',
].join(' | ');

describe('the well-formedness check itself', () => {
  it('accepts ordinary XML', () => {
    expect(xmlProblems('<a href="x?a=1&amp;b=2"><![CDATA[<b> & ]]>text &lt;</a>')).toEqual([]);
  });

  it.each([
    ['<a t="x<y"/>', /"<" in attribute/],
    ['<a t="x&y"/>', /bare "&"/],
    ['<a>x\u0001y</a>', /control character/],
    ['<a><![CDATA[x ]]> y ]]></a>', /outside CDATA/],
    ['<a>x & y</a>', /&/],
  ])('rejects %j', (xml, problem) => {
    expect(xmlProblems(xml).join('; ')).toMatch(problem);
  });
});

describe('hostile editor text still gives well-formed documents', () => {
  const feeds = buildFeed({
    kind: 'channel',
    title: hostile,
    description: hostile,
    siteUrl: 'https://www.example.com/?a=1&b=<2>',
    feedUrls: {
      atom: 'https://www.example.com/feeds/atom.xml?x="1"&y=2',
      rss: 'https://www.example.com/feeds/rss.xml',
      json: 'https://www.example.com/feeds/feed.json',
    },
    locale: 'de',
    updated: '2011-07-08T09:15:00Z',
    items: [
      {
        id: 'https://www.example.com/-1275463',
        title: hostile,
        url: 'https://www.example.com/de/news/x-1275463.html?utm=a&b="c"',
        teaser: hostile,
        authors: [hostile, 'Thorsten Leemhuis'],
        publishedAt: '2011-07-07T14:49:00Z',
        updatedAt: '2011-07-07T14:49:00Z',
        categories: [hostile],
      },
    ],
  });

  it.each(['atom', 'rss'] as const)('%s', (format) => {
    expect(xmlProblems(feeds[format])).toEqual([]);
  });

  it('json', () => {
    expect(() => JSON.parse(feeds.json)).not.toThrow();
    // eslint-disable-next-line no-control-regex -- looking for them is the point
    expect(feeds.json).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  it('sitemap', () => {
    const xml = buildSitemap([
      {
        loc: `https://www.example.com/de/${encodeURIComponent(hostile.replace(/[\uD800-\uDFFF]/g, ''))}?a=1&b="2"`,
        lastmod: '2011-07-07T14:49:00Z',
        alternates: [{ hreflang: 'en', href: 'https://www.example.com/en/<x>?a="1"&b=\'2\'' }],
      },
    ]);
    expect(xmlProblems(xml)).toEqual([]);
  });
});
