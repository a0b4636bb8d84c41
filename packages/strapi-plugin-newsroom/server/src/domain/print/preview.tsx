import type { SeriesPreviewEntry } from '../share/series-as-of';
import { ArticlePrint } from './article';
import { assertTimezone, showDate, showDateTime } from './dates';
import { renderDocument } from './document';
import { labelsFor, printLanguage } from './labels';
import { optionalText, text } from './read';
import type { PrintArticle, PrintLocale, PrintOptions, PrintSeries } from './types';

/** Previews and share links are drafts: search engines keep out (the HTTP layer also sends X-Robots-Tag). */
const ROBOTS = 'noindex, nofollow';

const WORDS: Record<
  PrintLocale,
  { draft: string; asOf: string; lookOn: string; announced: string; other: string }
> = {
  en: {
    draft: 'Draft preview, not published',
    asOf: 'as saved on',
    lookOn: 'The series as it will look on',
    announced: 'announced',
    other: 'Other dates with a scheduled change:',
  },
  de: {
    draft: 'Entwurfsvorschau, nicht veröffentlicht',
    asOf: 'Stand',
    lookOn: 'Die Reihe, wie sie aussehen wird am',
    announced: 'angekündigt',
    other: 'Weitere Tage mit einer geplanten Änderung:',
  },
};

export interface PreviewFrame {
  /** When the draft was read: a share link's snapshot time, or now for a live preview. */
  savedAt: string;
}

/** A draft article as readers would see it, under a banner that says it is a draft. */
export function renderArticlePreview(
  article: PrintArticle,
  options: PrintOptions,
  frame: PreviewFrame,
): string {
  assertTimezone(options?.timezone);
  const language = printLanguage(article.locale);
  const words = WORDS[language];
  const saved = showDateTime(frame.savedAt, options.timezone, language);
  return renderDocument({
    lang: language,
    title: `${words.draft}: ${text(article.title)}`,
    canonicalUrl: null,
    robots: ROBOTS,
    children: (
      <main className="article-print">
        <p className="preview-banner" role="note">
          {words.draft}
          {saved && ` · ${words.asOf} ${saved.text}`}
        </p>
        <ArticlePrint article={article} options={options} rank={1} idPrefix="" documentLanguage={language} />
      </main>
    ),
  });
}

export interface SeriesPreviewFrame extends PreviewFrame {
  /** The day shown, "2026-03-26", in the newsroom's zone. */
  day: string;
  /** Days with a scheduled change, each with the link that shows it. */
  otherDays: { day: string; href: string }[];
}

/** A series' table of contents as it will look at the end of a day, from the pending schedule. */
export function renderSeriesPreview(
  series: PrintSeries,
  entries: SeriesPreviewEntry[],
  options: PrintOptions,
  frame: SeriesPreviewFrame,
): string {
  assertTimezone(options?.timezone);
  const language = printLanguage(series.locale);
  const words = WORDS[language];
  const labels = labelsFor(language);
  const zone = options.timezone;
  const day = showDate(frame.day, zone, language);
  const kicker = optionalText(series.kicker);
  const description = optionalText(series.description);
  return renderDocument({
    lang: language,
    title: `${words.draft}: ${text(series.title)}`,
    canonicalUrl: null,
    robots: ROBOTS,
    children: (
      <main className="series-preview">
        <p className="preview-banner" role="note">
          {`${words.draft} · ${words.lookOn} `}
          <time dateTime={day?.iso}>{day?.text}</time>
          {frame.otherDays.length > 0 && (
            <>
              <br />
              {`${words.other} `}
              {frame.otherDays.map((other, i) => (
                <span key={other.day}>
                  {i > 0 && ', '}
                  <a href={other.href}>{showDate(other.day, zone, language)?.text}</a>
                </span>
              ))}
            </>
          )}
        </p>
        <header>
          {kicker && <p className="kicker">{kicker}</p>}
          <h1>{text(series.title)}</h1>
          {description && <p className="description">{description}</p>}
        </header>
        <ol className="series-parts">
          {entries.map((entry) =>
            entry.status === 'published' ? (
              <li key={entry.number} value={entry.number} data-status="published">
                {`${labels.part(entry.number)}: ${entry.title}`}
                {' · '}
                <time dateTime={entry.at}>{showDateTime(entry.at, zone, language)?.text}</time>
              </li>
            ) : (
              <li key={entry.number} value={entry.number} data-status="announced" className="announced">
                {`${labels.part(entry.number)} (${words.announced})`}
                {entry.title ? `: ${entry.title}` : ''}
              </li>
            ),
          )}
        </ol>
      </main>
    ),
  });
}
