import type { Core } from '@strapi/strapi';
import { buildSitemap, SITEMAP_MAX_URLS, type SitemapEntry } from '../../domain/feeds';
import type { PermalinkType } from '../../domain/permalinks';
import { createViewsRepository } from '../../repositories/views-repository';
import type { LocalesService } from '../locales';
import type { UrlsService } from './urls';

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

/**
 * Sitemap entries of one type: every published locale of a document lists
 * all of them as hreflang alternates (itself included, as search engines
 * require), and x-default points to the default locale's version.
 */
export function sitemapEntries(
  type: PermalinkType,
  rows: any[],
  urls: Pick<UrlsService, 'forDocument'>,
  defaultLocale: string,
): SitemapEntry[] {
  const byDocument = new Map<string, { locale: string; href: string; lastmod: string | null }[]>();
  for (const row of rows) {
    const href = urls.forDocument(type, row).canonicalUrl;
    if (!href) continue;
    const versions = byDocument.get(row.documentId) ?? [];
    versions.push({ locale: row.locale, href, lastmod: iso(row.publishedAt) });
    byDocument.set(row.documentId, versions);
  }
  const entries: SitemapEntry[] = [];
  for (const versions of byDocument.values()) {
    versions.sort((a, b) => (a.locale < b.locale ? -1 : 1));
    const alternates =
      versions.length > 1 ? versions.map((v) => ({ hreflang: v.locale, href: v.href })) : undefined;
    const fallback = versions.find((v) => v.locale === defaultLocale);
    if (alternates && fallback) alternates.push({ hreflang: 'x-default', href: fallback.href });
    for (const version of versions) entries.push({ loc: version.href, lastmod: version.lastmod, alternates });
  }
  return entries;
}

export const createSitemapService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createViewsRepository(strapi);
  const service = <T>(name: string) => strapi.plugin('newsroom').service(name) as T;

  return {
    async build(): Promise<{ xml: string; keys: string[] }> {
      const { articles, series } = await repo.sitemapRows();
      const urls = service<UrlsService>('urls');
      const { fallback } = await service<LocalesService>('locales').list();
      const entries = [
        ...sitemapEntries('series', series, urls, fallback),
        ...sitemapEntries('article', articles, urls, fallback),
      ];
      // A URL listed twice would make the sitemap invalid; keep the first.
      const seen = new Set<string>();
      const unique = entries.filter((entry) => !seen.has(entry.loc) && seen.add(entry.loc));
      // Past one file's limit the newest stay; a sitemap index would be the next step.
      return { xml: buildSitemap(unique.slice(0, SITEMAP_MAX_URLS)), keys: ['sitemap', 'series-list'] };
    },
  };
};

export type SitemapService = ReturnType<typeof createSitemapService>;
