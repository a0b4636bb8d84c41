import type { PlannedPart } from '../parts';

export interface SeriesPartState {
  documentId: string;
  number: number;
  /** The draft's title: what a publish would put out. */
  draftTitle: string;
  /** The published version's title, or null while unpublished. */
  publishedTitle: string | null;
  /** UTC ISO of the current publication, or null. */
  publishedAt: string | null;
}

export interface PendingChange {
  documentId: string;
  action: 'publish' | 'unpublish';
  /** UTC ISO. */
  dueAt: string;
}

export type SeriesPreviewEntry =
  | { number: number; status: 'published'; title: string; at: string; scheduled: boolean }
  | { number: number; status: 'announced'; title: string | null; topic: string | null };

/**
 * The series' table of contents as readers will see it at `atMs`: today's
 * published parts, changed by every pending publish and unpublish due by
 * then, in due order. A part published by then shows its draft's title (what
 * the publish will put out); any other number shows only its announcement.
 */
export function seriesAsOf(
  parts: SeriesPartState[],
  planned: PlannedPart[],
  pending: PendingChange[],
  atMs: number,
): SeriesPreviewEntry[] {
  const state = new Map(
    parts.map((part) => [
      part.documentId,
      part.publishedAt
        ? { title: part.publishedTitle ?? part.draftTitle, at: part.publishedAt, scheduled: false }
        : null,
    ]),
  );
  const due = pending
    .filter((change) => state.has(change.documentId) && Date.parse(change.dueAt) <= atMs)
    .sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
  for (const change of due) {
    const part = parts.find((p) => p.documentId === change.documentId) as SeriesPartState;
    state.set(
      change.documentId,
      change.action === 'publish' ? { title: part.draftTitle, at: change.dueAt, scheduled: true } : null,
    );
  }
  const entries = new Map<number, SeriesPreviewEntry>();
  for (const plan of planned) {
    entries.set(plan.number, {
      number: plan.number,
      status: 'announced',
      title: plan.workingTitle,
      topic: plan.topic,
    });
  }
  for (const part of parts) {
    const live = state.get(part.documentId);
    if (live) entries.set(part.number, { number: part.number, status: 'published', ...live });
    else if (!entries.has(part.number))
      entries.set(part.number, { number: part.number, status: 'announced', title: null, topic: null });
  }
  return [...entries.values()].sort((a, b) => a.number - b.number);
}
