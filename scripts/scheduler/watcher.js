'use strict';
/**
 * A reader of the database in a process of its own (no Strapi, no webhook
 * receiver in its event loop): counts the published rows of the given
 * article documents every 20 ms and reports when it first saw one and all of
 * them (this machine's clock, ms since the epoch). The harness forks it with
 * the instances' database env and sends { ids, from, until }.
 */
const Database = require('better-sqlite3');
const { Client } = require('pg');

const TABLE = 'newsroom_articles';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function openReader(env) {
  if (env.DATABASE_CLIENT === 'postgres') {
    const client = new Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    const table = `"${env.DATABASE_SCHEMA}"."${TABLE}"`;
    return {
      count: async (ids) =>
        Number(
          (
            await client.query(
              `select count(distinct document_id) as n from ${table} where published_at is not null and document_id = any($1)`,
              [ids],
            )
          ).rows[0].n,
        ),
      close: () => client.end(),
    };
  }
  const db = new Database(env.DATABASE_FILENAME, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return {
    count: async (ids) =>
      db
        .prepare(
          `select count(distinct document_id) as n from ${TABLE} where published_at is not null and document_id in (${ids.map(() => '?').join(',')})`,
        )
        .get(...ids).n,
    close: async () => db.close(),
  };
}

process.on('message', async ({ ids, from, until }) => {
  const reader = await openReader(process.env);
  try {
    await sleep(Math.max(0, from - Date.now()));
    let firstAt = null;
    let allAt = null;
    while (Date.now() < until) {
      // A busy database (its writer committing) is a look that saw nothing new: look again.
      const seen = await reader.count(ids).catch(() => 0);
      const at = Date.now();
      if (seen > 0 && firstAt === null) firstAt = at;
      if (seen >= ids.length) {
        allAt = at;
        break;
      }
      await sleep(20);
    }
    process.send({ firstAt, allAt });
  } catch (error) {
    process.send({ error: String(error?.message ?? error) });
  } finally {
    await reader.close();
  }
});
