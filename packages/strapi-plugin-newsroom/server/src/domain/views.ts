import { neighbours, partsTotal, tableOfContents, type TocEntry } from './parts';
import { partArticles, plannedParts } from './series-parts';

/** Shapes database rows into what the read API answers. Pure, so it can be tested alone. */

export interface Named {
  documentId: string;
  name: string;
  slug: string;
}

const named = (row: any): Named | null =>
  row ? { documentId: row.documentId, name: row.name, slug: row.slug } : null;
const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

/** The series' parts in the series row's language; `rows` are its articles' rows in every language. */
export function seriesToc(
  series: any,
  rows: any[],
  locale: string = series.locale,
): { toc: TocEntry[]; total: number } {
  const toc = tableOfContents(
    partArticles(
      rows.filter((row) => row.seriesDocumentId === series.documentId),
      locale,
    ),
    plannedParts(series.plannedPartList),
  );
  return { toc, total: partsTotal(series.plannedParts, toc) };
}

export function seriesSummary(series: any, rows: any[]) {
  const { toc, total } = seriesToc(series, rows);
  const published = toc.filter((entry) => entry.status === 'published');
  const latest = [...published].sort((a, b) => (a.publishedAt < b.publishedAt ? 1 : -1))[0] ?? null;
  return {
    documentId: series.documentId,
    permalinkId: series.permalinkId ?? null,
    slug: series.slug,
    title: series.title,
    kicker: series.kicker ?? null,
    description: series.description ?? null,
    state: series.state,
    channel: named(series.channel),
    partsTotal: total,
    publishedParts: published.length,
    untranslatedParts: toc.filter((entry) => entry.status === 'untranslated').length,
    plannedParts: toc.filter((entry) => entry.status === 'announced').length,
    latestPart: latest,
  };
}

export function seriesDetail(series: any, rows: any[], locales: { locale: string; slug: string }[]) {
  const { toc } = seriesToc(series, rows);
  return {
    ...seriesSummary(series, rows),
    locale: series.locale,
    localizations: locales.filter((l) => l.locale !== series.locale),
    parts: toc,
  };
}

function seriesContext(article: any, rows: any[]) {
  const series = article.series;
  if (!series || !article.partNumber) return null;
  const { toc, total } = seriesToc(series, rows, article.locale);
  const around = neighbours(toc, article.partNumber);
  return {
    documentId: series.documentId,
    slug: series.slug,
    title: series.title,
    kicker: series.kicker ?? null,
    part: { number: article.partNumber, of: total },
    previous: around.previous,
    next: around.next,
    parts: toc,
  };
}

export function articleDetail(article: any, rows: any[], locales: { locale: string; slug: string }[]) {
  const pages = [...(article.pages ?? [])];
  const corrections = [...(article.corrections ?? [])].sort((a, b) => (a.date < b.date ? -1 : 1));
  return {
    documentId: article.documentId,
    permalinkId: article.permalinkId ?? null,
    locale: article.locale,
    slug: article.slug,
    title: article.title,
    teaser: article.teaser ?? null,
    publishedAt: iso(article.publishedOn ?? article.publishedAt),
    updatedAt: iso(article.publishedAt),
    authors: (article.authors ?? []).map(named),
    channel: named(article.channel),
    partnerLine: article.partnerLine ?? null,
    pages: pages.map((page: any, index: number) => ({
      number: index + 1,
      title: page.title,
      body: page.body ?? [],
    })),
    corrections: corrections.map((c: any) => ({ date: iso(c.date), note: c.note })),
    localizations: locales.filter((l) => l.locale !== article.locale),
    series: seriesContext(article, rows),
  };
}

export function channelArticle(row: any) {
  return {
    documentId: row.documentId,
    permalinkId: row.permalinkId ?? null,
    slug: row.slug,
    title: row.title,
    teaser: row.teaser ?? null,
    publishedAt: iso(row.publishedOn ?? row.publishedAt),
    authors: (row.authors ?? []).map(named),
    series: row.series
      ? {
          documentId: row.series.documentId,
          slug: row.series.slug,
          title: row.series.title,
          part: row.partNumber ?? null,
        }
      : null,
  };
}
