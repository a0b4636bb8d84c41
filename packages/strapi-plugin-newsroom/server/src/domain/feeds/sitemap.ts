import { XMLBuilder } from 'fast-xml-parser';
import { DateTime } from 'luxon';
import { RuleError } from '../errors';

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

function pageUrl(value: unknown, path: string[]): string {
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

function lastmod(value: string, path: string[]): string {
  const parsed = DateTime.fromISO(value, { zone: 'utc' });
  if (!parsed.isValid)
    throw new RuleError(
      `${path.join('.')} must be an ISO 8601 date and time, got ${JSON.stringify(value)}.`,
      path,
    );
  // Seconds are precise enough for crawlers and keep the value short.
  return parsed.toUTC().startOf('second').toISO({ suppressMilliseconds: true }) as string;
}

// XMLBuilder escapes & < > " ' in text and attributes and writes empty
// elements self-closing, which is all a sitemap needs.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
  format: true,
});

/** A sitemap urlset with xhtml:link hreflang alternates between translations. */
export function buildSitemap(entries: SitemapEntry[]): string {
  if (entries.length > SITEMAP_MAX_URLS) {
    throw new RuleError(
      `A sitemap holds at most ${SITEMAP_MAX_URLS} URLs, got ${entries.length}; split it and list the parts in a sitemap index.`,
      ['entries'],
    );
  }
  const seen = new Set<string>();
  const url = entries.map((entry, index) => {
    const at = (...field: string[]) => ['entries', String(index), ...field];
    const loc = pageUrl(entry.loc, at('loc'));
    if (seen.has(loc)) throw new RuleError(`entries.${index}.loc ${loc} is listed twice.`, at('loc'));
    seen.add(loc);
    const languages = new Set<string>();
    const links = (entry.alternates ?? []).map((alternate, n) => {
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
    return {
      loc,
      ...(entry.lastmod ? { lastmod: lastmod(entry.lastmod, at('lastmod')) } : {}),
      ...(links.length ? { 'xhtml:link': links } : {}),
    };
  });

  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:xhtml': 'http://www.w3.org/1999/xhtml',
      url,
    },
  });
}
