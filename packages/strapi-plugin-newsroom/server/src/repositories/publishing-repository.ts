import type { Core } from '@strapi/strapi';
import { ARTICLE, PERMALINK, SLUG_REDIRECT } from '../uids';

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

    async allocatedId(documentId: string): Promise<number | null> {
      const row = await query(PERMALINK).findOne({
        where: { targetDocumentId: documentId },
        select: ['permalinkId'],
      });
      return row?.permalinkId ?? null;
    },

    /**
     * Records `id` for the document unless another transaction got there
     * first (the unique index makes this one wait for it); returns the id the
     * document ends up with.
     */
    async allocate(uid: string, documentId: string, id: number): Promise<number> {
      await strapi.db.transaction(({ trx }) =>
        strapi.db
          .getConnection('newsroom_permalinks')
          .transacting(trx)
          .insert({ content_type: uid, target_document_id: documentId, permalink_id: id })
          .onConflict('target_document_id')
          .ignore(),
      );
      return (await this.allocatedId(documentId)) ?? id;
    },

    /**
     * Writes the id into the rows of the locale being published only: rows of
     * other locales may be locked by a concurrent publish of that locale, and
     * get the same id when they are published.
     */
    async setPermalinkId(uid: string, documentId: string, locale: string, id: number) {
      await query(uid).updateMany({
        where: { documentId, locale, permalinkId: null },
        data: { permalinkId: id },
      });
    },

    async setPublishedOn(uid: string, documentId: string, locale: string, at: Date) {
      await query(uid).updateMany({
        where: { documentId, locale, publishedOn: null },
        data: { publishedOn: at },
      });
    },

    /** The series and channel every version of an article points to. */
    /** Every row (draft and published, every locale) of a document, with what its answers render around it. */
    async factRows(uid: string, documentId: string) {
      const populate =
        uid === ARTICLE
          ? {
              series: { select: ['documentId'] },
              channel: { select: ['documentId'] },
              timeline: { select: ['documentId'] },
            }
          : undefined;
      const hasSlug = Boolean((strapi.getModel(uid as any) as any)?.attributes?.slug);
      const hasPermalink = Boolean((strapi.getModel(uid as any) as any)?.attributes?.permalinkId);
      return query(uid).findMany({
        where: { documentId },
        select: ['id', 'locale', ...(hasSlug ? ['slug'] : []), ...(hasPermalink ? ['permalinkId'] : [])],
        populate,
      }) as Promise<any[]>;
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
