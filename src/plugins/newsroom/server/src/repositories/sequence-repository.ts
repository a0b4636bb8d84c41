import type { Core } from '@strapi/strapi';
import { SEQUENCE } from '../uids';

const TABLE = 'newsroom_sequences';

/**
 * Counters that only go up, shared by every instance on the database. One
 * UPDATE ... RETURNING is atomic on PostgreSQL and on SQLite, so concurrent
 * callers never get the same value.
 */
export const createSequenceRepository = (strapi: Core.Strapi) => {
  const table = () => strapi.db.getConnection(TABLE);

  // Runs inside the caller's transaction when there is one: SQLite has a single
  // connection, so a query outside it would wait for it forever.
  const inTransaction = <T>(work: (trx: any) => Promise<T>): Promise<T> =>
    strapi.db.transaction(({ trx }) => work(trx)) as Promise<T>;

  return {
    /** The next value of `name`; the first call returns `start`. */
    async next(name: string, start = 1): Promise<number> {
      return inTransaction(async (trx) => {
        await table()
          .transacting(trx)
          .insert({ name, value: start - 1 })
          .onConflict('name')
          .ignore();
        const rows = await table().transacting(trx).where({ name }).increment('value', 1).returning('value');
        const row = rows[0];
        return Number(typeof row === 'object' ? row.value : row);
      });
    },

    async current(name: string): Promise<number> {
      const row = await strapi.db.query(SEQUENCE as any).findOne({ where: { name }, select: ['value'] });
      return row ? Number(row.value) : 0;
    },
  };
};

export type SequenceRepository = ReturnType<typeof createSequenceRepository>;
