import type { Core } from '@strapi/strapi';
import { ARTICLE, SCHEDULED_ACTION, SERIES } from '../uids';

export interface BoardArticleRow {
  documentId: string;
  locale: string;
  /** Null once blanked for a viewer who may not read it. */
  title: string | null;
  slug: string | null;
  partNumber: number | null;
  permalinkId: number | null;
  publishedAt: string | null;
  seriesDocumentId: string | null;
}

export interface BoardSeriesRow {
  documentId: string;
  locale: string;
  title: string | null;
  slug: string | null;
  state: string;
  plannedParts: number | null;
  plannedPartList: any[];
}

export interface PendingRow {
  documentId: string;
  targetDocumentId: string;
  targetLocale: string | null;
  action: 'publish' | 'unpublish';
  dueAt: string;
  wallClock: string | null;
  zone: string | null;
}

const ARTICLE_FIELDS = ['documentId', 'locale', 'title', 'slug', 'partNumber', 'permalinkId', 'publishedAt'];

/** Reads behind the admin board and the edit-view panel: every locale, drafts included. */
export const createBoardRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);
  const toArticle = (row: any): BoardArticleRow => ({
    ...row,
    seriesDocumentId: row.series?.documentId ?? null,
  });

  async function articleRows(documentIds: string[]): Promise<BoardArticleRow[]> {
    if (documentIds.length === 0) return [];
    const rows = await query(ARTICLE).findMany({
      where: { documentId: { $in: documentIds } },
      select: ARTICLE_FIELDS,
      populate: { series: { select: ['documentId'] } },
    });
    return rows.map(toArticle);
  }

  return {
    /** Draft rows of every series, each locale, with its planned parts. */
    async seriesRows(documentIds?: string[]): Promise<BoardSeriesRow[]> {
      const where: Record<string, unknown> = { publishedAt: null };
      if (documentIds) where.documentId = { $in: documentIds };
      return query(SERIES).findMany({
        where,
        select: ['documentId', 'locale', 'title', 'slug', 'state', 'plannedParts', 'createdAt'],
        populate: { plannedPartList: true },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
    },

    /** Draft and published rows of the articles that are parts of the given series (all, when omitted). */
    async partRows(seriesDocumentIds?: string[]): Promise<BoardArticleRow[]> {
      const series = seriesDocumentIds
        ? { documentId: { $in: seriesDocumentIds } }
        : { id: { $notNull: true } };
      const linked = await query(ARTICLE).findMany({ where: { series }, select: ['documentId'] });
      const ids = [...new Set(linked.map((row: any) => row.documentId as string))];
      return articleRows(ids);
    },

    /** Every row (draft and published, each locale) of the given articles. */
    articleRows,

    /** Pending scheduled actions of the given documents, soonest first (none when scheduling is absent). */
    async pending(documentIds: string[]): Promise<PendingRow[]> {
      if (
        documentIds.length === 0 ||
        !strapi.contentTypes[SCHEDULED_ACTION as keyof typeof strapi.contentTypes]
      ) {
        return [];
      }
      const rows = await query(SCHEDULED_ACTION).findMany({
        where: { status: 'pending', targetDocumentId: { $in: documentIds } },
        select: ['documentId', 'targetDocumentId', 'targetLocale', 'action', 'dueAt', 'wallClock', 'zone'],
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map((row: any) => ({ ...row, dueAt: new Date(row.dueAt).toISOString() }));
    },
  };
};

export type BoardRepository = ReturnType<typeof createBoardRepository>;
