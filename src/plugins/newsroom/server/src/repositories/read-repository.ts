import type { Core } from '@strapi/strapi';
import { ARTICLE, SERIES } from '../uids';

const PUBLISHED = { $notNull: true };

export interface PartRow {
  documentId: string;
  partNumber: number | null;
  title: string;
  slug: string;
  teaser: string | null;
  publishedAt: string | null;
  firstPublishedAt: string | null;
  permalinkId: number | null;
  seriesId: number | null;
}

/**
 * Reads for the public API. Published rows only, except `partRows`, which
 * also returns draft rows so unpublished parts can be counted (never shown).
 * Each method runs a fixed number of queries whatever the data size.
 */
export const createReadRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);

  return {
    async seriesPage(locale: string, page: number, pageSize: number) {
      const where = { locale, publishedAt: PUBLISHED };
      const [rows, total] = await Promise.all([
        query(SERIES).findMany({
          where,
          select: [
            'id',
            'documentId',
            'title',
            'slug',
            'kicker',
            'description',
            'plannedParts',
            'state',
            'permalinkId',
          ],
          populate: { channel: { select: ['name', 'slug'] }, plannedPartList: true },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        query(SERIES).count({ where }),
      ]);
      return { rows, total };
    },

    /** Draft and published article rows of the given series (by series document) in one locale. */
    async partRows(
      seriesDocumentIds: string[],
      locale: string,
    ): Promise<(PartRow & { seriesDocumentId: string })[]> {
      if (seriesDocumentIds.length === 0) return [];
      const rows = await query(ARTICLE).findMany({
        where: { locale, series: { documentId: { $in: seriesDocumentIds } } },
        select: [
          'documentId',
          'partNumber',
          'title',
          'slug',
          'teaser',
          'publishedAt',
          'firstPublishedAt',
          'permalinkId',
        ],
        populate: { series: { select: ['documentId'] } },
      });
      return rows.map((row: any) => ({ ...row, seriesDocumentId: row.series?.documentId ?? null }));
    },
  };
};

export type ReadRepository = ReturnType<typeof createReadRepository>;
