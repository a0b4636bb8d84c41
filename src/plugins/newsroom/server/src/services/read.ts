import type { Core } from '@strapi/strapi';
import { partsTotal, tableOfContents } from '../domain/parts';
import { pageMeta } from '../domain/query';
import { partArticles, plannedParts } from '../domain/series-parts';
import { createReadRepository } from '../repositories/read-repository';

/** The front-end read API: published content only, shaped for one request per page. */
export const createReadService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createReadRepository(strapi);

  return {
    async locales(): Promise<{ codes: string[]; fallback: string }> {
      const service = strapi.plugin('i18n').service('locales');
      const all = await service.find();
      return { codes: all.map((l: any) => l.code), fallback: (await service.getDefaultLocale()) ?? 'en' };
    },

    async listSeries(locale: string, page: number, pageSize: number) {
      const { rows, total } = await repo.seriesPage(locale, page, pageSize);
      const parts = await repo.partRows(
        rows.map((row: any) => row.documentId),
        locale,
      );
      const data = rows.map((row: any) => {
        const toc = tableOfContents(
          partArticles(parts.filter((part) => part.seriesDocumentId === row.documentId)),
          plannedParts(row.plannedPartList),
        );
        const published = toc.filter((entry) => entry.status === 'published');
        const latest = published.reduce<(typeof published)[number] | null>(
          (best, entry) =>
            !best ||
            (entry.status === 'published' &&
              best.status === 'published' &&
              entry.publishedAt > best.publishedAt)
              ? entry
              : best,
          null,
        );
        return {
          documentId: row.documentId,
          slug: row.slug,
          title: row.title,
          kicker: row.kicker ?? null,
          description: row.description ?? null,
          state: row.state,
          channel: row.channel ? { name: row.channel.name, slug: row.channel.slug } : null,
          partsTotal: partsTotal(row.plannedParts, toc),
          publishedParts: published.length,
          plannedParts: toc.length - published.length,
          latestPart: latest,
        };
      });
      return { data, meta: { locale, pagination: pageMeta(page, pageSize, total) } };
    },
  };
};

export type ReadService = ReturnType<typeof createReadService>;
