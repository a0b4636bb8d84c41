import type { Core } from '@strapi/strapi';
import { ARTICLE, SERIES } from '../uids';

/** The writes behind reordering a series, run inside one transaction. */
export const createRenumberRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);

  return {
    /**
     * Locks the series' rows until the transaction ends (PostgreSQL), so two
     * reorders of one series run one after the other. SQLite has one writer
     * at a time anyway.
     */
    async lockSeries(trx: any, documentId: string) {
      if (strapi.db.dialect.client !== 'postgres') return;
      await strapi.db
        .getConnection('newsroom_series')
        .transacting(trx)
        .select('id')
        .where({ document_id: documentId })
        .forUpdate();
    },

    async seriesExists(documentId: string, locale: string) {
      return (await query(SERIES).count({ where: { documentId, locale } })) > 0;
    },

    /** The documents that are parts of the series in `locale` (draft rows), with their numbers. */
    async parts(seriesDocumentId: string, locale: string) {
      return query(ARTICLE).findMany({
        where: { locale, publishedAt: null, series: { documentId: seriesDocumentId } },
        select: ['documentId', 'partNumber', 'title'],
        orderBy: [{ partNumber: 'asc' }],
      });
    },

    /** The draft rows (one per locale) of the given articles. */
    async draftLocales(
      documentIds: string[],
    ): Promise<{ documentId: string; locale: string; title: string }[]> {
      if (documentIds.length === 0) return [];
      return query(ARTICLE).findMany({
        where: { documentId: { $in: documentIds }, publishedAt: null },
        select: ['documentId', 'locale', 'title'],
      });
    },

    /** Every draft part of the series in every locale, with its number. */
    async numberedRows(seriesDocumentId: string) {
      return query(ARTICLE).findMany({
        where: { publishedAt: null, series: { documentId: seriesDocumentId } },
        select: ['documentId', 'locale', 'partNumber', 'title'],
        orderBy: [{ id: 'asc' }],
      });
    },

    /** Part numbers are shared by every locale and version of an article. */
    async setNumber(documentId: string, partNumber: number) {
      await query(ARTICLE).updateMany({ where: { documentId }, data: { partNumber } });
    },
  };
};
