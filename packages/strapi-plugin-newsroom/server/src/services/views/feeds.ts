import type { Core } from '@strapi/strapi';
import { RuleError } from '../../domain/errors';
import { buildFeed, type FeedDocuments, type FeedItemInput } from '../../domain/feeds';
import type { Ref } from '../../domain/refs';
import { createReadRepository } from '../../repositories/read-repository';
import { createViewsRepository, type FeedScope } from '../../repositories/views-repository';
import type { LocalesService } from '../locales';
import type { ReadService } from '../read';
import type { UrlsService } from './urls';

export const FEED_FORMATS = ['atom', 'rss', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const EPOCH = '1970-01-01T00:00:00.000Z';
const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);
const notFound = (message: string) => new RuleError(message, ['slug'], 'not-found');

export interface BuiltFeed {
  documents: FeedDocuments;
  /** Cache keys: what the feed shows. */
  keys: string[];
}

/** Atom, RSS 2.0 and JSON Feed of the whole site, one channel or one series. */
export const createFeedsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createViewsRepository(strapi);
  const reads = createReadRepository(strapi);
  const service = <T>(name: string) => strapi.plugin('newsroom').service(name) as T;

  /** Items need a permalink and a canonical URL; a row without them (should not exist) is left out. */
  function items(rows: any[], urls: UrlsService): FeedItemInput[] {
    return rows.flatMap((row) => {
      const { canonicalUrl, permalinkUrl } = urls.forDocument('article', row);
      if (!canonicalUrl || !permalinkUrl) return [];
      const published = iso(row.publishedOn ?? row.publishedAt) as string;
      return [
        {
          id: permalinkUrl,
          title: row.title,
          url: canonicalUrl,
          teaser: row.teaser ?? '',
          authors: (row.authors ?? []).map((author: any) => author.name),
          publishedAt: published,
          updatedAt: iso(row.publishedAt) ?? published,
          categories: row.channel?.name ? [row.channel.name] : [],
        },
      ];
    });
  }

  async function build(
    scope: FeedScope,
    path: string,
    locale: string,
    head: { title: string; description: string; siteUrl: string; updated?: string | null },
  ) {
    const urls = service<UrlsService>('urls');
    const views = urls.views();
    const rows = await repo.feedArticles(scope, locale, views.feedItems);
    const feedItems = items(rows, urls);
    const fallback = (await service<LocalesService>('locales').list()).fallback;
    const query = locale === fallback ? '' : `?locale=${encodeURIComponent(locale)}`;
    const updated = feedItems.reduce(
      (max, item) => (item.updatedAt > max ? item.updatedAt : max),
      head.updated ?? EPOCH,
    );
    const documents = buildFeed({
      kind: scope.kind,
      title: head.title,
      description: head.description,
      siteUrl: head.siteUrl,
      feedUrls: {
        atom: `${views.apiUrl}/feeds/${path}.atom${query}`,
        rss: `${views.apiUrl}/feeds/${path}.rss${query}`,
        json: `${views.apiUrl}/feeds/${path}.json${query}`,
      },
      locale,
      updated,
      items: feedItems,
    });
    return { documents, articleKeys: rows.map((row: any) => `article:${row.documentId}`) };
  }

  return {
    async site(locale: string): Promise<BuiltFeed> {
      const views = service<UrlsService>('urls').views();
      const { documents, articleKeys } = await build({ kind: 'site' }, 'site', locale, {
        title: views.siteName,
        description: `${views.siteName}: latest articles`,
        siteUrl: `${views.urls.origin}/`,
      });
      // Every article publish emits "series-list" (services/publishing keysFor): the site feed's purge key.
      return { documents, keys: [`locale:${locale}`, 'feed:site', 'series-list', ...articleKeys] };
    },

    async channel(slug: string, locale: string): Promise<BuiltFeed> {
      const channel = await reads.channel(slug);
      if (!channel) throw notFound(`No published channel "${slug}".`);
      const views = service<UrlsService>('urls').views();
      const { documents, articleKeys } = await build(
        { kind: 'channel', documentId: channel.documentId },
        `channels/${channel.slug}`,
        locale,
        {
          title: `${views.siteName}: ${channel.name}`,
          description: channel.description ?? '',
          siteUrl: `${views.urls.origin}/`,
        },
      );
      return { documents, keys: [`locale:${locale}`, `channel:${channel.slug}`, ...articleKeys] };
    },

    async series(ref: Ref, locale: string): Promise<BuiltFeed> {
      const { data } = await service<ReadService>('read').findSeries(ref, locale);
      const urls = service<UrlsService>('urls');
      const { documents, articleKeys } = await build(
        { kind: 'series', documentId: data.documentId },
        `series/${data.slug}`,
        locale,
        {
          title: data.title,
          description: data.description ?? '',
          siteUrl: urls.forDocument('series', data).canonicalUrl ?? `${urls.views().urls.origin}/`,
        },
      );
      return { documents, keys: [`locale:${locale}`, `series:${data.documentId}`, ...articleKeys] };
    },
  };
};

export type FeedsService = ReturnType<typeof createFeedsService>;
