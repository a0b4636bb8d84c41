import { createHash } from 'crypto';
import { HEARTBEATS } from './heartbeat';
import type { TestApp } from './strapi';

/** Every newsroom table and component table of the app's database (the instances' heartbeats aside). */
export function newsroomTables(app: TestApp): string[] {
  return [...app.strapi.db.metadata.values()]
    .map((meta: any) => meta.tableName as string)
    .filter((name) => /newsroom/.test(name) && name !== HEARTBEATS);
}

/**
 * A SHA-256 of every row of every newsroom table: equal before and after a
 * request means the request stored nothing, not even half of something.
 */
export async function fingerprint(app: TestApp, tables = newsroomTables(app)): Promise<string> {
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = await app.strapi.db.connection(table).select('*').orderBy('id');
    hash.update(table).update(JSON.stringify(rows));
  }
  return hash.digest('hex');
}
