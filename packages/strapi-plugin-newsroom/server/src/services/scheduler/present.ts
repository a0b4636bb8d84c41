import type { Core } from '@strapi/strapi';
import { type ActionRow, createScheduleRepository } from '../../repositories/schedule-repository';
import type { ScheduledAction } from '../../../../shared/contracts/schedule';
import type { Bundle } from '../../../../shared/contracts/bundles';
import type { BundleRow } from '../../repositories/bundle-repository';
import type { Ability } from '../access';
import { getService } from '../../get-service';

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/** An action as the admin API shows it: its documentId as id, times in UTC ISO, no lease internals. */
export function toPublic(row: ActionRow) {
  return {
    id: row.documentId,
    targetType: row.targetType,
    documentId: row.targetDocumentId,
    locale: row.targetLocale,
    action: row.action,
    dueAt: row.dueAt.toISOString(),
    wallClock: row.wallClock,
    zone: row.zone,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    retryAt: iso(row.retryAt),
    scheduledBy: row.scheduledBy,
    authority: row.authority ?? 'scheduler',
    ranAt: iso(row.ranAt),
    ranBy: row.ranBy ?? null,
    lateAlertedAt: iso(row.lateAlertedAt),
    latenessMs: row.latenessMs,
    outcome: row.outcome,
    seriesDocumentId: row.seriesDocumentId,
    partNumber: row.partNumber,
    planId: row.planId,
    bundleId: row.bundleId ?? null,
  };
}

export type PublicAction = ReturnType<typeof toPublic>;

// The admin's contract describes exactly what toPublic returns: if either changes alone, this stops compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractMatches: Same<PublicAction, Omit<ScheduledAction, 'title'>> = true;
void contractMatches;

const key = (row: ActionRow) => `${row.targetDocumentId}:${row.targetLocale ?? ''}`;

/**
 * Actions as `viewer` may see them: the target's draft title only when the
 * role may read that field in the Content Manager, and who scheduled it
 * (an email) only when it may read the document there (the Content Manager
 * shows a document's people to those who may read it). Otherwise both are
 * null. A null viewer is code, which sees everything.
 */
export async function redact(strapi: Core.Strapi, viewer: Ability | null, rows: ActionRow[]) {
  const repo = createScheduleRepository(strapi);
  const access = getService(strapi, 'access');
  const titles = new Map<string, string>();
  const mayTitle = new Set<string>();
  const mayPerson = new Set<string>();
  for (const uid of new Set(rows.map((row) => row.targetType))) {
    const mine = rows.filter((row) => row.targetType === uid);
    if (!strapi.getModel(uid as any)) continue;
    for (const [documentKey, title] of await repo.titles(
      uid,
      mine.map((row) => row.targetDocumentId),
    ))
      titles.set(`${uid}|${documentKey}`, title);
    if (!viewer) continue;
    const refs = mine.map((row) => ({ documentId: row.targetDocumentId, locale: row.targetLocale }));
    const field = (strapi.getModel(uid as any) as any).attributes?.title ? 'title' : 'name';
    for (const k of await access.readableKeys(viewer, uid, refs, field)) mayTitle.add(`${uid}|${k}`);
    for (const k of await access.readableKeys(viewer, uid, refs)) mayPerson.add(`${uid}|${k}`);
  }
  return rows.map((row) => {
    const k = `${row.targetType}|${key(row)}`;
    const action = toPublic(row);
    return {
      ...action,
      title: !viewer || mayTitle.has(k) ? (titles.get(k) ?? null) : null,
      scheduledBy: !viewer || mayPerson.has(k) ? action.scheduledBy : null,
    };
  });
}

/** A bundle as the admin API shows it, with its entries (removed ones left out) as `redact` gave them. */
export function toPublicBundle(row: BundleRow, entries: Awaited<ReturnType<typeof redact>>): Bundle {
  return {
    id: row.documentId,
    name: row.name,
    dueAt: row.dueAt.toISOString(),
    wallClock: row.wallClock,
    zone: row.zone,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    blockingEntry: row.blockingEntry,
    retryAt: iso(row.retryAt),
    scheduledBy: row.scheduledBy,
    ranAt: iso(row.ranAt),
    ranBy: row.ranBy,
    latenessMs: row.latenessMs,
    lateAlertedAt: iso(row.lateAlertedAt),
    entries: entries
      .filter((entry) => entry.outcome !== REMOVED)
      .map((entry) => ({
        id: entry.id,
        targetType: entry.targetType,
        documentId: entry.documentId,
        locale: entry.locale,
        action: entry.action,
        status: entry.status,
        outcome: entry.outcome,
        lastError: entry.lastError,
        title: entry.title,
      })),
  };
}

/** The outcome of an entry taken out of its bundle (it stays in the table, cancelled). */
export const REMOVED = 'removed from the bundle';
