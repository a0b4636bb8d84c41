import type { Core } from '@strapi/strapi';
import { listKey } from '../../domain/cache-keys';
import { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import {
  buildNewsSitemap,
  buildSitemap,
  buildSitemapIndex,
  NEWS_MAX_URLS,
  NEWS_WINDOW_HOURS,
  paginateSitemap,
  type SitemapEntry,
  type SitemapPage,
} from '../../domain/feeds';
import type { PermalinkType } from '../../domain/permalinks';
import { createSitemapRepository, type SitemapRow } from '../../repositories/sitemap-repository';
import type { UrlsService } from './urls';
import { getService } from '../../get-service';

const iso = (value: Date | null | undefined): string | null => (value ? value.toISOString() : null);
// Every published article and series is a member: any of their changes purges the sitemaps.
const KEYS = [listKey({ name: 'sitemap' })];

/**
 * Sitemap entries of one type, one group per document: every published
 * locale lists all of them as hreflang alternates (itself included, as
 * search engines require), and x-default points to the default locale's
 * version. `lastmod` is the version's last publish (a saved draft changes
 * nothing readers see), for a series also the last publish of a part.
 */
export function sitemapDocuments(
  type: PermalinkType,
  rows: SitemapRow[],
  urls: Pick<UrlsService, 'forDocument'>,
  defaultLocale: string,
  changedWith: Map<string, Date> = new Map(),
): SitemapEntry[][] {
  const byDocument = new Map<string, { locale: string; href: string; lastmod: string | null }[]>();
  for (const row of rows) {
    const href = urls.forDocument(type, row).canonicalUrl;
    if (!href) continue;
    const other = changedWith.get(row.documentId);
    const last = other && other > row.publishedAt ? other : row.publishedAt;
    const versions = byDocument.get(row.documentId) ?? [];
    versions.push({ locale: row.locale, href, lastmod: iso(last) });
    byDocument.set(row.documentId, versions);
  }
  return [...byDocument.values()].map((versions) => {
    versions.sort((a, b) => (a.locale < b.locale ? -1 : 1));
    const alternates =
      versions.length > 1 ? versions.map((v) => ({ hreflang: v.locale, href: v.href })) : undefined;
    const fallback = versions.find((v) => v.locale === defaultLocale);
    if (alternates && fallback) alternates.push({ hreflang: 'x-default', href: fallback.href });
    return versions.map((version) => ({ loc: version.href, lastmod: version.lastmod, alternates }));
  });
}

/**
 * The sitemap index, its files (every published series and article in every
 * locale, each once, a document's languages in one file) and the Google News
 * sitemap. Files are cut by the protocol's limits (50,000 URLs, 50 MB).
 */
export const createSitemapService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createSitemapRepository(strapi);
  const fileUrl = (page: number) => `${getService(strapi, 'urls').views().apiUrl}/sitemaps/${page}.xml`;

  // Measured per request, and the answers kept by the text cache per content generation. (A
  // layout shared between concurrent requests made some of them wait past 10 s under the load
  // test, for a reason not found yet; see the README.)
  const pages = (): Promise<SitemapPage[]> => measure();

  async function measure(): Promise<SitemapPage[]> {
    const [{ articles, series }, partChanges, { fallback }] = await Promise.all([
      repo.rows(),
      repo.latestPartPublish(),
      getService(strapi, 'locales').list(),
    ]);
    // The URL configuration resolved once, not once per row (it is checked on every resolve).
    const urls = getService(strapi, 'urls');
    const resolved = { forDocument: urls.resolved() };
    const documents = [
      ...sitemapDocuments('series', series, resolved, fallback, partChanges),
      ...sitemapDocuments('article', articles, resolved, fallback),
    ];
    return paginateSitemap(documents);
  }

  return {
    async index(): Promise<{ xml: string; keys: string[] }> {
      const files = await pages();
      // An empty site still has one (empty) file, so the index is never empty.
      const list = files.length ? files : [{ lastmod: null }];
      return {
        xml: buildSitemapIndex(list.map((file, i) => ({ loc: fileUrl(i + 1), lastmod: file.lastmod }))),
        keys: KEYS,
      };
    },

    async page(number: number): Promise<{ xml: string; keys: string[] }> {
      const files = await pages();
      if (number === 1 && files.length === 0) return { xml: buildSitemap([]), keys: KEYS };
      const file = files[number - 1];
      if (!file) {
        throw new RuleError(
          `There is no sitemap ${number}; the index lists ${files.length}.`,
          ['page'],
          'not-found',
        );
      }
      return { xml: buildSitemap(file.documents.flat()), keys: KEYS };
    },

    /** Articles first published in the 48 hours before `now`. */
    async news(now: DateTime): Promise<{ xml: string; keys: string[] }> {
      const since = now.minus({ hours: NEWS_WINDOW_HOURS }).toJSDate();
      const rows = await repo.newsRows(since, NEWS_MAX_URLS);
      const urls = getService(strapi, 'urls');
      const articles = rows.flatMap((row: SitemapRow & { title: string }) => {
        const loc = urls.forDocument('article', row).canonicalUrl;
        const first = row.publishedOn ?? row.publishedAt;
        return loc ? [{ loc, title: row.title, locale: row.locale, publishedAt: first.toISOString() }] : [];
      });
      const name = urls.views().siteName;
      return { xml: buildNewsSitemap(articles, name, now), keys: KEYS };
    },
  };
};

export type SitemapService = ReturnType<typeof createSitemapService>;
