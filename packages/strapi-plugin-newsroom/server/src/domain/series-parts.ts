import type { PartArticle, PlannedPart, PublishedVersion } from './parts';

/** A part as the repositories read it (one version: a locale, draft or published). */
export interface PartRow {
  documentId: string;
  locale?: string;
  partNumber: number | null;
  title: string;
  slug: string;
  teaser: string | null;
  publishedAt: string | null;
  publishedOn: string | null;
  permalinkId: number | null;
}

function version(row: PartRow): PublishedVersion {
  return {
    title: row.title,
    slug: row.slug,
    teaser: row.teaser ?? null,
    publishedAt: new Date((row.publishedOn ?? row.publishedAt) as string).toISOString(),
    permalinkId: row.permalinkId ?? null,
  };
}

/**
 * Folds the draft and published rows of a series' articles, in every
 * language, into one entry per document for the table in `locale`: the
 * published row of that language when there is one (its text may be
 * shown), the published versions in other languages, and otherwise the
 * draft's number only. Rows without a locale count as the table's language.
 */
export function partArticles(rows: PartRow[], locale?: string): PartArticle[] {
  const byDocument = new Map<string, PartArticle>();
  const ordered = [...rows].sort((a, b) => String(a.locale ?? '').localeCompare(String(b.locale ?? '')));
  for (const row of ordered) {
    if (row.partNumber === null || row.partNumber === undefined) continue;
    const here = !row.locale || !locale || row.locale === locale;
    const entry = byDocument.get(row.documentId) ?? {
      number: row.partNumber,
      documentId: row.documentId,
      published: null,
      translations: [],
    };
    // The number is shared by all locales; this language's row has the last word.
    if (here) entry.number = row.partNumber;
    if (row.publishedAt && here) entry.published = version(row);
    else if (row.publishedAt) entry.translations!.push({ locale: row.locale as string, ...version(row) });
    byDocument.set(row.documentId, entry);
  }
  return [...byDocument.values()];
}

export function plannedParts(list: unknown): PlannedPart[] {
  if (!Array.isArray(list)) return [];
  return list
    .filter((item) => item && Number.isInteger(item.number) && item.number >= 1)
    .map((item) => ({
      number: item.number,
      workingTitle: item.workingTitle ?? null,
      topic: item.topic ?? null,
      expectedAt: item.expectedAt ?? null,
    }));
}
