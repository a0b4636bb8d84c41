import { DateTime } from 'luxon';
import { ArticlePrint } from './article';
import { Heading } from './body';
import { Contents, partId } from './contents';
import { labelsFor, printLanguage } from './labels';
import { optionalText, text } from './read';
import type { PrintArticle, PrintOptions, PrintSeries } from './types';

/**
 * The parts a series print shows: published ones only (a part without a
 * readable publication time is a draft and stays out), by part number.
 */
export function printableParts(parts: PrintArticle[]): PrintArticle[] {
  const number = (part: PrintArticle) =>
    typeof part.series?.part === 'number' ? part.series.part : Number.POSITIVE_INFINITY;
  return (Array.isArray(parts) ? parts : [])
    .filter(
      (part) =>
        typeof part === 'object' &&
        part !== null &&
        typeof part.publishedAt === 'string' &&
        DateTime.fromISO(part.publishedAt).isValid,
    )
    .sort((a, b) => number(a) - number(b));
}

export { partId } from './contents';

export function SeriesPrint({
  series,
  parts,
  options,
}: {
  series: PrintSeries;
  parts: PrintArticle[];
  options: PrintOptions;
}) {
  const language = printLanguage(series.locale);
  const labels = labelsFor(language);
  const kicker = optionalText(series.kicker);
  const description = optionalText(series.description);
  return (
    <main className="series-print">
      <header className="series-header">
        {kicker && <p className="kicker">{kicker}</p>}
        <h1>{text(series.title)}</h1>
        {description && <p className="series-description">{description}</p>}
      </header>
      <nav className="contents" aria-labelledby="contents-heading">
        <Heading rank={2} id="contents-heading">
          {labels.contents}
        </Heading>
        <Contents contents={series.contents} parts={parts} language={language} options={options} />
      </nav>
      {parts.map((part, i) => (
        <ArticlePrint
          key={i}
          article={part}
          options={options}
          rank={2}
          id={partId(i)}
          idPrefix={`${partId(i)}-`}
          documentLanguage={language}
        />
      ))}
    </main>
  );
}
