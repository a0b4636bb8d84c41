import type { CalendarFilters, CalendarItem } from '../../../../shared/contracts/calendar';
import type { ActionStatus } from '../../../../shared/contracts/schedule';
import { calendarStatus } from './status';

export interface ActionInput {
  documentId: string;
  targetType: string;
  targetDocumentId: string;
  targetLocale: string | null;
  action: 'publish' | 'unpublish';
  dueAt: Date | string;
  wallClock: string | null;
  zone: string | null;
  status: ActionStatus;
  lastError: string | null;
  latenessMs: number | null;
  ranAt?: Date | string | null;
  ranBy?: string | null;
  outcome?: string | null;
}

export interface TargetInput {
  documentId: string;
  locale: string | null;
  title: string;
  publishedAt: Date | string | null;
  partNumber: number | null;
  series: { documentId: string; title: string } | null;
  channel: { slug: string; name: string } | null;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/**
 * A publish of a document that is already published puts its draft's
 * changes live: an update. Before it runs, the published version says so;
 * after, its outcome.
 */
function isUpdate(targets: TargetInput[], action: ActionInput): boolean {
  if (action.action !== 'publish') return false;
  if (action.status === 'done' || action.status === 'failed') return action.outcome === 'updated';
  return targets.some(
    (t) => t.documentId === action.targetDocumentId && t.locale === action.targetLocale && !!t.publishedAt,
  );
}

/** The version a label is taken from: the draft in the action's locale, else any version of it. */
function labelOf(targets: TargetInput[], documentId: string, locale: string | null) {
  const mine = targets.filter((t) => t.documentId === documentId);
  return (
    mine.find((t) => t.locale === locale && !t.publishedAt) ??
    mine.find((t) => t.locale === locale) ??
    mine[0] ??
    null
  );
}

/**
 * Everything the calendar shows for a range: scheduled actions (coloured by
 * status at `nowMs`) and publications that no scheduled action accounts for
 * (a publish by hand in the Content Manager), filtered by series, channel,
 * locale and status.
 */
export function calendarItems(
  input: { actions: ActionInput[]; targets: TargetInput[]; publications: TargetInput[] },
  nowMs: number,
  filters: CalendarFilters,
  lateAfterMs?: number,
): CalendarItem[] {
  const items: CalendarItem[] = [];
  const scheduledPublishes = new Set<string>();
  for (const action of input.actions) {
    const status = calendarStatus({ status: action.status, dueAt: iso(action.dueAt) }, nowMs, lateAfterMs);
    if (!status) continue;
    if (action.action === 'publish' && action.status === 'done')
      scheduledPublishes.add(`${action.targetDocumentId}:${action.targetLocale}`);
    const label = labelOf(input.targets, action.targetDocumentId, action.targetLocale);
    items.push({
      id: action.documentId,
      kind: 'action',
      status,
      action: action.action,
      at: iso(action.dueAt),
      wallClock: action.wallClock,
      zone: action.zone,
      targetType: action.targetType,
      documentId: action.targetDocumentId,
      locale: action.targetLocale,
      title: label?.title ?? null,
      series: label?.series ?? null,
      partNumber: label?.partNumber ?? null,
      channel: label?.channel ?? null,
      lastError: action.lastError,
      latenessMs: action.latenessMs,
      ranAt: action.ranAt ? iso(action.ranAt) : null,
      ranBy: action.ranBy ?? null,
      update: isUpdate(input.targets, action),
      movable: action.status === 'pending',
    });
  }
  for (const row of input.publications) {
    if (!row.publishedAt || scheduledPublishes.has(`${row.documentId}:${row.locale}`)) continue;
    items.push({
      id: `publication:${row.documentId}:${row.locale ?? ''}`,
      kind: 'publication',
      status: 'done',
      action: 'publish',
      at: iso(row.publishedAt),
      wallClock: null,
      zone: null,
      targetType: 'plugin::newsroom.article',
      documentId: row.documentId,
      locale: row.locale,
      title: row.title,
      series: row.series,
      partNumber: row.partNumber,
      channel: row.channel,
      lastError: null,
      latenessMs: null,
      ranAt: null,
      ranBy: null,
      update: false,
      movable: false,
    });
  }
  return items
    .filter((item) => !filters.series || item.series?.documentId === filters.series)
    .filter((item) => !filters.channel || item.channel?.slug === filters.channel)
    .filter((item) => !filters.locale || item.locale === filters.locale)
    .filter((item) => !filters.status?.length || filters.status.includes(item.status))
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
