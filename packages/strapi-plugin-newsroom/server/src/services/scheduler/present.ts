import type { ActionRow } from '../../repositories/schedule-repository';

const iso = (at: Date | null) => (at ? at.toISOString() : null);

/** An action as the admin API shows it: its documentId as id, times in UTC ISO, no lease internals. */
export function toPublic(row: ActionRow) {
  return {
    id: row.documentId,
    targetType: row.targetType,
    documentId: row.targetDocumentId,
    locale: row.targetLocale,
    action: row.action,
    dueAt: iso(row.dueAt),
    wallClock: row.wallClock,
    zone: row.zone,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    retryAt: iso(row.retryAt),
    scheduledBy: row.scheduledBy,
    ranAt: iso(row.ranAt),
    latenessMs: row.latenessMs,
    outcome: row.outcome,
    seriesDocumentId: row.seriesDocumentId,
    partNumber: row.partNumber,
    planId: row.planId,
  };
}

export type PublicAction = ReturnType<typeof toPublic>;
