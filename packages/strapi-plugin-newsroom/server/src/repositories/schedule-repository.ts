import type { Core } from '@strapi/strapi';
import { asDate, createScheduleTargetsRepository } from './schedule-targets-repository';
import { createScheduleRunsRepository, TABLE } from './schedule-runs-repository';

import { ARTICLE, SCHEDULED_ACTION, SERIES } from '../uids';

export { SCHEDULED_ACTION };

import type { ActionStatus } from '../domain/schedule/status';
import { inTransactionOn, onPostgres } from './tables';

export type { ActionStatus };

export interface ActionRow {
  id: number;
  documentId: string;
  targetType: string;
  targetDocumentId: string;
  targetLocale: string | null;
  action: 'publish' | 'unpublish';
  dueAt: Date;
  wallClock: string | null;
  zone: string | null;
  status: ActionStatus;
  attempts: number;
  lastError: string | null;
  retryAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  claimedAt: Date | null;
  scheduledBy: string | null;
  /** The admin user who scheduled it (null: code, or stored before ids were recorded). */
  scheduledById: number | null;
  /** null for actions stored before authorities existed: checked like "scheduler". */
  authority: 'scheduler' | 'plugin' | null;
  ranAt: Date | null;
  /** The instance that ran it (scheduler.instanceId), for done and failed actions. */
  ranBy: string | null;
  /** When the late alert went out (once, by whichever instance saw it first). */
  lateAlertedAt: Date | null;
  latenessMs: number | null;
  outcome: string | null;
  /**
   * Where the target is now (not stored with the action, so a reorder or a
   * move to another series is seen at once): an article's series and part
   * number from its draft, a series' own id; filled on every read.
   */
  seriesDocumentId: string | null;
  partNumber: number | null;
  planId: string | null;
  /** The embargo bundle it is an entry of: it runs with the bundle, never on its own. */
  bundleId: string | null;
}

export interface ListFilters {
  series?: string;
  status?: ActionStatus[];
  from?: Date;
  to?: Date;
  targetDocumentId?: string;
  offset: number;
  limit: number;
}

function normalize(row: any): ActionRow {
  return {
    seriesDocumentId: null,
    partNumber: null,
    bundleId: null,
    ...row,
    dueAt: asDate(row.dueAt) as Date,
    retryAt: asDate(row.retryAt),
    leaseUntil: asDate(row.leaseUntil),
    claimedAt: asDate(row.claimedAt),
    ranAt: asDate(row.ranAt),
    lateAlertedAt: asDate(row.lateAlertedAt),
    attempts: Number(row.attempts ?? 0),
    scheduledById:
      row.scheduledById === null || row.scheduledById === undefined ? null : Number(row.scheduledById),
    authority: row.authority ?? null,
    latenessMs: row.latenessMs === null || row.latenessMs === undefined ? null : Number(row.latenessMs),
  };
}

/**
 * The only code that reads and writes scheduled actions. Whole-row reads go
 * through Strapi's query engine; the runner's conditional updates use knex
 * directly, because their WHERE clause is the lock and the affected row
 * count is the answer.
 */
