import type { Core } from '@strapi/strapi';
import { ARTICLE, SERIES } from '../uids';

export interface SitemapRow {
  documentId: string;
  locale: string;
  slug: string | null;
  permalinkId: number | null;
  publishedAt: Date;
  publishedOn: Date | null;
}

const asDate = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * The sitemap's reads. Plain knex on the tables Strapi made (names from its
 * metadata): a site of 100,000 published URLs is one scan per type, where
 * the query engine would populate relations with an IN list of every id.
 */
export const createSitemapRepository = (strapi: Core.Strapi) => {
  const meta = (uid: string) => strapi.db.metadata.get(uid as any) as any;
  const column = (uid: string, attribute: string): string =>
    meta(uid).attributes[attribute]?.columnName ?? attribute;

  function published(uid: string, extra: string[] = []) {
    const c = (name: string) => `${column(uid, name)} as ${name}`;
    return strapi.db
      .getConnection(meta(uid).tableName)
      .select(['documentId', 'locale', 'slug', 'permalinkId', 'publishedAt', ...extra].map(c))
      .whereNotNull(column(uid, 'publishedAt'));
  }

  const normalize = (row: any): SitemapRow => ({
    documentId: row.documentId,
    locale: row.locale,
    slug: row.slug ?? null,
    permalinkId: row.permalinkId === null || row.permalinkId === undefined ? null : Number(row.permalinkId),
    publishedAt: asDate(row.publishedAt) as Date,
    publishedOn: asDate(row.publishedOn),
  });

  return {
    /** Every published article and series version, oldest permalink first (new documents go to the end). */
    async rows(): Promise<{ articles: SitemapRow[]; series: SitemapRow[] }> {
      const order = (uid: string) => [
        column(uid, 'permalinkId'),
        column(uid, 'documentId'),
        column(uid, 'locale'),
      ];
      const [articles, series] = await Promise.all([
        published(ARTICLE, ['publishedOn']).orderBy(order(ARTICLE)),
        published(SERIES).orderBy(order(SERIES)),
      ]);
      return { articles: articles.map(normalize), series: series.map(normalize) };
    },

    /**
     * The latest publish of any part of each series (any locale): a series
     * page lists its parts, in every language, so that is a change of it too.
     */
    async latestPartPublish(): Promise<Map<string, Date>> {
      const article = meta(ARTICLE);
      const series = meta(SERIES);
      const join = article.attributes.series.joinTable;
      const rows = await strapi.db
        .getConnection(`${article.tableName} as a`)
        .join(`${join.name} as j`, `j.${join.joinColumn.name}`, 'a.id')
        .join(`${series.tableName} as s`, 's.id', `j.${join.inverseJoinColumn.name}`)
        .whereNotNull(`a.${column(ARTICLE, 'publishedAt')}`)
        .groupBy(`s.${column(SERIES, 'documentId')}`)
        .select(`s.${column(SERIES, 'documentId')} as documentId`)
        .max({ at: `a.${column(ARTICLE, 'publishedAt')}` });
      return new Map(rows.map((row: any) => [row.documentId, asDate(row.at) as Date]));
    },

    /** Articles first published at or after `since`, newest first, for the news sitemap. */
    async newsRows(since: Date, limit: number): Promise<(SitemapRow & { title: string })[]> {
      const rows = await published(ARTICLE, ['publishedOn', 'title'])
        .where(column(ARTICLE, 'publishedOn'), '>=', since)
        .orderBy(column(ARTICLE, 'publishedOn'), 'desc')
        .limit(limit);
      return rows.map((row: any) => ({ ...normalize(row), title: row.title as string }));
    },
  };
};

export type SitemapRepository = ReturnType<typeof createSitemapRepository>;
