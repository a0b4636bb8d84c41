import type { Core } from '@strapi/strapi';
import { ARTICLE, SCHEDULED_ACTION, SERIES } from '../uids';
import { asDate } from './schedule-targets-repository';

/** Reads of drafts for previews and share links: the only newsroom reads that return draft text to a page. */
export const createPreviewRepository = (strapi: Core.Strapi) => {
  const documents = (uid: string) => strapi.documents(uid as any) as any;
  const query = (uid: string) => strapi.db.query(uid as any);

  return {
    /** The draft of an article in one locale, with what its print rendering needs. */
    async articleDraft(documentId: string, locale: string | null) {
      return documents(ARTICLE).findOne({
        documentId,
        locale: locale ?? undefined,
        status: 'draft',
        populate: {
          pages: true,
          corrections: true,
          authors: { fields: ['name'] },
          series: { fields: ['title', 'kicker', 'plannedParts'] },
        },
      });
    },

    /** The series draft in one locale, with its planned parts. */
    async seriesDraft(documentId: string, locale: string | null) {
      return documents(SERIES).findOne({
        documentId,
        locale: locale ?? undefined,
        status: 'draft',
        populate: { plannedPartList: true },
      });
    },

    /** Draft and published rows of the series' parts in one locale. */
    async seriesPartRows(seriesDocumentId: string, locale: string | null) {
      const where: Record<string, unknown> = { series: { documentId: seriesDocumentId } };
      if (locale) where.locale = locale;
      const rows = await query(ARTICLE).findMany({
        where,
        select: ['documentId', 'locale', 'title', 'partNumber', 'publishedAt', 'publishedOn'],
      });
      return rows.map((row: any) => ({
        ...row,
        publishedAt: asDate(row.publishedAt),
        publishedOn: asDate(row.publishedOn),
      }));
    },

    /** The highest part number in the series (any locale, any version): "Part 3 of 4". */
    async highestPart(seriesDocumentId: string) {
      const rows = await query(ARTICLE).findMany({
        where: { series: { documentId: seriesDocumentId }, partNumber: { $notNull: true } },
        select: ['partNumber'],
        orderBy: [{ partNumber: 'desc' }],
        limit: 1,
      });
      return (rows[0]?.partNumber as number | undefined) ?? 0;
    },

    /** Pending publishes and unpublishes of the given documents in one locale. */
    async pendingChanges(documentIds: string[], locale: string | null) {
      if (
        documentIds.length === 0 ||
        !strapi.contentTypes[SCHEDULED_ACTION as keyof typeof strapi.contentTypes]
      )
        return [];
      const rows = await query(SCHEDULED_ACTION).findMany({
        where: {
          status: { $in: ['pending', 'running'] },
          targetDocumentId: { $in: documentIds },
          ...(locale ? { targetLocale: locale } : {}),
        },
        select: ['targetDocumentId', 'action', 'dueAt'],
        orderBy: [{ dueAt: 'asc' }],
      });
      return rows.map((row: any) => ({
        documentId: row.targetDocumentId as string,
        action: row.action as 'publish' | 'unpublish',
        dueAt: (asDate(row.dueAt) as Date).toISOString(),
      }));
    },
  };
};

export type PreviewRepository = ReturnType<typeof createPreviewRepository>;
