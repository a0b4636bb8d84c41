import type { Core } from '@strapi/strapi';
import { ARTICLE, AUTHOR, CHANNEL, SERIES } from '../uids';

const PUBLISHED = { $notNull: true };
const NAME = { select: ['documentId', 'name'] };
const URL_FIELDS = ['documentId', 'locale', 'slug', 'permalinkId', 'publishedAt'];
const FEED_FIELDS = [...URL_FIELDS, 'title', 'teaser', 'partNumber', 'publishedOn', 'updatedAt'];

export type FeedScope =
  { kind: 'site' } | { kind: 'channel'; documentId: string } | { kind: 'series'; documentId: string };

/**
 * Reads of the permalink resolver, print views, feeds and sitemap: published
 * rows only, each method a fixed number of queries whatever the data size.
 */
export const createViewsRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);

  return {
    /** Published versions (every locale) of the article or series holding a permalink id. */
    async byPermalinkId(id: number) {
      const where = { permalinkId: id, publishedAt: PUBLISHED };
      const [articles, series] = await Promise.all([
        query(ARTICLE).findMany({
          where,
          select: [...URL_FIELDS, 'publishedOn'],
          orderBy: { locale: 'asc' },
        }),
        query(SERIES).findMany({ where, select: URL_FIELDS, orderBy: { locale: 'asc' } }),
      ]);
      if (articles.length) return { type: 'article' as const, rows: articles };
      if (series.length) return { type: 'series' as const, rows: series };
      return null;
    },

    /** The published parts of a series in one locale, with everything a print shows. */
    async seriesParts(seriesDocumentId: string, locale: string) {
      return query(ARTICLE).findMany({
        where: { locale, publishedAt: PUBLISHED, series: { documentId: seriesDocumentId } },
        select: [...FEED_FIELDS, 'partnerLine'],
        populate: { pages: true, corrections: true, authors: NAME },
        orderBy: [{ partNumber: 'asc' }, { publishedOn: 'asc' }],
      });
    },

    /** The latest published articles of the site, a channel or a series (a series in part order). */
    async feedArticles(scope: FeedScope, locale: string, limit: number) {
      const where: Record<string, unknown> = { locale, publishedAt: PUBLISHED };
      if (scope.kind === 'channel') where.channel = { documentId: scope.documentId };
      if (scope.kind === 'series') where.series = { documentId: scope.documentId };
      return query(ARTICLE).findMany({
        where,
        select: FEED_FIELDS,
        populate: {
          authors: NAME,
          channel: { select: ['documentId', 'name', 'slug'] },
          series: { select: ['documentId'] },
        },
        orderBy:
          scope.kind === 'series'
            ? [{ partNumber: 'asc' }, { publishedOn: 'asc' }]
            : [{ publishedOn: 'desc' }, { id: 'desc' }],
        limit,
      });
    },

    /**
     * The feeds a document can appear in, over all its versions (drafts
     * included: a publish may move an article into another channel).
     */
    async feedsOf(uid: string, documentId: string) {
      const none = { site: false, channels: [] as string[], series: [] as string[] };
      const ids = (rows: any[], field: string) =>
        [...new Set(rows.map((row) => row[field]?.documentId).filter(Boolean))] as string[];
      if (uid === ARTICLE) {
        const rows = await query(ARTICLE).findMany({
          where: { documentId },
          select: ['id'],
          populate: { series: { select: ['documentId'] }, channel: { select: ['documentId'] } },
        });
        return { site: true, channels: ids(rows, 'channel'), series: ids(rows, 'series') };
      }
      if (uid === SERIES) return { ...none, series: [documentId] };
      if (uid === CHANNEL) return { ...none, site: true, channels: [documentId] };
      if (uid === AUTHOR) {
        // Bylines appear in every feed listing the author's articles.
        const rows = await query(ARTICLE).findMany({
          where: { authors: { documentId }, publishedAt: PUBLISHED },
          select: ['id'],
          populate: { series: { select: ['documentId'] }, channel: { select: ['documentId'] } },
        });
        return { site: rows.length > 0, channels: ids(rows, 'channel'), series: ids(rows, 'series') };
      }
      return none;
    },

    async publishedChannel(documentId: string) {
      return query(CHANNEL).findOne({
        where: { documentId, publishedAt: PUBLISHED },
        select: ['documentId', 'name', 'slug', 'description'],
      });
    },

    async publishedSeriesSlug(documentId: string, locale: string): Promise<string | null> {
      const row = await query(SERIES).findOne({
        where: { documentId, locale, publishedAt: PUBLISHED },
        select: ['slug'],
      });
      return row?.slug ?? null;
    },
  };
};

export type ViewsRepository = ReturnType<typeof createViewsRepository>;
