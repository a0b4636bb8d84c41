import { kernelLogPart3 } from '../../../test/print-fixtures';
import { renderArticlePrint, renderSeriesPrint } from './render';
import { PRINT_STYLESHEET } from './stylesheet';
import { attr, decode, parse, textOf, validationErrors } from '../../../test/print-helpers';
import type { BlocksContent, PrintArticle } from './types';

/**
 * Editor text and URLs are hostile. Each payload goes into every field the
 * print shows; the output is parsed and must hold only the elements and
 * attributes the renderer itself writes, with the payload visible as text.
 */

const TEXT_PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<svg/onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</textarea><script>alert(1)</script>',
  '<!--<script>alert(1)//-->',
  '<body onload=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<img src=x onerror=alert(1)//',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus='",
  '<details open ontoggle=alert(1)>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<style>@import "https://evil.example/x.css";</style>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '\u2028<script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
];

const URL_PAYLOADS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript://%0aalert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0b5c',
  '//evil.example/x',
  '/relative/path',
  'relative',
  '"><script>alert(1)</script>',
  '',
  'https://',
];

const ELEMENTS = new Set(
  'html head meta title link style body main article header nav h1 h2 h3 h4 h5 h6 p time section footer ol ul li span a strong em u s code pre blockquote figure img figcaption br'.split(
    ' ',
  ),
);
const ATTRIBUTES = new Set(
  'lang charset name content rel href class id datetime src alt width height aria-labelledby value'.split(
    ' ',
  ),
);
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Everything in the output that the renderer did not mean to write. */
function problems(html: string): string[] {
  const found: string[] = [];
  // The only script element allowed is the JSON-LD data block, and its text must be JSON.
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)];
  if ((html.match(/<script/gi) ?? []).length !== scripts.length) found.push('an unclosed <script>');
  for (const [, attributes, body] of scripts) {
    if (attributes !== ' type="application/ld+json"') found.push(`a <script${attributes}> tag`);
    try {
      JSON.parse(body);
    } catch {
      found.push('a JSON-LD block that is not JSON');
    }
  }
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)];
  if (styles.length !== 1 || styles[0][1] !== PRINT_STYLESHEET)
    found.push('a <style> other than the print stylesheet');
  if ((html.match(/<style/gi) ?? []).length !== 1) found.push('a second <style>');
  for (const element of parse(html).querySelectorAll('*')) {
    if (element.tagName === 'script') continue;
    if (!ELEMENTS.has(element.tagName)) found.push(`element <${element.tagName}>`);
    for (const attribute of element.attributes) {
      const name = attribute.key.toLowerCase();
      if (!ATTRIBUTES.has(name)) found.push(`attribute ${name} on <${element.tagName}>`);
    }
    for (const name of ['href', 'src']) {
      const value = attr(element, name);
      if (value === null || /^#[a-z][a-z0-9-]*$/.test(value)) continue;
      let scheme = '';
      try {
        scheme = new URL(value).protocol;
      } catch {
        found.push(`${name} that is not absolute: ${value}`);
        continue;
      }
      if (!LINK_SCHEMES.has(scheme) || (name === 'src' && scheme === 'mailto:'))
        found.push(`${name} with ${scheme}`);
    }
  }
  return found;
}

/** Tag names and attribute names in document order: the shape of the output, without the text. */
function skeleton(html: string): string[] {
  return parse(html)
    .querySelectorAll('*')
    .map((element) => `${element.tagName}[${element.attributes.map((a) => a.key).join(',')}]`);
}

function hostileArticle(payload: string, url: string): PrintArticle {
  const t = (text: string) => ({ type: 'text' as const, text });
  const body: BlocksContent = [
    { type: 'heading', level: 2, children: [t(payload)] },
    {
      type: 'paragraph',
      children: [
        t(payload),
        { type: 'link', url: 'https://safe.example.org/', children: [t(payload)] },
        { type: 'link', url, children: [t(`${payload} (hostile link)`)] },
      ],
    },
    { type: 'quote', children: [t(payload)] },
    { type: 'code', children: [t(payload)] },
    { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [t(payload)] }] },
    {
      type: 'image',
      image: { url: 'https://cdn.example.org/x.png', alternativeText: payload, caption: payload },
    },
    { type: 'image', image: { url, alternativeText: payload } },
  ];
  return kernelLogPart3({
    title: payload,
    kicker: payload,
    series: { title: payload, part: 3, of: 4 },
    authors: [payload, payload],
    pages: [
      { title: payload, body },
      { title: payload, body },
    ],
    corrections: [{ date: payload, note: payload }],
    partnerLine: payload,
    permalinkUrl: url,
    canonicalUrl: url,
  });
}

