import type { Core } from '@strapi/strapi';
import { answerKeys } from '../../domain/cache-keys';
import {
  renderArticlePrint,
  renderSeriesPrint,
  type PrintArticle,
  type PrintContentsEntry,
} from '../../domain/print';
import type { Ref } from '../../domain/refs';
import { createViewsRepository } from '../../repositories/views-repository';
import { getService } from '../../get-service';

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

/** The read API's table of contents as the series print lists it. */
export function printContents(parts: any[]): PrintContentsEntry[] {
  return parts.map((part) => {
    if (part.status === 'untranslated') {
      return {
        number: part.number,
        status: 'untranslated' as const,
        languages: part.languages.map((l: any) => ({
          locale: l.locale,
          title: l.title,
          url: l.canonicalUrl,
        })),
      };
    }
    if (part.status === 'published') return { number: part.number, status: 'published' as const };
    return {
      number: part.number,
      status: 'announced' as const,
      workingTitle: part.workingTitle,
      expectedAt: part.expectedAt,
    };
  });
}

/** Relative upload URLs ("/uploads/x.png") resolve against Strapi's public URL, when it is absolute. */
function baseUrl(strapi: Core.Strapi): string | undefined {
  const url = strapi.config.get('server.url') as string | undefined;
  return url && /^https?:\/\//.test(url) ? url : undefined;
}

/**
 * Print views: the published article or series read like the read API reads
 * it (permalink id or slug, old slugs followed), rendered by domain/print.
 */
export const createPrintService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createViewsRepository(strapi);
  const options = () => ({
    timezone: strapi.config.get('plugin::newsroom.timezone') as string,
    baseUrl: baseUrl(strapi),
  });

  return {
    async article(ref: Ref, locale: string) {
      const { data } = await getService(strapi, 'read').findArticle(ref, locale);
      const urls = getService(strapi, 'urls').forDocument('article', data);
      const series = data.series;
      const print: PrintArticle = {
        title: data.title,
        kicker: series?.kicker ?? null,
        series: series ? { title: series.title, part: series.part.number, of: series.part.of } : null,
        authors: data.authors.map((author: any) => author?.name),
        publishedAt: data.publishedAt,
        pages: data.pages.map((page: any) => ({ title: page.title, body: page.body })),
        corrections: data.corrections.map((c: any) => ({ date: c.date, note: c.note })),
        partnerLine: data.partnerLine,
        permalinkUrl: urls.permalinkUrl,
        canonicalUrl: urls.canonicalUrl,
        locale: data.locale,
        jsonLd: data.jsonLd,
      };
      return { html: renderArticlePrint(print, options()), keys: answerKeys(data) };
    },

    async series(ref: Ref, locale: string) {
      const { data } = await getService(strapi, 'read').findSeries(ref, locale);
      const rows = await repo.seriesParts(data.documentId, locale);
      const urls = getService(strapi, 'urls');
      const parts: PrintArticle[] = rows.map((row: any) => {
        const links = urls.forDocument('article', row);
        return {
          title: row.title,
          kicker: data.kicker,
          series: { title: data.title, part: row.partNumber, of: data.partsTotal },
          authors: (row.authors ?? []).map((author: any) => author.name),
          publishedAt: iso(row.publishedOn ?? row.publishedAt),
          pages: (row.pages ?? []).map((page: any) => ({ title: page.title, body: page.body })),
          corrections: [...(row.corrections ?? [])]
            .sort((a: any, b: any) => (a.date < b.date ? -1 : 1))
            .map((c: any) => ({ date: iso(c.date) as string, note: c.note })),
          partnerLine: row.partnerLine ?? null,
          permalinkUrl: links.permalinkUrl,
          canonicalUrl: links.canonicalUrl,
          locale: row.locale,
        };
      });
      const html = renderSeriesPrint(
        {
          title: data.title,
          kicker: data.kicker,
          description: data.description,
          canonicalUrl: urls.forDocument('series', data).canonicalUrl,
          locale: data.locale,
          contents: printContents(data.parts ?? []),
          jsonLd: data.jsonLd,
        },
        parts,
        options(),
      );
      return { html, keys: answerKeys([data, rows]) };
    },
  };
};

export type PrintService = ReturnType<typeof createPrintService>;
