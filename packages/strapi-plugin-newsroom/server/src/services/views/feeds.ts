import type { Core } from '@strapi/strapi';
import { answerKeys, docKey, listKey } from '../../domain/cache-keys';
import { websubConfig } from '../../config/outbox';
import { RuleError } from '../../domain/errors';
import {
  buildFeed,
  entryId,
  FEED_FORMATS,
  feedLabels,
  seriesFeedDescription,
  type FeedDocuments,
  type FeedFormat,
  type FeedItemInput,
} from '../../domain/feeds';
import { parseRef, type Ref } from '../../domain/refs';
import { createReadRepository } from '../../repositories/read-repository';
import { createViewsRepository, type FeedScope } from '../../repositories/views-repository';
import { getService } from '../../get-service';

export { FEED_FORMATS, type FeedFormat };

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
  /** The feed's URL per format, as its self links name them (and WebSub pings them). */
  urls: Record<FeedFormat, string>;
  /** Cache keys: what the feed shows. */
  keys: string[];
}

/** A feed named by documents rather than by URL (the WebSub change check). */
export type FeedTarget = FeedScope;

/** Atom, RSS 2.0 and JSON Feed 1.1 of the whole site, one channel or one series, per locale. */
export const createFeedsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createViewsRepository(strapi);
  const reads = createReadRepository(strapi);
  const urls = () => getService(strapi, 'urls');

  /** Items need a permalink and a canonical URL; a row without them (should not exist) is left out. */
  function items(rows: any[], locale: string): FeedItemInput[] {
    return rows.flatMap((row) => {
      const { canonicalUrl, permalinkUrl } = urls().forDocument('article', row);
      if (!canonicalUrl || !permalinkUrl) return [];
      const published = iso(row.publishedOn ?? row.publishedAt) as string;
      return [
        {
          id: entryId(permalinkUrl, locale),
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

  /** The URL of a feed in each format; the default locale's has no ?locale=. */
  async function feedUrls(path: string, locale: string): Promise<Record<FeedFormat, string>> {
    const fallback = (await getService(strapi, 'locales').list()).fallback;
    const query = locale === fallback ? '' : `?locale=${encodeURIComponent(locale)}`;
    const api = urls().views().apiUrl;
    return Object.fromEntries(
      FEED_FORMATS.map((format) => [format, `${api}/feeds/${path}.${format}${query}`]),
    ) as Record<FeedFormat, string>;
  }

  async function build(
    scope: FeedScope,
    path: string,
    locale: string,
    head: { title: string; description: string; siteUrl: string; keys: string[] },
  ): Promise<BuiltFeed> {
    const views = urls().views();
    const rows = await repo.feedArticles(scope, locale, views.feedItems);
    const feedItems = items(rows, locale);
    const feedUrlsByFormat = await feedUrls(path, locale);
    const updated = feedItems.reduce((max, item) => (item.updatedAt > max ? item.updatedAt : max), EPOCH);
    const documents = buildFeed({
      kind: scope.kind,
      title: head.title,
      description: head.description,
      siteUrl: head.siteUrl,
      feedUrls: feedUrlsByFormat,
      hub: websubConfig(strapi.config.get('plugin::newsroom.websub')).hub,
      locale,
      updated,
      items: feedItems,
    });
    return { documents, urls: feedUrlsByFormat, keys: [...head.keys, ...answerKeys(rows)] };
  }

  async function site(locale: string): Promise<BuiltFeed> {
    const views = urls().views();
    const name = views.siteName(locale);
    return build({ kind: 'site' }, 'site', locale, {
      title: name,
      description: feedLabels(locale).latest(name),
      siteUrl: views.home(locale),
      keys: [listKey({ name: 'site-feed' })],
    });
  }

  async function channelFeed(channel: any, locale: string): Promise<BuiltFeed> {
    const views = urls().views();
    // Channels are not translated: their description is in the default locale's language.
    const { fallback } = await getService(strapi, 'locales').list();
    const description =
      locale === fallback && channel.description
        ? channel.description
        : feedLabels(locale).channelLatest(channel.name);
    return build({ kind: 'channel', documentId: channel.documentId }, `channels/${channel.slug}`, locale, {
      title: `${views.siteName(locale)}: ${channel.name}`,
      description,
      siteUrl: views.home(locale),
      keys: [docKey(channel.documentId), listKey({ name: 'channel', channelId: channel.documentId })],
    });
  }

  async function seriesFeed(ref: Ref, locale: string): Promise<BuiltFeed> {
    const { data } = await getService(strapi, 'read').findSeries(ref, locale);
    const announced = (data.parts ?? []).filter((part: any) => part.status === 'announced');
    return build({ kind: 'series', documentId: data.documentId }, `series/${data.slug}`, locale, {
      title: data.title,
      description: seriesFeedDescription(data.description, announced, locale),
      siteUrl: data.canonicalUrl ?? urls().views().home(locale),
      keys: answerKeys(data),
    });
  }

  return {
    site,

    async channel(slug: string, locale: string): Promise<BuiltFeed> {
      const channel = await reads.channel(slug);
      if (!channel) throw notFound(`No published channel "${slug}".`);
      return channelFeed(channel, locale);
    },

    series: seriesFeed,

    /** The feed of a site, channel or series document in a locale; null when it does not exist (unpublished). */
    async byTarget(target: FeedTarget, locale: string): Promise<BuiltFeed | null> {
      if (target.kind === 'site') return site(locale);
      if (target.kind === 'channel') {
        const channel = await repo.publishedChannel(target.documentId);
        return channel ? channelFeed(channel, locale) : null;
      }
      const slug = await repo.publishedSeriesSlug(target.documentId, locale);
      return slug ? seriesFeed(parseRef(slug), locale) : null;
    },
  };
};

export type FeedsService = ReturnType<typeof createFeedsService>;