export const createScheduleRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(SCHEDULED_ACTION as any);
  const isPostgres = () => onPostgres(strapi);
  const inTransaction = inTransactionOn(strapi, TABLE);

  /** The articles' current series and part number (draft rows), by documentId:locale. */
  async function placementsOf(
    rows: any[],
  ): Promise<Map<string, { series: string | null; number: number | null }>> {
    const ids = [
      ...new Set(rows.filter((row) => row.targetType === ARTICLE).map((row) => row.targetDocumentId)),
    ];
    const found = new Map<string, { series: string | null; number: number | null }>();
    if (ids.length === 0 || !strapi.contentTypes[ARTICLE as keyof typeof strapi.contentTypes]) return found;
    const drafts = await strapi.db.query(ARTICLE as any).findMany({
      where: { documentId: { $in: ids }, publishedAt: null },
      select: ['documentId', 'locale', 'partNumber'],
      populate: { series: { select: ['documentId'] } },
    });
    for (const draft of drafts)
      found.set(`${draft.documentId}:${draft.locale ?? ''}`, {
        series: draft.series?.documentId ?? null,
        number: draft.partNumber ?? null,
      });
    return found;
  }

  /** Rows as actions, with their target's placement as it is now. */
  async function placed(rows: any[]): Promise<ActionRow[]> {
    const placements = await placementsOf(rows);
    return rows.map((row) => {
      const action = normalize(row);
      if (action.targetType === SERIES) return { ...action, seriesDocumentId: action.targetDocumentId };
      const now = placements.get(`${action.targetDocumentId}:${action.targetLocale ?? ''}`);
      return now ? { ...action, seriesDocumentId: now.series, partNumber: now.number } : action;
    });
  }

  async function findByIds(ids: number[]): Promise<ActionRow[]> {
    if (ids.length === 0) return [];
    const rows = await query().findMany({
      where: { id: { $in: ids } },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    });
    return placed(rows);
  }

  /** Actions on a series or on any article that is now one of its parts. */
  async function ofSeries(seriesDocumentId: string): Promise<Record<string, unknown>> {
    const parts = strapi.contentTypes[ARTICLE as keyof typeof strapi.contentTypes]
      ? await strapi.db.query(ARTICLE as any).findMany({
          where: { publishedAt: null, series: { documentId: seriesDocumentId } },
          select: ['documentId'],
        })
      : [];
    return {
      $or: [
        { targetType: SERIES, targetDocumentId: seriesDocumentId },
        { targetType: ARTICLE, targetDocumentId: { $in: [...new Set(parts.map((p: any) => p.documentId))] } },
      ],
    };
  }

  return {
    async create(data: Partial<ActionRow>): Promise<ActionRow> {
      const [row] = await placed([await query().create({ data })]);
      return row;
    },

    async findByDocumentId(documentId: string): Promise<ActionRow | null> {
      const row = await query().findOne({ where: { documentId } });
      return row ? (await placed([row]))[0] : null;
    },

    findByIds,

    /** A series' actions as the filter of lists and the calendar sees them: placement now. */
    ofSeries,

    async list(filters: ListFilters): Promise<{ rows: ActionRow[]; total: number }> {
      const where: Record<string, any> = {};
      if (filters.series) Object.assign(where, await ofSeries(filters.series));
      if (filters.targetDocumentId) where.targetDocumentId = filters.targetDocumentId;
      if (filters.status?.length) where.status = { $in: filters.status };
      if (filters.from || filters.to) {
        where.dueAt = {
          ...(filters.from ? { $gte: filters.from } : {}),
          ...(filters.to ? { $lte: filters.to } : {}),
        };
      }
      const [rows, total] = await Promise.all([
        query().findMany({
          where,
          orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
          offset: filters.offset,
          limit: filters.limit,
        }),
        query().count({ where }),
      ]);
      return { rows: await placed(rows), total: Number(total) };
    },

    /**
     * Inside a schedule request's transaction: makes requests for one target
     * run one after the other (PostgreSQL: an advisory lock on the target
     * until commit; SQLite: the database's write lock, taken by a write that
     * changes nothing), so two identical requests cannot both miss the other.
     */
    async lockTarget(key: string): Promise<void> {
      await strapi.db.transaction(async ({ trx }) => {
        if (isPostgres()) await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [key]);
        else
          await strapi.db
            .getConnection(TABLE)
            .transacting(trx)
            .where({ id: -1 })
            .update({ id: strapi.db.connection.ref('id') });
      });
    },

    /** An action for the same target and action due within [from, to] that is not cancelled or failed. */
    async findIdentical(target: {
      targetType: string;
      targetDocumentId: string;
      targetLocale: string | null;
      action: 'publish' | 'unpublish';
      from: Date;
      to: Date;
    }): Promise<ActionRow | null> {
      const row = await query().findOne({
        where: {
          targetType: target.targetType,
          targetDocumentId: target.targetDocumentId,
          targetLocale: target.targetLocale,
          action: target.action,
          status: { $notIn: ['cancelled', 'failed'] },
          dueAt: { $gte: target.from, $lte: target.to },
          bundleId: null,
        },
        orderBy: [{ id: 'asc' }],
      });
      return row ? (await placed([row]))[0] : null;
    },

    /**
     * Pending publishes of the articles that are parts of the series in the
     * locale now, with their part numbers now: the part order check. With
     * `targetLocales`, those parts' publishes in these locales (a plan's
     * bundles replace a part's translations too).
     */
    async pendingPartPublishes(
      seriesDocumentId: string,
      locale: string | null,
      targetLocales: (string | null)[] = [locale],
    ) {
      const parts = await strapi.db.query(ARTICLE as any).findMany({
        where: { publishedAt: null, locale, series: { documentId: seriesDocumentId } },
        select: ['documentId', 'partNumber'],
      });
      if (parts.length === 0) return [];
      const numbers = new Map<string, number | null>(
        parts.map((p: any) => [p.documentId, p.partNumber ?? null]),
      );
      const rows = await query().findMany({
        where: {
          targetType: ARTICLE,
          targetDocumentId: { $in: [...numbers.keys()] },
          targetLocale: targetLocales.length === 1 ? targetLocales[0] : { $in: targetLocales },
          action: 'publish',
          status: 'pending',
        },
        select: ['id', 'documentId', 'targetType', 'targetDocumentId', 'targetLocale', 'dueAt', 'bundleId'],
      });
      return rows.map((row: any) => ({
        ...normalize(row),
        seriesDocumentId,
        partNumber: numbers.get(row.targetDocumentId) ?? null,
      }));
    },

    /** Changes a pending action; 0 when it is no longer pending (the runner got there first). */
    async updatePending(id: number, data: Record<string, unknown>): Promise<number> {
      return inTransaction((table) =>
        table()
          .where({ id, status: 'pending' })
          .update({ ...data, updated_at: new Date() }),
      );
    },

    /** A bundle's entries, every status, in the order they were added. */
    async bundleEntries(bundleId: string): Promise<ActionRow[]> {
      const rows = await query().findMany({ where: { bundleId }, orderBy: [{ id: 'asc' }] });
      return placed(rows);
    },

    /** Changes a bundle's entries that have one of `from` statuses; returns how many. */
    async updateEntries(
      bundleId: string,
      from: ActionStatus[],
      data: Record<string, unknown>,
      ids?: number[],
    ): Promise<number> {
      return inTransaction((table) => {
        const rows = table().where({ bundle_id: bundleId }).whereIn('status', from);
        return (ids ? rows.whereIn('id', ids) : rows).update({ ...data, updated_at: new Date() });
      });
    },

    ...createScheduleRunsRepository(strapi, (ids) => findByIds(ids)),
    ...createScheduleTargetsRepository(strapi),
  };
};

export type ScheduleRepository = ReturnType<typeof createScheduleRepository>;
