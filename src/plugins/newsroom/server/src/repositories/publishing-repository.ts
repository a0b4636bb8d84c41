import type { Core } from '@strapi/strapi';
import { ARTICLE, SLUG_REDIRECT } from '../uids';

/** Row-level reads and writes around publishing: permalink ids, first publication, old slugs. */
export const createPublishingRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);

  return {
    async rows(uid: string, documentId: string, status: 'draft' | 'published', select: string[]) {
      return query(uid).findMany({
        where: { documentId, publishedAt: status === 'draft' ? null : { $notNull: true } },
        select: ['id', 'locale', ...select],
      });
    },

    /** Sets the id on every row of the document that has none yet; returns the id the document ends up with. */
    async assignPermalinkId(uid: string, documentId: string, id: number): Promise<number> {
      await query(uid).updateMany({ where: { documentId, permalinkId: null }, data: { permalinkId: id } });
      const row = await query(uid).findOne({ where: { documentId }, select: ['permalinkId'] });
      return row?.permalinkId ?? id;
    },

    async setFirstPublishedAt(uid: string, documentId: string, locale: string, at: Date) {
      await query(uid).updateMany({
        where: { documentId, locale, firstPublishedAt: null },
        data: { firstPublishedAt: at },
      });
    },

    /** The series and channel every version of an article points to. */
    async relatedOf(documentId: string) {
      return query(ARTICLE).findMany({
        where: { documentId },
        select: ['id'],
        populate: { series: { select: ['documentId'] }, channel: { select: ['slug'] } },
      });
    },

    async addRedirect(uid: string, locale: string, slug: string, targetDocumentId: string) {
      const where = { contentType: uid, slugLocale: locale, slug };
      await query(SLUG_REDIRECT).deleteMany({ where });
      await query(SLUG_REDIRECT).create({ data: { ...where, targetDocumentId } });
    },

    async redirectTarget(uid: string, locale: string, slug: string): Promise<string | null> {
      const row = await query(SLUG_REDIRECT).findOne({
        where: { contentType: uid, slugLocale: locale, slug },
        select: ['targetDocumentId'],
      });
      return row?.targetDocumentId ?? null;
    },
  };
};

export type PublishingRepository = ReturnType<typeof createPublishingRepository>;
