import { showDate } from './dates';
import { labelsFor, type Labels } from './labels';
import { text } from './read';
import { safeWebUrl } from './safe-url';
import type { PrintArticle, PrintContentsEntry, PrintLocale, PrintOptions } from './types';

/** Ids follow the position in this print ("part-1" is the first part printed), so they are always unique. */
export function partId(position: number): string {
  return `part-${position + 1}`;
}

/** The contents when the caller gave none: the printed parts. */
function printedOnly(parts: PrintArticle[]): PrintContentsEntry[] {
  return parts.flatMap((part) =>
    typeof part.series?.part === 'number' ? [{ number: part.series.part, status: 'published' as const }] : [],
  );
}

function Entry({
  entry,
  parts,
  labels,
  language,
  options,
}: {
  entry: PrintContentsEntry;
  parts: PrintArticle[];
  labels: Labels;
  language: PrintLocale;
  options: PrintOptions;
}) {
  if (entry.status === 'published') {
    const position = parts.findIndex((part) => part.series?.part === entry.number);
    if (position < 0) return null;
    return <a href={`#${partId(position)}`}>{text(parts[position].title)}</a>;
  }
  if (entry.status === 'untranslated') {
    const [first] = entry.languages;
    if (!first) return null;
    const url = safeWebUrl(first.url, options.baseUrl);
    return (
      <>
        <span lang={first.locale}>{text(first.title)}</span>
        {` (${labels.onlyIn(entry.languages.map((l) => l.locale))}`}
        {url && (
          <>
            {': '}
            <a href={url}>{url}</a>
          </>
        )}
        {')'}
      </>
    );
  }
  const expected = showDate(entry.expectedAt ?? null, options.timezone, language)?.text ?? null;
  const title = entry.workingTitle?.trim() || labels.part(entry.number);
  return <>{`${title} – ${labels.coming(expected)}`}</>;
}

/**
 * The series' contents, numbered by part number (each item's value is its
 * number, so a list starting at part 3 reads "3."): published parts link to
 * where they are printed, untranslated ones to the languages they exist in,
 * announced ones are "coming".
 */
export function Contents({
  contents,
  parts,
  language,
  options,
}: {
  contents: PrintContentsEntry[] | undefined;
  parts: PrintArticle[];
  language: PrintLocale;
  options: PrintOptions;
}) {
  const labels = labelsFor(language);
  const entries = (Array.isArray(contents) ? contents : printedOnly(parts))
    .filter((entry) => Number.isInteger(entry?.number) && entry.number > 0)
    .sort((a, b) => a.number - b.number);
  const items = entries
    .map((entry) => ({
      entry,
      line: <Entry entry={entry} parts={parts} labels={labels} language={language} options={options} />,
    }))
    .filter(({ line }) => line !== null);
  if (items.length === 0) return null;
  return (
    <ol>
      {items.map(({ entry, line }) => (
        <li key={entry.number} value={entry.number} className={`contents-${entry.status}`}>
          {line}
        </li>
      ))}
    </ol>
  );
}
