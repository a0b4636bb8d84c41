import type { Core } from '@strapi/strapi';

/** Dates come back as Date (PostgreSQL), epoch ms (SQLite raw) or ISO strings; biginteger as a string. */
export const asDate = (value: unknown): Date | null =>
  value === null || value === undefined ? null : value instanceof Date ? value : new Date(value as any);

/**
 * What the scheduler reads of the documents it acts on (articles, series,
 * any newsroom type): their rows per locale, their series and part number,
 * the parts of a series and their titles. The scheduled actions themselves
 * are in schedule-repository.ts.
 */
export const createScheduleTargetsRepository = (strapi: Core.Strapi) => ({
  /** Rows of a target document: one per locale and version, for validation and the state check. */
  async targetRows(uid: string, documentId: string, localized: boolean) {
    const select = ['id', 'publishedAt', ...(localized ? ['locale'] : [])];
    const rows = await strapi.db.query(uid as any).findMany({ where: { documentId }, select });
    return rows.map((row: any) => ({
      locale: (row.locale ?? null) as string | null,
      publishedAt: asDate(row.publishedAt),
    }));
  },

  /**
   * Inside the publishing transaction: the published rows of these documents
   * (in `locale`, for a type with locales) get `at` as their publishedAt: a
   * publish made ahead of its instant is dated at the instant.
   */
  async stampPublished(uid: string, documentIds: string[], locale: string | null, at: Date) {
    if (documentIds.length === 0) return 0;
    const localized = (strapi.getModel(uid as any) as any)?.pluginOptions?.i18n?.localized === true;
    const where = {
      documentId: { $in: documentIds },
      publishedAt: { $notNull: true },
      ...(localized && locale ? { locale } : {}),
    };
    const result = await strapi.db.query(uid as any).updateMany({ where, data: { publishedAt: at } });
    return Number(result?.count ?? 0);
  },

  /** An article's series and part number (draft row), for series filters and the order check. */
  async partOf(uid: string, documentId: string, locale: string | null) {
    const row = await strapi.db.query(uid as any).findOne({
      where: { documentId, publishedAt: null, ...(locale ? { locale } : {}) },
      select: ['id', 'partNumber'],
      populate: { series: { select: ['documentId'] } },
    });
    return row
      ? { seriesDocumentId: row.series?.documentId ?? null, partNumber: row.partNumber ?? null }
      : null;
  },

  /**
   * Parts of a series in a locale: the draft rows carry the series link; a
   * published row may not (it links the published series, if any), so the
   * published state is looked up by documentId.
   */
  async seriesParts(articleUid: string, seriesDocumentId: string, locale: string) {
    const drafts = await strapi.db.query(articleUid as any).findMany({
      where: { locale, publishedAt: null, series: { documentId: seriesDocumentId } },
      select: ['id', 'documentId', 'partNumber', 'title', 'publishedOn'],
    });
    const ids = drafts.map((row: any) => row.documentId);
    const published = ids.length
      ? await strapi.db.query(articleUid as any).findMany({
          where: { locale, documentId: { $in: ids }, publishedAt: { $notNull: true } },
          select: ['documentId', 'publishedAt', 'publishedOn'],
        })
      : [];
    const live = new Map<string, any>(published.map((row: any) => [row.documentId, row]));
    return drafts.map((row: any) => {
      const version = live.get(row.documentId);
      return {
        documentId: row.documentId as string,
        partNumber: row.partNumber as number | null,
        title: row.title as string,
        published: !!version,
        publishedOn: version ? (asDate(version.publishedOn) ?? asDate(version.publishedAt)) : null,
      };
    });
  },

  /** Draft titles (or names) by `documentId:locale` (locale empty for a type without locales). */
  async titles(uid: string, documentIds: string[]) {
    if (documentIds.length === 0) return new Map<string, string>();
    const model = strapi.getModel(uid as any) as any;
    const localized = model?.pluginOptions?.i18n?.localized === true;
    const rows = await strapi.db.query(uid as any).findMany({
      where: { documentId: { $in: documentIds }, publishedAt: null },
      select: [
        'documentId',
        ...(localized ? ['locale'] : []),
        ...['title', 'name'].filter((field) => model?.attributes?.[field]),
      ],
    });
    return new Map<string, string>(
      rows.map((row: any) => [
        `${row.documentId}:${localized ? row.locale : ''}`,
        row.title ?? row.name ?? '',
      ]),
    );
  },
});
