import type { Core } from '@strapi/strapi';

/**
 * The database drivers are the host app's: Knex has already loaded `pg` or
 * `better-sqlite3` for Strapi's own connection, and the plugin borrows that
 * module instead of requiring one (a SQLite app need not install `pg`, a
 * PostgreSQL app not the native `better-sqlite3`). Only what the plugin calls
 * is typed here.
 */
export interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
  on(event: 'notification', listener: (message: unknown) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: 'end', listener: () => void): this;
}

export interface SqliteDatabase {
  prepare(sql: string): { get(...params: unknown[]): unknown };
  close(): void;
}

type PgDriver = { Client: new (settings: Record<string, unknown>) => PgClient };
type SqliteDriver = new (filename: string, options: Record<string, unknown>) => SqliteDatabase;

const knexClient = (strapi: Core.Strapi) => (strapi.db.connection as any).client;

/** A new PostgreSQL client with Strapi's own connection settings. */
export function newPgClient(strapi: Core.Strapi, extra: Record<string, unknown> = {}): PgClient {
  const client = knexClient(strapi);
  const { Client } = client.driver as PgDriver;
  return new Client({ ...client.connectionSettings, ...extra });
}

/** A read-only connection to Strapi's SQLite file, or null when the app is not on a SQLite file. */
export function openSqliteReader(strapi: Core.Strapi): SqliteDatabase | null {
  if (strapi.db.dialect.client !== 'sqlite') return null;
  const client = knexClient(strapi);
  const filename = client.connectionSettings?.filename;
  if (!filename || filename === ':memory:') return null;
  const Database = client.driver as SqliteDriver;
  return new Database(filename, { readonly: true, fileMustExist: true });
}