const BERLIN = { timezone: 'Europe/Berlin' };
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('print view against hostile editor text', () => {
  const benign = renderArticlePrint(hostileArticle('harmless words', 'not a url'), BERLIN);

  it.each(TEXT_PAYLOADS)('%j stays text in every field', (payload) => {
    const html = renderArticlePrint(hostileArticle(payload, payload), BERLIN);
    expect(problems(html)).toEqual([]);
    expect(skeleton(html)).toEqual(skeleton(benign));
    const doc = parse(html);
    const shown = collapse(payload);
    expect(textOf(doc.querySelector('h1'))).toBe(shown);
    expect(textOf(doc.querySelector('title'))).toBe(shown);
    expect(textOf(doc.querySelector('.kicker'))).toBe(shown);
    expect(textOf(doc.querySelector('section.page h2'))).toBe(shown);
    expect(textOf(doc.querySelector('.partner-line'))).toBe(shown);
    expect(textOf(doc.querySelector('.corrections li'))).toBe(shown);
    expect(textOf(doc.querySelector('figcaption'))).toBe(shown);
    expect(attr(doc.querySelector('img'), 'alt')).toBe(payload);
    expect(decode(doc.querySelector('pre code')?.textContent ?? '')).toBe(payload);
  });

  it.each(TEXT_PAYLOADS)('%j stays text in a series print', (payload) => {
    const part = hostileArticle(payload, payload);
    const html = renderSeriesPrint(
      { title: payload, kicker: payload, description: payload, locale: 'en' },
      [part],
      BERLIN,
    );
    expect(problems(html)).toEqual([]);
    expect(textOf(parse(html).querySelector('nav li'))).toBe(collapse(payload));
  });

  it('still produces valid HTML under attack', async () => {
    for (const payload of TEXT_PAYLOADS) {
      expect(await validationErrors(renderArticlePrint(hostileArticle(payload, payload), BERLIN))).toEqual(
        [],
      );
    }
  });
});

describe('print view against hostile URLs', () => {
  const dropped = renderArticlePrint(hostileArticle('harmless words', 'not a url'), BERLIN);

  it.each(URL_PAYLOADS)(
    'drops %j from links, images, permalink and canonical, keeping the link text',
    (url) => {
      const html = renderArticlePrint(hostileArticle('harmless words', url), BERLIN);
      expect(problems(html)).toEqual([]);
      expect(skeleton(html)).toEqual(skeleton(dropped));
      const doc = parse(html);
      // Only the safe link of each page is numbered; the hostile one keeps its words and gets no marker.
      expect(doc.querySelectorAll('.endnotes li').map(textOf)).toEqual(['[1] https://safe.example.org/']);
      expect(textOf(doc.querySelector('section.page p'))).toBe(
        'harmless wordsharmless words[1]harmless words (hostile link)',
      );
      expect(doc.querySelectorAll('img')).toHaveLength(2);
      expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
      expect(doc.querySelector('.permalink')).toBeNull();
    },
  );

  it('keeps a hostile-looking but valid https URL, encoded', () => {
    const html = renderArticlePrint(
      hostileArticle('words', 'https://example.org/"><script>alert(1)</script>'),
      BERLIN,
    );
    expect(problems(html)).toEqual([]);
    expect(attr(parse(html).querySelectorAll('.endnotes li a')[1], 'href')).toBe(
      'https://example.org/%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    );
  });
});

describe('the checker itself', () => {
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>t</title><style>${PRINT_STYLESHEET}</style></head><body>${body}</body></html>`;

  it('passes what the renderer writes', () => {
    expect(problems(page('<p><a href="https://example.org/">x</a></p>'))).toEqual([]);
  });

  it.each([
    '<script>alert(1)</script>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" JavaScript:alert(1)">x</a>',
    '<img src="data:image/png;base64,AA==" alt="">',
    '<svg></svg>',
    '<iframe></iframe>',
    '<style>p{}</style>',
  ])('catches %j', (injected) => {
    expect(problems(page(injected))).not.toEqual([]);
  });
});
