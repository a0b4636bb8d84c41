import type { Core } from '@strapi/strapi';
import { asDate } from './schedule-targets-repository';
import type { ActionRow } from './schedule-repository';
import { inTransactionOn, onPostgres } from './tables';

/** The scheduled actions' table, for the queries Strapi's query engine cannot express. */
export const TABLE = 'newsroom_scheduled_actions';

/** The embargo bundles' table: claimed, leased and alerted exactly as actions are. */
export const BUNDLE_TABLE = 'newsroom_bundles';

/**
 * The runner's side of the scheduled actions (and of the bundles, whose
 * table has the same run columns): claiming due ones under a lease, fencing
 * and renewing it, finishing, the once-only late alerts and the next
 * instant to wake. Editing and listing actions is in schedule-repository.ts,
 * which spreads these in. A bundle's entries are actions that run with
 * their bundle, never on their own: the actions' queries leave them out.
 */
export const createScheduleRunsRepository = <Row extends { dueAt: Date } = ActionRow>(
  strapi: Core.Strapi,
  findByIds: (ids: number[]) => Promise<Row[]>,
  table = TABLE,
) => {
  const isPostgres = () => onPostgres(strapi);
  const inTransaction = inTransactionOn(strapi, table);
  /** Actions that run on their own (not a bundle's entries); every bundle. */
  const own = (qb: any) => (table === TABLE ? qb.whereNull('bundle_id') : qb);
  const rows = () => own(strapi.db.getConnection(table));

  /**
   * Pending and due by `dueBy` (past any retry time), or running under a
   * lease that ran out. `dueBy` is now, or an instant ahead when publishing ahead.
   */
  const claimable =
    (now: Date, dueBy: Date = now) =>
    (qb: any) =>
      own(qb).where((any: any) =>
        any
          .where((pending: any) =>
            pending
              .where('status', 'pending')
              .where('due_at', '<=', dueBy)
              .where((retry: any) => retry.whereNull('retry_at').orWhere('retry_at', '<=', now)),
          )
          .orWhere((orphan: any) =>
            orphan
              .where('status', 'running')
              .where((lease: any) => lease.whereNull('lease_until').orWhere('lease_until', '<=', now))
              // Claimed ahead of its instant (publishing ahead): never taken over, and so run, before it.
              .where('due_at', '<=', dueBy),
          ),
      );

  return {
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
    async claim(
      token: string,
      now: Date,
      leaseUntil: Date,
      limit: number,
      dueBy: Date = now,
    ): Promise<Row[]> {
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
          .where(claimable(now, dueBy))
          .orderBy('due_at')
          .orderBy('id')
          .limit(limit);
        let count: number;
        if (isPostgres()) {
          const locked = (await candidates.forUpdate().skipLocked()).map((row: any) => row.id);
          if (locked.length === 0) return [];
          count = await table().whereIn('id', locked).where(claimable(now, dueBy)).update(claim);
        } else {
          count = await table().whereIn('id', candidates).where(claimable(now, dueBy)).update(claim);
        }
        if (count === 0) return [];
        const rows = await table().select('id').where({ lease_owner: token, status: 'running' });
        return rows.map((row: any) => Number(row.id));
      });
      return findByIds(ids);
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

    /** fence() for several rows at once; returns the ids still ours (now locked until commit on PostgreSQL). */
    async fenceMany(ids: number[], token: string, leaseUntil: Date): Promise<number[]> {
      if (ids.length === 0) return [];
      return inTransaction(async (table) => {
        const mine = { lease_owner: token, status: 'running' };
        await table().whereIn('id', ids).where(mine).update({ lease_until: leaseUntil });
        const rows = await table().select('id').whereIn('id', ids).where(mine);
        return rows.map((row: any) => Number(row.id));
      });
    },

    /** finish() for several rows at once; returns how many were still ours. */
    async finishMany(ids: number[], token: string, data: Record<string, unknown>): Promise<number> {
      return inTransaction((table) =>
        table()
          .whereIn('id', ids)
          .where({ lease_owner: token, status: 'running' })
          .update({ ...data, updated_at: new Date() }),
      );
    },

    /**
     * Moves the lease end of `token`'s unfinished actions to leaseUntil.
     * PostgreSQL skips rows locked by a publish transaction (they cannot be
     * taken over while it is open, and waiting would stall the renewal).
     */
    async renew(token: string, leaseUntil: Date): Promise<number> {
      return inTransaction(async (table) => {
        // Never earlier: a claim made ahead of its instant holds until the instant plus the lease.
        const mine = () =>
          table().where({ lease_owner: token, status: 'running' }).where('lease_until', '<', leaseUntil);
        const ids = isPostgres()
          ? (await mine().select('id').forUpdate().skipLocked()).map((row: any) => row.id)
          : (await mine().select('id')).map((row: any) => row.id);
        if (ids.length === 0) return 0;
        return mine().whereIn('id', ids).update({ lease_until: leaseUntil });
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
    async claimLate(now: Date, dueBefore: Date, limit: number): Promise<Row[]> {
      const ids = await inTransaction(async (table) => {
        const late = (qb: any) =>
          own(qb)
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
      return findByIds(ids);
    },

    /**
     * The next instant after `now` on which pending actions (first tries) are
     * due, and how many: what publishing ahead prepares. Null when none is.
     */
    async nextInstant(now: Date): Promise<{ at: Date; count: number } | null> {
      const first = await rows()
        .where('status', 'pending')
        .whereNull('retry_at')
        .where('due_at', '>', now)
        .min({ at: 'due_at' })
        .first();
      const at = asDate(first?.at);
      if (!at) return null;
      const counted = await rows()
        .where({ status: 'pending', due_at: at })
        .whereNull('retry_at')
        .count({ n: '*' })
        .first();
      return { at, count: Number(counted?.n ?? 0) };
    },

    /** The next instant anything becomes claimable (a due or retry time, a lease end) or late. */
    async nextWake(lateAfterMs = 0): Promise<Date | null> {
      const [pending, running, unalerted] = await Promise.all([
        rows()
          .where('status', 'pending')
          .min({ at: strapi.db.connection.raw('coalesce(retry_at, due_at)') })
          .first(),
        rows().where('status', 'running').min({ at: 'lease_until' }).first(),
        rows()
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
  };
};
