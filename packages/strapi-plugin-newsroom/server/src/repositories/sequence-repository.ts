import type { Core } from '@strapi/strapi';
import { openSqliteReader, type SqliteDatabase } from './drivers';

const TABLE = 'newsroom_sequences';

/** Read-only SQLite connections opened by this process, closed by closeReaders(). */
const readers = new Set<SqliteDatabase>();

export function closeReaders() {
  for (const db of readers) db.close();
  readers.clear();
}

/**
 * Counters that only go up, shared by every instance on the database. One
 * UPDATE ... RETURNING is atomic on PostgreSQL and on SQLite, so concurrent
 * callers never get the same value.
 */
export const createSequenceRepository = (strapi: Core.Strapi) => {
  const table = () => strapi.db.getConnection(TABLE);

  // On SQLite a read-only connection of our own answers in microseconds and
  // sees every committed write, without queueing behind Strapi's single one.
  let statement: { get(name: string): unknown } | null | undefined;
  const sqliteReader = () => {
    if (statement !== undefined) return statement;
    const db = openSqliteReader(strapi);
    if (!db) return (statement = null);
    statement = db.prepare(`select value from ${TABLE} where name = ?`);
    readers.add(db);
    return statement;
  };

  // Runs inside the caller's transaction when there is one: SQLite has a single
  // connection, so a query outside it would wait for it forever.
  const inTransaction = <T>(work: (trx: any) => Promise<T>): Promise<T> =>
    strapi.db.transaction(({ trx }) => work(trx)) as Promise<T>;

  return {
    /** The next value of `name`, never below `start`: the first call returns `start`, a raised start jumps forward. */
    async next(name: string, start = 1): Promise<number> {
      return inTransaction(async (trx) => {
        await table()
          .transacting(trx)
          .insert({ name, value: start - 1 })
          .onConflict('name')
          .ignore();
        const rows = await table()
          .transacting(trx)
          .where({ name })
          .update({
            value: strapi.db.connection.raw('case when value + 1 < ? then ? else value + 1 end', [
              start,
              start,
            ]),
          })
          .returning('value');
        const row = rows[0];
        return Number(typeof row === 'object' ? row.value : row);
      });
    },

    /** Read on every public request: plain knex, skipping the query engine's work. */
    async current(name: string): Promise<number> {
      const direct = sqliteReader();
      if (direct) {
        const row = direct.get(name) as { value: number } | undefined;
        return row ? Number(row.value) : 0;
      }
      const row = await table().select('value').where({ name }).first();
      return row ? Number(row.value) : 0;
    },
  };
};

export type SequenceRepository = ReturnType<typeof createSequenceRepository>;
