import type { PartArticle, PlannedPart } from './parts';

interface Row {
  documentId: string;
  partNumber: number | null;
  title: string;
  slug: string;
  teaser: string | null;
  publishedAt: string | null;
  publishedOn: string | null;
  permalinkId: number | null;
}

/**
 * Folds the draft and published rows of a series' articles into one entry per
 * document: the published row when there is one (its text may be shown),
 * otherwise the draft's number only.
 */
export function partArticles(rows: Row[]): PartArticle[] {
  const byDocument = new Map<string, PartArticle>();
  for (const row of rows) {
    if (row.partNumber === null || row.partNumber === undefined) continue;
    const current = byDocument.get(row.documentId);
    if (row.publishedAt) {
      byDocument.set(row.documentId, {
        number: row.partNumber,
        documentId: row.documentId,
        published: {
          title: row.title,
          slug: row.slug,
          teaser: row.teaser ?? null,
          publishedAt: new Date(row.publishedOn ?? row.publishedAt).toISOString(),
          permalinkId: row.permalinkId ?? null,
        },
      });
    } else if (!current) {
      byDocument.set(row.documentId, { number: row.partNumber, documentId: row.documentId, published: null });
    }
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
