import { ArticlePrint } from './article';
import { assertTimezone } from './dates';
import { renderDocument } from './document';
import { printLanguage } from './labels';
import { text } from './read';
import { safeWebUrl } from './safe-url';
import { SeriesPrint, printableParts } from './series';
import type { PrintArticle, PrintOptions, PrintSeries } from './types';

/**
 * The print view of one article: every page on one printable HTML page, links
 * as numbered endnotes. Throws RuleError only for a timezone that is not IANA;
 * anything odd in the article itself is skipped, never thrown.
 */
export function renderArticlePrint(article: PrintArticle, options: PrintOptions): string {
  assertTimezone(options?.timezone);
  const language = printLanguage(article.locale);
  return renderDocument({
    lang: language,
    title: text(article.title),
    canonicalUrl: safeWebUrl(article.canonicalUrl, options.baseUrl),
    jsonLd: article.jsonLd,
    children: (
      <main className="article-print">
        <ArticlePrint article={article} options={options} rank={1} idPrefix="" documentLanguage={language} />
      </main>
    ),
  });
}

/**
 * Every published part of a series in one document, contents first. Each part
 * keeps its own endnotes, numbered from [1], right after it.
 */
export function renderSeriesPrint(series: PrintSeries, parts: PrintArticle[], options: PrintOptions): string {
  assertTimezone(options?.timezone);
  return renderDocument({
    lang: printLanguage(series.locale),
    title: text(series.title),
    canonicalUrl: safeWebUrl(series.canonicalUrl, options.baseUrl),
    jsonLd: series.jsonLd,
    children: <SeriesPrint series={series} parts={printableParts(parts)} options={options} />,
  });
}
