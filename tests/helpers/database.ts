import fs from 'fs';
import path from 'path';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '..', '..');
let counter = 0;

export const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

export function postgresUrl(): string {
  return process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
}

export async function withPg<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: postgresUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * A database of its own for one Strapi under test: a fresh SQLite file, or a
 * fresh PostgreSQL schema when DATABASE_CLIENT=postgres. Dropped afterwards.
 */
export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  counter += 1;
  const name = `nr_${label}_${process.pid}_${Date.now().toString(36)}_${counter}`
    .replace(/[^a-z0-9_]/gi, '_')
    .toLowerCase();
  if (usesPostgres()) {
    await withPg((client) => client.query(`CREATE SCHEMA "${name}"`));
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: postgresUrl(), DATABASE_SCHEMA: name },
      drop: () =>
        withPg((client) => client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`)).then(() => undefined),
    };
  }
  const file = path.join(ROOT, '.tmp', 'tests', `${name}.db`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
    },
  };
}
