import { Body, Endnotes, Heading, type NoteRefs } from './body';
import { showDate, showDateTime } from './dates';
import { numberEndnotes } from './endnotes';
import { labelsFor, printLanguage } from './labels';
import { normalizeBlocks } from './normalize';
import { authorsOf, correctionsOf, optionalText, pagesOf, text } from './read';
import { safeWebUrl } from './safe-url';
import type { PrintArticle, PrintOptions } from './types';

export interface ArticlePrintProps {
  article: PrintArticle;
  options: PrintOptions;
  /** Rank of the headline: 1 alone, 2 inside a series print. */
  rank: number;
  /** Keeps ids unique when several articles share one document. */
  idPrefix: string;
  id?: string;
  /** Language of the surrounding document; a part in another language gets its own lang. */
  documentLanguage?: string;
}

/** One article, all its pages, as the printed page shows it. */
export function ArticlePrint({ article, options, rank, idPrefix, id, documentLanguage }: ArticlePrintProps) {
  const language = printLanguage(article.locale);
  const labels = labelsFor(language);
  const zone = options.timezone;
  const pages = pagesOf(article).map((page) => ({
    title: optionalText(page.title),
    blocks: normalizeBlocks(page.body, options.baseUrl),
  }));
  const refs: NoteRefs = { numbers: numberEndnotes(pages.map((page) => page.blocks)), idPrefix };
  const kicker = optionalText(article.kicker);
  const series = article.series && typeof article.series.part === 'number' ? article.series : null;
  const authors = authorsOf(article);
  const published = showDateTime(article.publishedAt, zone, language);
  const corrections = correctionsOf(article);
  const partnerLine = optionalText(article.partnerLine);
  const permalink = safeWebUrl(article.permalinkUrl, options.baseUrl);

  return (
    <article id={id} className="print-article" lang={language === documentLanguage ? undefined : language}>
      <header>
        {kicker && <p className="kicker">{kicker}</p>}
        <Heading rank={rank}>{text(article.title)}</Heading>
        {series && (
          <p className="series-part">
            {optionalText(series.title) ? `${series.title} – ` : ''}
            {labels.partOf(series.part, series.of)}
          </p>
        )}
        {authors.length > 0 && <p className="byline">{labels.byline(authors)}</p>}
        {published && (
          <p className="dateline">
            <time dateTime={published.iso}>{published.text}</time>
          </p>
        )}
      </header>
      {pages.map((page, i) => (
        <section key={i} className="page">
          {page.title && <Heading rank={rank + 1}>{page.title}</Heading>}
          {/* Without a page title the body hangs directly under the headline. */}
          <Body blocks={page.blocks} parentRank={page.title ? rank + 1 : rank} refs={refs} />
        </section>
      ))}
      {corrections.length > 0 && (
        <section className="corrections">
          <Heading rank={rank + 1}>{labels.corrections}</Heading>
          <ul>
            {corrections.map((correction, i) => {
              const day = showDate(correction.date, zone, language);
              return (
                <li key={i}>
                  {day && <time dateTime={day.iso}>{day.text}</time>}
                  {day && ': '}
                  {correction.note}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <Endnotes refs={refs} rank={rank + 1} title={labels.links} />
      {(partnerLine || permalink) && (
        <footer className="article-footer">
          {partnerLine && <p className="partner-line">{partnerLine}</p>}
          {permalink && (
            <p className="permalink">
              {`${labels.permalink}: `}
              <a href={permalink}>{permalink}</a>
            </p>
          )}
        </footer>
      )}
    </article>
  );
}
