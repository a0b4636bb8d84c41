import { RuleError } from './errors';

/** A part's published version in one language: what readers may see of it. */
export interface PublishedVersion {
  title: string;
  slug: string;
  teaser: string | null;
  publishedAt: string;
  permalinkId: number | null;
}

/** What the table of contents needs to know of an article that is a part. */
export interface PartArticle {
  number: number;
  documentId: string;
  /** Only set for a part published in the table's language: a draft's text never reaches readers. */
  published: null | PublishedVersion;
  /** Its published versions in other languages, by locale code (sorted). */
  translations?: ({ locale: string } & PublishedVersion)[];
}

export interface PlannedPart {
  number: number;
  workingTitle: string | null;
  topic: string | null;
  expectedAt: string | null;
}

export interface PublishedEntry {
  number: number;
  status: 'published';
  documentId: string;
  title: string;
  slug: string;
  teaser: string | null;
  publishedAt: string;
  permalinkId: number | null;
}

export interface AnnouncedEntry {
  number: number;
  status: 'announced';
  workingTitle: string | null;
  topic: string | null;
  expectedAt: string | null;
}

/** A part published, but not in this language: listed with the languages it can be read in. */
export interface UntranslatedEntry {
  number: number;
  status: 'untranslated';
  documentId: string;
  permalinkId: number | null;
  languages: { locale: string; title: string; slug: string; publishedAt: string }[];
}

export type TocEntry = PublishedEntry | AnnouncedEntry | UntranslatedEntry;

export function assertPartNumber(value: unknown, field = 'partNumber'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RuleError(`${field} must be a whole number of at least 1 (got ${JSON.stringify(value)}).`, [
      field,
    ]);
  }
  return value;
}

/**
 * Every part of a series in order, in one language. A planned part is
 * fulfilled by the article with its number: it is listed once, as the
 * article when that is published in this language, as untranslated (with the
 * languages it is published in) when it is published only in others, and
 * otherwise as the announcement. Unpublished articles show only their number.
 */
export function tableOfContents(articles: PartArticle[], planned: PlannedPart[]): TocEntry[] {
  const byNumber = new Map<number, TocEntry>();
  for (const plan of planned) {
    byNumber.set(plan.number, {
      number: plan.number,
      status: 'announced',
      workingTitle: plan.workingTitle,
      topic: plan.topic,
      expectedAt: plan.expectedAt,
    });
  }
  for (const article of articles) {
    if (article.published) {
      byNumber.set(article.number, {
        number: article.number,
        status: 'published',
        documentId: article.documentId,
        ...article.published,
      });
    } else if (article.translations?.length) {
      byNumber.set(article.number, {
        number: article.number,
        status: 'untranslated',
        documentId: article.documentId,
        permalinkId: article.translations[0].permalinkId,
        languages: article.translations.map(({ locale, title, slug, publishedAt }) => ({
          locale,
          title,
          slug,
          publishedAt,
        })),
      });
    } else if (!byNumber.has(article.number)) {
      byNumber.set(article.number, {
        number: article.number,
        status: 'announced',
        workingTitle: null,
        topic: null,
        expectedAt: null,
      });
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** "Part 3 of 4": the larger of the planned count and the highest known number. */
export function partsTotal(plannedCount: number | null | undefined, toc: TocEntry[]): number {
  const highest = toc.reduce((max, entry) => Math.max(max, entry.number), 0);
  return Math.max(plannedCount ?? 0, highest);
}

export interface Neighbours {
  previous: PublishedEntry | null;
  next: TocEntry | null;
}

/**
 * Previous is the nearest earlier published part. Next is the nearest later
 * published part; failing that, the nearest later announcement (no link).
 */
export function neighbours(toc: TocEntry[], number: number): Neighbours {
  const earlier = toc.filter((entry) => entry.number < number && entry.status === 'published');
  const later = toc.filter((entry) => entry.number > number);
  const nextPublished = later.find((entry) => entry.status === 'published');
  return {
    previous: (earlier[earlier.length - 1] as PublishedEntry | undefined) ?? null,
    next: nextPublished ?? later[0] ?? null,
  };
}

/** The number a new part gets when the editor leaves it empty. */
export function nextPartNumber(taken: number[]): number {
  return taken.reduce((max, n) => Math.max(max, n), 0) + 1;
}

/**
 * A renumbering request: the series' parts in their new order. It must name
 * every part exactly once; the result numbers them 1..n.
 */
export function renumber(current: string[], order: string[]): Map<string, number> {
  const known = new Set(current);
  const seen = new Set<string>();
  for (const id of order) {
    if (!known.has(id)) {
      throw new RuleError(`Part ${id} does not belong to this series.`, ['order']);
    }
    if (seen.has(id)) throw new RuleError(`Part ${id} is named twice in the new order.`, ['order']);
    seen.add(id);
  }
  const missing = current.filter((id) => !seen.has(id));
  if (missing.length > 0) {
    throw new RuleError(`The new order leaves out part(s) ${missing.join(', ')}.`, ['order']);
  }
  return new Map(order.map((id, index) => [id, index + 1]));
}

export interface NumberedRow {
  documentId: string;
  locale: string;
  partNumber: number | null;
  title: string;
}

/**
 * The first number two different parts of one series hold in one locale, or
 * null. A part number is shared by every locale of an article, so a change
 * made in one locale must be checked in all of them.
 */
export function firstClash(rows: NumberedRow[]): { locale: string; number: number; titles: string[] } | null {
  const seen = new Map<string, NumberedRow>();
  for (const row of rows) {
    if (row.partNumber === null) continue;
    const key = `${row.locale}:${row.partNumber}`;
    const other = seen.get(key);
    if (other && other.documentId !== row.documentId)
      return { locale: row.locale, number: row.partNumber, titles: [other.title, row.title] };
    seen.set(key, row);
  }
  return null;
}
