import { DateTime } from 'luxon';
import { RuleError } from '../errors';
import { xmlDocument } from './xml-builder';

/** The sitemap protocol's limits per file; a larger site needs a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000;
const MAX_URL_LENGTH = 2048;
const HREFLANG = /^(?:x-default|[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/;

export interface SitemapAlternate {
  /** "en", "de", "de-AT" or "x-default". */
  hreflang: string;
  href: string;
}

export interface SitemapEntry {
  loc: string;
  /** ISO 8601 instant of the last change, if known. */
  lastmod?: string | null;
  /**
   * Every language version of the page, this one included (search engines
   * ignore hreflang sets that do not list the page itself).
   */
  alternates?: SitemapAlternate[];
}

export function pageUrl(value: unknown, path: string[]): string {
  const fail = (why: string) =>
    new RuleError(`${path.join('.')} ${why}, got ${JSON.stringify(value)}.`, path);
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw fail('must be an absolute URL');
  }
  if (typeof value !== 'string' || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw fail('must be an absolute http(s) URL');
  }
  if (url.href.length > MAX_URL_LENGTH) throw fail(`must be at most ${MAX_URL_LENGTH} characters`);
  // WHATWG form: percent-encoded, no control characters, no spaces.
  return url.href;
}

const UTC_ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/;

export function lastmod(value: string, path: string[]): string {
  // The common case (toISOString() output) without luxon, which costs ~10 µs a call.
  const utc = typeof value === 'string' ? UTC_ISO.exec(value) : null;
  if (utc && !Number.isNaN(Date.parse(value))) return `${utc[1]}Z`;
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  if (!parsed.isValid)
    throw new RuleError(
      `${path.join('.')} must be an ISO 8601 date and time, got ${JSON.stringify(value)}.`,
      path,
    );
  // Seconds are precise enough for crawlers and keep the value short.
  return parsed.toUTC().startOf('second').toISO({ suppressMilliseconds: true }) as string;
}

type Link = { '@_rel': string; '@_hreflang': string; '@_href': string };

/** One <url> element, checked; `index` names it in error messages. */
function urlElement(
  entry: SitemapEntry,
  index: number,
  seen: Set<string>,
  checked: WeakMap<SitemapAlternate[], Link[]> = new WeakMap(),
) {
  const at = (...field: string[]) => ['entries', String(index), ...field];
  const loc = pageUrl(entry.loc, at('loc'));
  if (seen.has(loc)) throw new RuleError(`entries.${index}.loc ${loc} is listed twice.`, at('loc'));
  seen.add(loc);
  const known = entry.alternates ? checked.get(entry.alternates) : undefined;
  const links = known ?? checkAlternates(entry, index);
  if (entry.alternates && !known) checked.set(entry.alternates, links);
  return {
    loc,
    ...(entry.lastmod ? { lastmod: lastmod(entry.lastmod, at('lastmod')) } : {}),
    ...(links.length ? { 'xhtml:link': links } : {}),
  };
}

/** The hreflang links of an entry; the versions of one document share one list, checked once. */
function checkAlternates(entry: SitemapEntry, index: number): Link[] {
  const at = (...field: string[]) => ['entries', String(index), ...field];
  const languages = new Set<string>();
  return (entry.alternates ?? []).map((alternate, n) => {
    if (typeof alternate.hreflang !== 'string' || !HREFLANG.test(alternate.hreflang)) {
      throw new RuleError(
        `entries.${index}.alternates.${n}.hreflang ${JSON.stringify(alternate.hreflang)} must be a language code such as "de" or "x-default".`,
        at('alternates', String(n), 'hreflang'),
      );
    }
    const language = alternate.hreflang.toLowerCase();
    if (languages.has(language)) {
      throw new RuleError(
        `entries.${index} lists hreflang "${alternate.hreflang}" twice.`,
        at('alternates', String(n), 'hreflang'),
      );
    }
    languages.add(language);
    return {
      '@_rel': 'alternate',
      '@_hreflang': alternate.hreflang,
      '@_href': pageUrl(alternate.href, at('alternates', String(n), 'href')),
    };
  });
}

const URLSET_OPEN =
  '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';
const URLSET_CLOSE = '</urlset>\n';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

/**
 * One <url> element as text. Written by hand rather than by the XML builder:
 * a sitemap of 100,000 URLs is measured for paging and then written, and the
 * builder takes ~60 µs per element. Every value is escaped (& < > " '), and
 * the result is checked by a parser and the sitemaps.org XSD in the tests.
 */
