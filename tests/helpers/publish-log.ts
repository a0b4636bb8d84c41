/**
 * An independent count of publishes, kept by the database itself: triggers
 * the test installs on the article table write one row to a log table for
 * every published row that is written (Strapi's publish deletes the old
 * published row and inserts a new one; an UPDATE that sets published_at
 * counts too). A publish run twice leaves two log rows, where "one published
 * row per document" still holds. Rolled-back publishes leave none. Test-only:
 * installed into the test's own database, never part of the plugin.
 */

const LOG = 'newsroom_test_publish_log';
const ARTICLES = 'newsroom_articles';

export interface DatabaseEnv {
  DATABASE_CLIENT?: string;
  DATABASE_SCHEMA?: string;
}

const isPostgres = (env: DatabaseEnv) => env.DATABASE_CLIENT === 'postgres';
const table = (env: DatabaseEnv, name: string) =>
  isPostgres(env) && env.DATABASE_SCHEMA ? `"${env.DATABASE_SCHEMA}".${name}` : name;

/** The statements that create the log table and its triggers (run after Strapi created its tables). */
export function publishLogInstall(env: DatabaseEnv): string[] {
  const log = table(env, LOG);
  const articles = table(env, ARTICLES);
  if (isPostgres(env)) {
    const fn = table(env, 'newsroom_test_log_publish');
    return [
      `CREATE TABLE ${log} (id serial PRIMARY KEY, document_id varchar(255), locale varchar(255), at timestamptz DEFAULT clock_timestamp())`,
      `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         INSERT INTO ${log} (document_id, locale) VALUES (NEW.document_id, NEW.locale); RETURN NULL; END $$`,
      `CREATE TRIGGER newsroom_test_published_insert AFTER INSERT ON ${articles} FOR EACH ROW
         WHEN (NEW.published_at IS NOT NULL) EXECUTE FUNCTION ${fn}()`,
      `CREATE TRIGGER newsroom_test_published_update AFTER UPDATE OF published_at ON ${articles} FOR EACH ROW
         WHEN (NEW.published_at IS NOT NULL AND NEW.published_at IS DISTINCT FROM OLD.published_at)
         EXECUTE FUNCTION ${fn}()`,
    ];
  }
  const insert = `INSERT INTO ${LOG} (document_id, locale) VALUES (NEW.document_id, NEW.locale);`;
  return [
    `CREATE TABLE ${LOG} (id integer PRIMARY KEY AUTOINCREMENT, document_id text, locale text)`,
    `CREATE TRIGGER newsroom_test_published_insert AFTER INSERT ON ${ARTICLES}
       WHEN NEW.published_at IS NOT NULL BEGIN ${insert} END`,
    `CREATE TRIGGER newsroom_test_published_update AFTER UPDATE OF published_at ON ${ARTICLES}
       WHEN NEW.published_at IS NOT NULL AND NEW.published_at IS NOT OLD.published_at BEGIN ${insert} END`,
  ];
}

/** Publishes per document and locale: rows of { document_id, locale, n }. */
export function publishLogRead(env: DatabaseEnv): string {
  return `SELECT document_id, locale, count(*) AS n FROM ${table(env, LOG)} GROUP BY document_id, locale`;
}

/** Documents published other than exactly once (as `id: n`), given the ids that each had to be published once. */
export function publishedOtherThanOnce(rows: { document_id: string; n: unknown }[], ids: string[]): string[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.document_id, (counts.get(row.document_id) ?? 0) + Number(row.n));
  const wrong = ids.filter((id) => counts.get(id) !== 1).map((id) => `${id}: ${counts.get(id) ?? 0}`);
  const strangers = [...counts.keys()]
    .filter((id) => !ids.includes(id))
    .map((id) => `${id}: ${counts.get(id)}`);
  return [...wrong, ...strangers];
}
