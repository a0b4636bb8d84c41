import type { Core } from '@strapi/strapi';
import type { ActionStatus } from '../domain/schedule/status';
import { BUNDLE } from '../uids';
import { asDate } from './schedule-targets-repository';
import { BUNDLE_TABLE, createScheduleRunsRepository } from './schedule-runs-repository';
import { inTransactionOn } from './tables';

export interface BundleRow {
  id: number;
  documentId: string;
  name: string;
  dueAt: Date;
  wallClock: string | null;
  zone: string | null;
  status: ActionStatus;
  attempts: number;
  lastError: string | null;
  /** The entry (its action's documentId) that stopped the bundle. */
  blockingEntry: string | null;
  retryAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  claimedAt: Date | null;
  scheduledBy: string | null;
  scheduledById: number | null;
  ranAt: Date | null;
  ranBy: string | null;
  lateAlertedAt: Date | null;
  latenessMs: number | null;
}

function normalize(row: any): BundleRow {
  const number = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return {
    ...row,
    dueAt: asDate(row.dueAt) as Date,
    retryAt: asDate(row.retryAt),
    leaseUntil: asDate(row.leaseUntil),
    claimedAt: asDate(row.claimedAt),
    ranAt: asDate(row.ranAt),
    lateAlertedAt: asDate(row.lateAlertedAt),
    attempts: Number(row.attempts ?? 0),
    scheduledById: number(row.scheduledById),
    latenessMs: number(row.latenessMs),
  };
}

/**
 * The only code that reads and writes embargo bundles. Their entries are
 * scheduled actions with the bundle's id (schedule-repository.ts); the run
 * columns (claim, lease, fence, late mark) work as the actions' do.
 */
export const createBundleRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(BUNDLE as any);
  const inTransaction = inTransactionOn(strapi, BUNDLE_TABLE);

  async function findByIds(ids: number[]): Promise<BundleRow[]> {
    if (ids.length === 0) return [];
    const rows = await query().findMany({
      where: { id: { $in: ids } },
      orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map(normalize);
  }

  return {
    async create(data: Partial<BundleRow>): Promise<BundleRow> {
      return normalize(await query().create({ data }));
    },

    async findByDocumentId(documentId: string): Promise<BundleRow | null> {
      const row = await query().findOne({ where: { documentId } });
      return row ? normalize(row) : null;
    },

    async list(filters: { status?: ActionStatus[]; offset: number; limit: number }) {
      const where = filters.status?.length ? { status: { $in: filters.status } } : {};
      const [rows, total] = await Promise.all([
        query().findMany({
          where,
          orderBy: [{ dueAt: 'desc' }, { id: 'desc' }],
          offset: filters.offset,
          limit: filters.limit,
        }),
        query().count({ where }),
      ]);
      return { rows: rows.map(normalize), total: Number(total) };
    },

    /** Changes a pending bundle; 0 when it is no longer pending (a runner claimed it). */
    async updatePending(id: number, data: Record<string, unknown>): Promise<number> {
      return inTransaction((table) =>
        table()
          .where({ id, status: 'pending' })
          .update({ ...data, updated_at: new Date() }),
      );
    },

    ...createScheduleRunsRepository<BundleRow>(strapi, findByIds, BUNDLE_TABLE),
  };
};

export type BundleRepository = ReturnType<typeof createBundleRepository>;
