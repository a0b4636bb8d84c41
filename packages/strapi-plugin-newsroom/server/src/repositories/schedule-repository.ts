import type { Core } from '@strapi/strapi';
import { asDate, createScheduleTargetsRepository } from './schedule-targets-repository';

import { ARTICLE, SCHEDULED_ACTION, SERIES } from '../uids';

export { SCHEDULED_ACTION };
const TABLE = 'newsroom_scheduled_actions';

import type { ActionStatus } from '../domain/schedule/status';

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
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  // Reuses the caller's transaction when there is one (SQLite has a single connection).
  const inTransaction = <T>(work: (table: () => any) => Promise<T>): Promise<T> =>
    strapi.db.transaction(({ trx }) =>
      work(() => strapi.db.getConnection(TABLE).transacting(trx)),
    ) as Promise<T>;

  /** Pending and due (past any retry time), or running under a lease that ran out. */
  const claimable = (now: Date) => (qb: any) =>
    qb
      .where((pending: any) =>
        pending
          .where('status', 'pending')
          .where('due_at', '<=', now)
          .where((retry: any) => retry.whereNull('retry_at').orWhere('retry_at', '<=', now)),
      )
      .orWhere((orphan: any) =>
        orphan
          .where('status', 'running')
          .where((lease: any) => lease.whereNull('lease_until').orWhere('lease_until', '<=', now)),
      );

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

    async findByIds(ids: number[]): Promise<ActionRow[]> {
      if (ids.length === 0) return [];
      const rows = await query().findMany({
        where: { id: { $in: ids } },
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
      });
      return placed(rows);
    },

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
        },
        orderBy: [{ id: 'asc' }],
      });
      return row ? (await placed([row]))[0] : null;
    },

    /**
     * Pending publishes of the articles that are parts of the series in the
     * locale now, with their part numbers now: the part order check.
     */
    async pendingPartPublishes(seriesDocumentId: string, locale: string | null) {
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
          targetLocale: locale,
          action: 'publish',
          status: 'pending',
        },
        select: ['id', 'documentId', 'targetType', 'targetDocumentId', 'targetLocale', 'dueAt'],
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

    /**
     * Claims up to `limit` claimable actions in due order for `token`.
     * PostgreSQL: the candidates are locked with FOR UPDATE SKIP LOCKED (rows
     * another claimer or a running action holds are skipped), then updated
     * by id in the same transaction. (A LIMIT subquery inside the UPDATE may
     * be evaluated more than once there and claim more than asked.)
     * SQLite: one UPDATE statement; SQLite runs one writer at a time, so it is
     * atomic, and its first step is a write (no lock upgrade to fail on).
     * Either way the WHERE checks claimability again on the row it updates.
     */
    async claim(token: string, now: Date, leaseUntil: Date, limit: number): Promise<ActionRow[]> {
      const claim = {
        status: 'running',
        lease_owner: token,
        lease_until: leaseUntil,
        attempts: strapi.db.connection.raw('attempts + 1'),
        // Real time, not the runner's clock: it is compared with Strapi's publishedAt.
        claimed_at: strapi.db.connection.raw('coalesce(claimed_at, ?)', [new Date()]),
      };
      const ids = await inTransaction(async (table) => {
        const candidates = table()
          .select('id')
          .where(claimable(now))
          .orderBy('due_at')
          .orderBy('id')
          .limit(limit);
        let count: number;
        if (isPostgres()) {
          const locked = (await candidates.forUpdate().skipLocked()).map((row: any) => row.id);
          if (locked.length === 0) return [];
          count = await table().whereIn('id', locked).where(claimable(now)).update(claim);
        } else {
          count = await table().whereIn('id', candidates).where(claimable(now)).update(claim);
        }
        if (count === 0) return [];
        const rows = await table().select('id').where({ lease_owner: token, status: 'running' });
        return rows.map((row: any) => Number(row.id));
      });
      return this.findByIds(ids);
    },

    /**
     * Inside the executing transaction: confirms the claim is still ours and
     * locks the row until commit (PostgreSQL), so no other instance can take
     * it over while the publish is under way. On SQLite this first write
     * takes the database's write lock before the publish reads anything.
     */
    async fence(id: number, token: string, leaseUntil: Date): Promise<boolean> {
      return (
        (await inTransaction((table) =>
          table().where({ id, lease_owner: token, status: 'running' }).update({ lease_until: leaseUntil }),
        )) === 1
      );
    },

    /**
     * Moves the lease end of `token`'s unfinished actions to leaseUntil.
     * PostgreSQL skips rows locked by a publish transaction (they cannot be
     * taken over while it is open, and waiting would stall the renewal).
     */
    async renew(token: string, leaseUntil: Date): Promise<number> {
      return inTransaction(async (table) => {
        const mine = table().select('id').where({ lease_owner: token, status: 'running' });
        const ids = isPostgres()
          ? (await mine.forUpdate().skipLocked()).map((row: any) => row.id)
          : (await mine).map((row: any) => row.id);
        if (ids.length === 0) return 0;
        return table()
          .whereIn('id', ids)
          .where({ lease_owner: token, status: 'running' })
          .update({ lease_until: leaseUntil });
      });
    },

    /** Ends a claim (done, failed, or back to pending for a retry) if it is still ours. */
    async finish(id: number, token: string, data: Record<string, unknown>): Promise<boolean> {
      return (
        (await inTransaction((table) =>
          table()
            .where({ id, lease_owner: token, status: 'running' })
            .update({ ...data, updated_at: new Date() }),
        )) === 1
      );
    },

    /**
     * Inside the alerting transaction: marks up to `limit` actions that are
     * still pending or running and were due before `dueBefore` (strictly) as alerted
     * at `now`, and returns them. The conditional update is the "once": two
     * instances never both mark a row (PostgreSQL also skips rows another
     * transaction holds).
     */
    async claimLate(now: Date, dueBefore: Date, limit: number): Promise<ActionRow[]> {
      const ids = await inTransaction(async (table) => {
        const late = (qb: any) =>
          qb
            .whereIn('status', ['pending', 'running'])
            .whereNull('late_alerted_at')
            .where('due_at', '<', dueBefore);
        const candidates = table().select('id').where(late).orderBy('due_at').orderBy('id').limit(limit);
        const found = isPostgres()
          ? (await candidates.forUpdate().skipLocked()).map((row: any) => Number(row.id))
          : (await candidates).map((row: any) => Number(row.id));
        if (found.length === 0) return [];
        await table().whereIn('id', found).where(late).update({ late_alerted_at: now });
        const marked = await table().select('id').whereIn('id', found).where('late_alerted_at', now);
        return marked.map((row: any) => Number(row.id));
      });
      return this.findByIds(ids);
    },

    /** The next instant anything becomes claimable (a due or retry time, a lease end) or late. */
    async nextWake(lateAfterMs = 0): Promise<Date | null> {
      const [pending, running, unalerted] = await Promise.all([
        strapi.db
          .getConnection(TABLE)
          .where('status', 'pending')
          .min({ at: strapi.db.connection.raw('coalesce(retry_at, due_at)') })
          .first(),
        strapi.db.getConnection(TABLE).where('status', 'running').min({ at: 'lease_until' }).first(),
        strapi.db
          .getConnection(TABLE)
          .whereIn('status', ['pending', 'running'])
          .whereNull('late_alerted_at')
          .min({ at: 'due_at' })
          .first(),
      ]);
      const lateAt = asDate(unalerted?.at);
      const times = [pending?.at, running?.at, lateAt && new Date(lateAt.getTime() + lateAfterMs)]
        .map(asDate)
        .filter((at): at is Date => !!at);
      return times.length ? new Date(Math.min(...times.map((at) => at.getTime()))) : null;
    },

    ...createScheduleTargetsRepository(strapi),
  };
};

export type ScheduleRepository = ReturnType<typeof createScheduleRepository>;
