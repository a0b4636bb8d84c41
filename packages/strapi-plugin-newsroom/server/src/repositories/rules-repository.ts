import type { Core } from '@strapi/strapi';
import { ARTICLE, LOCALIZED_TYPES } from '../uids';
import type { RelationRef } from '../domain/relations';

/**
 * Look-ups the save rules need. Every one reads draft rows unless it says
 * otherwise: in Strapi 5 every document has a draft, which is what editors save.
 */
export const createRulesRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);

  return {
    async currentDraft(uid: string, documentId: string, locale: string | null, populate: string[] = []) {
      const where: Record<string, unknown> = { documentId, publishedAt: null };
      if (locale && LOCALIZED_TYPES.includes(uid)) where.locale = locale;
      return query(uid).findOne({ where, populate });
    },

    async documentIdOf(uid: string, ref: RelationRef): Promise<string | null> {
      if ('documentId' in ref) return ref.documentId;
      const row = await query(uid).findOne({ where: { id: ref.id }, select: ['documentId'] });
      return row?.documentId ?? null;
    },

    async slugTaken(uid: string, slug: string, locale: string | null, exceptDocumentId?: string) {
      const where: Record<string, unknown> = { slug };
      if (locale && LOCALIZED_TYPES.includes(uid)) where.locale = locale;
      if (exceptDocumentId) where.documentId = { $ne: exceptDocumentId };
      return (await query(uid).count({ where })) > 0;
    },

    /** The articles of a series in one locale that hold `number`, other than `exceptDocumentId`. */
    async partHolders(
      seriesDocumentId: string,
      number: number,
      locale: string,
      status: 'draft' | 'published',
      exceptDocumentId?: string,
    ) {
      const where: Record<string, unknown> = {
        series: { documentId: seriesDocumentId },
        partNumber: number,
        locale,
        publishedAt: status === 'draft' ? null : { $notNull: true },
      };
      if (exceptDocumentId) where.documentId = { $ne: exceptDocumentId };
      return query(ARTICLE).findMany({ where, select: ['documentId', 'title'] });
    },

    /** The series each other locale of an article is a part of (its draft rows), for shared part numbers. */
    async otherLocaleSeries(
      documentId: string,
      locale: string,
    ): Promise<{ locale: string; seriesId: string }[]> {
      const rows = await query(ARTICLE).findMany({
        where: { documentId, publishedAt: null, locale: { $ne: locale } },
        select: ['locale'],
        populate: { series: { select: ['documentId'] } },
      });
      return rows
        .filter((row: any) => row.series?.documentId)
        .map((row: any) => ({ locale: row.locale, seriesId: row.series.documentId }));
    },

    async partNumbers(seriesDocumentId: string, locale: string, exceptDocumentId?: string) {
      const where: Record<string, unknown> = {
        series: { documentId: seriesDocumentId },
        locale,
        publishedAt: null,
      };
      if (exceptDocumentId) where.documentId = { $ne: exceptDocumentId };
      const rows = await query(ARTICLE).findMany({ where, select: ['partNumber'] });
      return rows.map((row: any) => row.partNumber).filter((n: unknown) => typeof n === 'number');
    },

    async permalinkOf(uid: string, documentId: string): Promise<number | null> {
      const row = await query(uid).findOne({
        where: { documentId, permalinkId: { $notNull: true } },
        select: ['permalinkId'],
      });
      return row?.permalinkId ?? null;
    },

    async seriesExists(documentId: string, locale: string) {
      return (await query('plugin::newsroom.series').count({ where: { documentId, locale } })) > 0;
    },
  };
};

export type RulesRepository = ReturnType<typeof createRulesRepository>;
