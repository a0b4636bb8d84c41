import { XMLParser } from 'fast-xml-parser';
import { parse, validationErrors } from '../../packages/strapi-plugin-newsroom/server/test/print-helpers';
import { adminToken, contentManager } from '../helpers/admin';
import { startApp, type TestApp } from '../helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const SERIES = 'plugin::newsroom.series';
const AUTHOR = 'plugin::newsroom.author';
const CHANNEL = 'plugin::newsroom.channel';

const TEXT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '</style><script>alert(2)</script>',
  '</title><script>alert(3)</script>',
  ']]><script>alert(4)</script>',
  '<![CDATA[<script>alert(5)</script>]]>',
  '&lt;script&gt;alert(6)&lt;/script&gt;',
];
/** Strapi's blocks validator refuses these at save (tested below). */
const REFUSED_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];
/** It accepts these: valid URLs that still carry markup, or schemes a print must not link. */
const URLS = [
  'https://example.org/"><script>alert(1)</script>',
  "https://example.org/?q='><img src=x onerror=alert(1)>",
  'tel:+1<script>alert(1)</script>',
  '/relative"><svg onload=alert(1)>',
];

const paragraph = (...children: object[]) => ({ type: 'paragraph', children });
const text = (value: string) => ({ type: 'text', text: value });
const link = (url: string, label: string) => ({ type: 'link', url, children: [text(label)] });

/** True when markup (not text) from a payload made it into an HTML document. */
const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;

/**
 * Markup the renderer never writes. The JSON-LD data block is the one script
 * element a print page has: it must be JSON with no raw "<" (so no payload can
 * close it) and is then set aside.
 */
function hostileMarkup(html: string): string[] {
  const found: string[] = [];
  for (const [, json] of html.matchAll(JSON_LD)) {
    if (json.includes('<')) found.push('"<" in the JSON-LD block');
    try {
      JSON.parse(json);
    } catch {
      found.push('a JSON-LD block that is not JSON');
    }
  }
  const doc = parse(html.replace(JSON_LD, ''));
  for (const tag of ['script', 'img', 'svg', 'iframe', 'object', 'base', 'meta[http-equiv]']) {
    if (doc.querySelectorAll(tag).length) found.push(tag);
  }
  for (const element of doc.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.key)) found.push(`${element.tagName}[${attribute.key}]`);
      if (
        /^(href|src)$/i.test(attribute.key) &&
        /^\s*(javascript|data|vbscript):/i.test(String(attribute.value))
      )
        found.push(`${element.tagName}[${attribute.key}=${attribute.value}]`);
    }
  }
  return found;
}

describe('hostile content saved through the Content Manager', () => {
  let app: TestApp;
  let cm: ReturnType<typeof contentManager>;
  const payload = TEXT.join(' ');
  // For fields of at most 80-200 characters.
  const short = TEXT.slice(0, 3).join('');

  beforeAll(async () => {
    app = await startApp({ demo: false });
    cm = contentManager(app, await adminToken(app));
    const publish = async (uid: string, data: object) => {
      const res = await cm.create(uid, data);
      expect([res.status, JSON.stringify(res.body?.error?.details)]).toEqual([201, undefined]);
      expect((await cm.publish(uid, res.body.data.documentId)).status).toBe(200);
      return res.body.data.documentId as string;
    };
    const channel = await publish(CHANNEL, {
      name: `Channel ${short}`,
      slug: 'hostile-channel',
      description: payload,
    });
    const author = await publish(AUTHOR, { name: `Author ${short}` });
    const series = await publish(SERIES, {
      title: `Series ${TEXT.slice(3).join('')}`,
      slug: 'hostile-series',
      kicker: short,
      description: payload,
    });
    await publish(ARTICLE, {
      title: `Headline ${short}`,
      slug: 'hostile-article',
      teaser: payload,
      partnerLine: short,
      series,
      channel,
      authors: [author],
      corrections: [{ date: '2011-07-08T10:00:00.000Z', note: payload }],
      pages: [
        {
          title: TEXT.slice(3).join(''),
          body: [
            paragraph(
              text(payload),
              ...URLS.map((url, i) => link(url, `bad link ${i}`)),
              link('https://example.org/ok', 'good link'),
            ),
            { type: 'heading', level: 2, children: [text(payload)] },
          ],
        },
      ],
    });
  });
  afterAll(() => app.stop());

  it('cannot store javascript: or data: links through the Content Manager at all', async () => {
    for (const url of REFUSED_URLS) {
      const res = await cm.create(ARTICLE, {
        title: 'Refused link',
        pages: [{ title: 'x', body: [paragraph(link(url, 'x'))] }],
      });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].message).toBe('Please specify a valid link.');
    }
  });

  it.each(['/api/newsroom/articles/hostile-article/print', '/api/newsroom/series/hostile-series/print'])(
    '%s shows the payloads as text only, drops tel: and relative links and stays valid HTML',
    async (url) => {
      const res = await app.http().get(url).expect(200);
      expect(hostileMarkup(res.text)).toEqual([]);
      expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(res.text).not.toMatch(/javascript:/i);
      expect(res.text).toMatch(/\[\d\] <a href="https:\/\/example.org\/ok">/);
      expect(res.text).not.toMatch(/tel:|relative/);
      expect(await validationErrors(res.text)).toEqual([]);
    },
  );

  it.each([
    '/api/newsroom/feeds/site.atom',
    '/api/newsroom/feeds/site.rss',
    '/api/newsroom/feeds/channels/hostile-channel.atom',
    '/api/newsroom/feeds/series/hostile-series.rss',
  ])('%s is well-formed and carries the payloads only as escaped text', async (url) => {
    const res = await app.http().get(url).expect(200);
    expect(res.text).not.toMatch(/<script/i);
    const atom = url.endsWith('.atom');
    const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(res.text);
    // No payload became an XML element anywhere in the document.
    const keys: string[] = [];
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        keys.push(key.toLowerCase());
        walk(value);
      }
    };
    walk(parsed);
    expect(keys.filter((key) => /^(script|img|svg)$/.test(key))).toEqual([]);
    const entries = [parsed.feed?.entry ?? [], parsed.rss?.channel?.item ?? []].flat();
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      if (atom) {
        // Atom marks its text type="text": readers show the payload as the characters typed.
        for (const field of ['title', 'summary']) expect(entry[field]['@_type']).toBe('text');
        expect(entry.title['#text']).toContain('Headline <script>');
        continue;
      }
      // RSS readers render title and description as HTML: escaped text after XML decoding, never markup.
      for (const field of ['title', 'description']) {
        if (entry[field] === undefined) continue;
        expect(String(entry[field])).not.toMatch(/<(script|img|svg)\b/i);
      }
      expect(String(entry.title)).toContain('Headline &lt;script&gt;');
    }
  });

  it('keeps the JSON Feed payloads as text, and its HTML escaped', async () => {
    const res = await app.http().get('/api/newsroom/feeds/site.json').expect(200);
    const [item] = JSON.parse(res.text).items;
    expect(item.title).toBe(`Headline ${short}`);
    // Plain text only: no field a reader renders as HTML.
    expect(item.content_html).toBeUndefined();
    expect(typeof item.content_text).toBe('string');
  });

  it('keeps the sitemap free of payloads', async () => {
    const res = await app.http().get('/api/newsroom/sitemaps/1.xml').expect(200);
    expect(res.text).not.toMatch(/<script|onerror|javascript:/i);
    expect(res.text).toContain('/en/news/hostile-article-');
  });
});
