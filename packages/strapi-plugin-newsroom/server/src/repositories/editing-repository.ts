import type { Core } from '@strapi/strapi';

export interface DraftRow {
  id: number;
  updatedAt: string;
}

/** The draft row of a document behind the plugin's own save endpoints. */
export const createEditingRepository = (strapi: Core.Strapi) => {
  const table = (uid: string) => strapi.db.metadata.get(uid as any).tableName;
  const localized = (uid: string) =>
    Boolean((strapi.contentType(uid as any) as any)?.pluginOptions?.i18n?.localized);
  const where = (uid: string, documentId: string, locale: string | null) => ({
    document_id: documentId,
    published_at: null,
    ...(localized(uid) && locale ? { locale } : {}),
  });
  const toRow = (row: any): DraftRow | null =>
    row ? { id: Number(row.id), updatedAt: new Date(row.updated_at).toISOString() } : null;

  return {
    async draft(uid: string, documentId: string, locale: string | null): Promise<DraftRow | null> {
      const row = await strapi.db
        .getConnection(table(uid))
        .select('id', 'updated_at')
        .where(where(uid, documentId, locale))
        .first();
      return toRow(row);
    },

    /**
     * Takes the draft row's write lock for the rest of the transaction (a
     * no-op write: a row lock on PostgreSQL, the database's write lock on
     * SQLite), then reads it. Two saves of one draft run one after the other,
     * and the later one sees the version the earlier one wrote.
     */
    async lockDraft(trx: any, uid: string, documentId: string, locale: string | null) {
      const connection = () => strapi.db.getConnection(table(uid)).transacting(trx);
      await connection()
        .where(where(uid, documentId, locale))
        .update({ updated_at: strapi.db.connection.ref('updated_at') });
      return toRow(
        await connection()
          .select('id', 'updated_at')
          .where(where(uid, documentId, locale))
          .first(),
      );
    },

    async setUpdatedAt(trx: any, uid: string, id: number, at: Date) {
      await strapi.db.getConnection(table(uid)).transacting(trx).where({ id }).update({ updated_at: at });
    },
  };
};
