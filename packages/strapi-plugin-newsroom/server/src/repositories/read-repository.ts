import type { Core } from '@strapi/strapi';
import type { PartRow as SeriesPartRow } from '../domain/series-parts';
import { ARTICLE, CHANNEL, SERIES } from '../uids';

const PUBLISHED = { $notNull: true };
const PART_FIELDS = [
  'documentId',
  'locale',
  'partNumber',
  'title',
  'slug',
  'teaser',
  'publishedAt',
  'publishedOn',
  'permalinkId',
];
const SERIES_FIELDS = [
  'id',
  'documentId',
  'title',
  'slug',
  'kicker',
  'description',
  'plannedParts',
  'state',
  'permalinkId',
  'locale',
];
const NAMED = { select: ['documentId', 'name', 'slug'] };

/** A published part in one locale, with its series. */
export interface PartRow extends SeriesPartRow {
  locale: string;
  seriesDocumentId: string | null;
}

/**
 * Reads for the public API: published rows only, except `partRows`, which
 * also returns draft rows so unpublished parts can be counted (never shown).
 * Each method runs a fixed number of queries, whatever the size of the data.
 */
export const createReadRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);

  return {
    async seriesPage(locale: string, page: number, pageSize: number) {
      const where = { locale, publishedAt: PUBLISHED };
      const [rows, total] = await Promise.all([
        query(SERIES).findMany({
          where,
          select: SERIES_FIELDS,
          populate: { channel: NAMED, plannedPartList: true },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        query(SERIES).count({ where }),
      ]);
      return { rows, total };
    },

    async series(where: Record<string, unknown>) {
      return query(SERIES).findOne({
        where: { ...where, publishedAt: PUBLISHED },
        select: SERIES_FIELDS,
        populate: { channel: NAMED, plannedPartList: true },
      });
    },

    async article(where: Record<string, unknown>) {
      return query(ARTICLE).findOne({
        where: { ...where, publishedAt: PUBLISHED },
        select: [
          'documentId',
          'locale',
          'title',
          'slug',
          'teaser',
          'partnerLine',
          'partNumber',
          'permalinkId',
          'publishedAt',
          'publishedOn',
          'updatedAt',
        ],
        populate: {
          pages: true,
          corrections: true,
          authors: NAMED,
          channel: NAMED,
          series: { select: SERIES_FIELDS, populate: { plannedPartList: true } },
          timeline: {
            select: ['documentId', 'slug', 'project', 'version', 'previousVersion', 'releaseStatus'],
            populate: { milestones: true },
          },
        },
      });
    },

    /** The locales a document is published in, with their slugs (for hreflang). */
    async publishedLocales(uid: string, documentId: string) {
      return query(uid).findMany({
        where: { documentId, publishedAt: PUBLISHED },
        select: ['locale', 'slug'],
        orderBy: { locale: 'asc' },
      });
    },

    /**
     * Draft and published article rows of the given series, in every locale:
     * a part published only in English is listed in the German series too.
     */
    async partRows(seriesDocumentIds: string[]): Promise<PartRow[]> {
      if (seriesDocumentIds.length === 0) return [];
      const rows = await query(ARTICLE).findMany({
        where: { series: { documentId: { $in: seriesDocumentIds } } },
        select: PART_FIELDS,
        populate: { series: { select: ['documentId'] } },
      });
      return rows.map((row: any) => ({ ...row, seriesDocumentId: row.series?.documentId ?? null }));
    },

    async channel(slug: string) {
      return query(CHANNEL).findOne({
        where: { slug, publishedAt: PUBLISHED },
        select: ['documentId', 'name', 'slug', 'description'],
      });
    },

    async channelArticles(channelDocumentId: string, locale: string, page: number, pageSize: number) {
      const where = { locale, publishedAt: PUBLISHED, channel: { documentId: channelDocumentId } };
      const [rows, total] = await Promise.all([
        query(ARTICLE).findMany({
          where,
          select: [
            'documentId',
            'title',
            'slug',
            'teaser',
            'partNumber',
            'permalinkId',
            'publishedAt',
            'publishedOn',
          ],
          populate: { authors: NAMED, series: { select: ['documentId', 'title', 'slug'] } },
          orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        query(ARTICLE).count({ where }),
      ]);
      return { rows, total };
    },
  };
};

export type ReadRepository = ReturnType<typeof createReadRepository>;
