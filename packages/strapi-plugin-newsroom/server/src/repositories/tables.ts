import type { Core } from '@strapi/strapi';

/** Whether the app runs on PostgreSQL (the other database the plugin supports is SQLite). */
export const onPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

/**
 * Plain knex on one table, inside a transaction: the caller's when there is
 * one (SQLite has a single connection, so a query outside it would wait for
 * it forever), else a new one.
 */
export const inTransactionOn =
  (strapi: Core.Strapi, table: string) =>
  <T>(work: (table: () => any) => Promise<T>): Promise<T> =>
    strapi.db.transaction(({ trx }) =>
      work(() => strapi.db.getConnection(table).transacting(trx)),
    ) as Promise<T>;
