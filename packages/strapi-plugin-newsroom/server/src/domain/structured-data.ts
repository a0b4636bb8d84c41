import type { CorrectionComment, CreativeWorkSeries, NewsArticle, WithContext } from 'schema-dts';

/**
 * schema.org JSON-LD for articles and series, for search engines: typed with
 * schema-dts (Google's TypeScript types of the whole schema.org vocabulary),
 * so a property that schema.org does not define for the type fails to compile.
 * Google's Article rich results list no required property; the recommended
 * ones we have data for are all here (headline, author with name, publisher,
 * datePublished, dateModified, image when the article has one).
 */

export interface Publisher {
  name: string;
  url: string;
}

export interface ArticleData {
  headline: string;
  description: string | null;
  canonicalUrl: string;
  locale: string;
  /** First publication and last visible change, ISO 8601. */
  datePublished: string;
  dateModified: string;
  authors: string[];
  publisher: Publisher;
  images?: string[];
  /** For a part of a series. */
  series?: { name: string; url: string | null; position: number } | null;
  corrections?: { date: string; note: string }[];
  /** The software release the article was written about (its timeline). */
  about?: { project: string; version: string } | null;
}

export interface SeriesData {
  name: string;
  description: string | null;
  canonicalUrl: string | null;
  locale: string;
  publisher: Publisher;
  /** Published parts, in any language, by part number. */
  parts: { position: number; headline: string; url: string; locale: string; datePublished: string }[];
}

const organization = (publisher: Publisher) => ({
  '@type': 'Organization' as const,
  name: publisher.name,
  url: publisher.url,
});

export function articleJsonLd(article: ArticleData): WithContext<NewsArticle> {
  const corrections: CorrectionComment[] = (article.corrections ?? []).map((correction) => ({
    '@type': 'CorrectionComment',
    text: correction.note,
    datePublished: correction.date,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(article.description ? { description: article.description } : {}),
    url: article.canonicalUrl,
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.canonicalUrl },
    inLanguage: article.locale,
    datePublished: article.datePublished,
    dateModified: article.dateModified,
    author: article.authors.map((name) => ({ '@type': 'Person' as const, name })),
    publisher: organization(article.publisher),
    ...(article.images?.length ? { image: article.images } : {}),
    ...(article.series
      ? {
          position: article.series.position,
          isPartOf: {
            '@type': 'CreativeWorkSeries' as const,
            name: article.series.name,
            ...(article.series.url ? { url: article.series.url } : {}),
          },
        }
      : {}),
    ...(corrections.length ? { correction: corrections } : {}),
    ...(article.about
      ? {
          about: {
            '@type': 'SoftwareApplication' as const,
            name: article.about.project,
            softwareVersion: article.about.version,
          },
        }
      : {}),
  };
}

export function seriesJsonLd(series: SeriesData): WithContext<CreativeWorkSeries> {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWorkSeries',
    name: series.name,
    ...(series.description ? { description: series.description } : {}),
    ...(series.canonicalUrl
      ? { url: series.canonicalUrl, mainEntityOfPage: { '@type': 'WebPage', '@id': series.canonicalUrl } }
      : {}),
    inLanguage: series.locale,
    publisher: organization(series.publisher),
    hasPart: [...series.parts]
      .sort((a, b) => a.position - b.position || a.locale.localeCompare(b.locale))
      .map((part) => ({
        '@type': 'NewsArticle' as const,
        headline: part.headline,
        url: part.url,
        position: part.position,
        inLanguage: part.locale,
        datePublished: part.datePublished,
      })),
  };
}