function urlXml(url: ReturnType<typeof urlElement>): string {
  const lastmodXml = url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : '';
  const links = (url['xhtml:link'] ?? [])
    .map(
      (link) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(link['@_hreflang'])}" href="${escapeXml(link['@_href'])}"/>`,
    )
    .join('');
  return `<url><loc>${escapeXml(url.loc)}</loc>${lastmodXml}${links}</url>\n`;
}

/** The serialized <url> elements of some entries. */
function urlFragments(
  entries: SitemapEntry[],
  seen = new Set<string>(),
  offset = 0,
  checked = new WeakMap<SitemapAlternate[], Link[]>(),
): string[] {
  return entries.map((entry, i) => urlXml(urlElement(entry, offset + i, seen, checked)));
}

/** A sitemap urlset with xhtml:link hreflang alternates between translations. */
export function buildSitemap(entries: SitemapEntry[], limits: SitemapLimits = SITEMAP_LIMITS): string {
  if (entries.length > limits.maxUrls) {
    throw new RuleError(
      `A sitemap holds at most ${limits.maxUrls} URLs, got ${entries.length}; split it and list the parts in a sitemap index.`,
      ['entries'],
    );
  }
  const xml = URLSET_OPEN + urlFragments(entries).join('') + URLSET_CLOSE;
  if (Buffer.byteLength(xml) > limits.maxBytes) {
    throw new RuleError(
      `A sitemap is at most ${limits.maxBytes} bytes, this one would be ${Buffer.byteLength(xml)}.`,
      ['entries'],
    );
  }
  return xml;
}

export interface SitemapLimits {
  maxUrls: number;
  /** Uncompressed size of one file in bytes. */
  maxBytes: number;
}

/** The protocol's limits: 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed per file. */
export const SITEMAP_LIMITS: SitemapLimits = { maxUrls: SITEMAP_MAX_URLS, maxBytes: 50 * 1024 * 1024 };

export interface SitemapPage {
  /** The documents on this page, each with all its language versions. */
  documents: SitemapEntry[][];
  urls: number;
  bytes: number;
  /** The newest lastmod of its entries (ISO), or null. */
  lastmod: string | null;
}

/**
 * Splits documents into sitemap files of at most maxUrls URLs and maxBytes
 * bytes. A document's language versions always share a file, so every
 * hreflang alternate points inside the file that lists it. Documents keep
 * their order: callers put old ones first, so a page only changes when its
 * own documents do. Sizes are those of the exact XML buildSitemap writes.
 */
export function paginateSitemap(
  documents: SitemapEntry[][],
  limits: SitemapLimits = SITEMAP_LIMITS,
): SitemapPage[] {
  const frame = Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE);
  const pages: SitemapPage[] = [];
  let page: SitemapPage | null = null;
  const seen = new Set<string>();
  const checked = new WeakMap<SitemapAlternate[], Link[]>();
  let index = 0;
  for (const document of documents) {
    const bytes = urlFragments(document, seen, index, checked).reduce(
      (sum, xml) => sum + Buffer.byteLength(xml),
      0,
    );
    index += document.length;
    if (document.length > limits.maxUrls || frame + bytes > limits.maxBytes) {
      throw new RuleError(
        `One document's ${document.length} language versions do not fit in one sitemap file.`,
        ['entries'],
      );
    }
    if (!page || page.urls + document.length > limits.maxUrls || page.bytes + bytes > limits.maxBytes) {
      page = { documents: [], urls: 0, bytes: frame, lastmod: null };
      pages.push(page);
    }
    page.documents.push(document);
    page.urls += document.length;
    page.bytes += bytes;
    for (const entry of document) {
      if (entry.lastmod && (!page.lastmod || entry.lastmod > page.lastmod)) page.lastmod = entry.lastmod;
    }
  }
  return pages;
}

/** A sitemap index: one <sitemap> per file, with the newest lastmod in it. */
export function buildSitemapIndex(files: { loc: string; lastmod: string | null }[]): string {
  return xmlDocument({
    sitemapindex: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      sitemap: files.map((file, index) => ({
        loc: pageUrl(file.loc, ['files', String(index), 'loc']),
        ...(file.lastmod ? { lastmod: lastmod(file.lastmod, ['files', String(index), 'lastmod']) } : {}),
      })),
    },
  });
}
