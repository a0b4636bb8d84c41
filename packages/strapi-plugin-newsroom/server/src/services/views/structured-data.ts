import type { Core } from '@strapi/strapi';
import { articleJsonLd, seriesJsonLd } from '../../domain/structured-data';
import { getService } from '../../get-service';

/** http(s) image URLs in an article's Blocks pages, for JSON-LD's `image`. */
function imagesOf(pages: any[]): string[] {
  const found: string[] = [];
  const visit = (nodes: unknown) => {
    if (!Array.isArray(nodes)) return;
    for (const node of nodes as any[]) {
      const url = node?.type === 'image' ? node.image?.url : null;
      if (typeof url === 'string' && /^https?:\/\//.test(url) && !found.includes(url)) found.push(url);
      visit(node?.children);
    }
  };
  for (const page of pages ?? []) visit(page?.body);
  return found;
}

/** schema.org JSON-LD of read-API answers (articles and series), for the JSON API and the print views. */
export const createStructuredDataService = ({ strapi }: { strapi: Core.Strapi }) => {
  const urls = () => getService(strapi, 'urls');
  const publisher = (locale: string) => {
    const views = urls().views();
    return { name: views.siteName(locale), url: views.home(locale) };
  };

  return {
    /** `data`: an article answer of the read API (URLs and timeline included). */
    article(data: any) {
      if (!data.canonicalUrl) return null;
      return articleJsonLd({
        headline: data.title,
        description: data.teaser ?? null,
        canonicalUrl: data.canonicalUrl,
        locale: data.locale,
        datePublished: data.publishedAt,
        dateModified: data.updatedAt ?? data.publishedAt,
        authors: (data.authors ?? []).map((author: any) => author?.name).filter(Boolean),
        publisher: publisher(data.locale),
        images: imagesOf(data.pages),
        series: data.series
          ? {
              name: data.series.title,
              url: urls().forDocument('series', { ...data.series, locale: data.locale }).canonicalUrl,
              position: data.series.part.number,
            }
          : null,
        corrections: data.corrections ?? [],
        about: data.timeline ? { project: data.timeline.project, version: data.timeline.version } : null,
      });
    },

    /** `data`: a series answer of the read API; its parts in every language it has them in. */
    series(data: any) {
      const parts = (data.parts ?? []).flatMap((part: any) => {
        if (part.status === 'published' && part.canonicalUrl) {
          const { number, title, canonicalUrl, publishedAt } = part;
          return [
            {
              position: number,
              headline: title,
              url: canonicalUrl,
              locale: data.locale,
              datePublished: publishedAt,
            },
          ];
        }
        if (part.status === 'untranslated') {
          return part.languages
            .filter((l: any) => l.canonicalUrl)
            .map((l: any) => ({
              position: part.number,
              headline: l.title,
              url: l.canonicalUrl,
              locale: l.locale,
              datePublished: l.publishedAt,
            }));
        }
        return [];
      });
      return seriesJsonLd({
        name: data.title,
        description: data.description ?? null,
        canonicalUrl: data.canonicalUrl ?? null,
        locale: data.locale,
        publisher: publisher(data.locale),
        parts,
      });
    },
  };
};

export type StructuredDataService = ReturnType<typeof createStructuredDataService>;
