import type { Core } from '@strapi/strapi';

/**
 * What this demo app sets up for itself at start, after every plugin has
 * bootstrapped: the newsroom plugin never touches an app's locales, roles or
 * accounts, so an app that wants them does it in its own code, like this.
 */

export const DEMO_LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'de', name: 'German (de)' },
];

export const DEV_ADMIN_DEFAULTS = {
  email: 'editor@newsroom.local',
  password: 'Newsroom-Dev-2026',
};

/** English and German, English the default when the app has no default yet. */
/**
 * SQLite in write-ahead-log mode: readers no longer lock the file, so the
 * plugin's per-request check of the content generation costs a third of
 * what it does in SQLite's default rollback-journal mode, and reads never
 * wait for a write. The mode is stored in the file; setting it again is a no-op.
 * DATABASE_SQLITE_WAL=false keeps SQLite's default (a test reads the rollback journal).
 */
export async function useWriteAheadLog(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  if (strapi.db.dialect.client !== 'sqlite' || env.DATABASE_SQLITE_WAL === 'false') return;
  await strapi.db.connection.raw('PRAGMA journal_mode = WAL');
}

export async function ensureLocales(strapi: Core.Strapi) {
  const locales = strapi.plugin('i18n').service('locales');
  for (const [index, locale] of DEMO_LOCALES.entries()) {
    if (await locales.findByCode(locale.code)) continue;
    const hasDefault = Boolean(await locales.getDefaultLocale());
    await locales.create(locale, { isDefault: index === 0 && !hasDefault });
  }
}

/** The newsroom's public read actions: every content-API route the plugin registers. */
export function newsroomReadActions(strapi: Core.Strapi): string[] {
  const routes = (strapi.plugin('newsroom').routes as any)['content-api'].routes as Array<{
    handler: string;
  }>;
  return [...new Set(routes.map((route) => `plugin::newsroom.${route.handler}`))];
}

/**
 * Grants each read action to the public and authenticated roles once; an
 * admin may revoke it later and it stays revoked.
 */
export async function grantPublicReads(strapi: Core.Strapi, actions: string[]) {
  const store = strapi.store({ type: 'plugin', name: 'newsroom-demo' });
  const granted = ((await store.get({ key: 'public-grants' })) as string[] | null) ?? [];
  const missing = actions.filter((action) => !granted.includes(action));
  if (missing.length === 0) return;
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const roles = await strapi.db
    .query('plugin::users-permissions.role')
    .findMany({ where: { type: { $in: ['public', 'authenticated'] } } });
  for (const role of roles) {
    for (const action of missing) {
      if (await permissions.count({ where: { action, role: role.id } })) continue;
      await permissions.create({ data: { action, role: role.id } });
    }
  }
  await store.set({ key: 'public-grants', value: [...granted, ...missing] });
}

/** Outside production, a first super admin so a new user can log in at once. */
export async function ensureDevAdmin(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env) {
  if (env.NODE_ENV === 'production') return null;
  const users = strapi.service('admin::user');
  if (await users.exists()) return null;
  const email = env.NEWSROOM_ADMIN_EMAIL || DEV_ADMIN_DEFAULTS.email;
  const password = env.NEWSROOM_ADMIN_PASSWORD || DEV_ADMIN_DEFAULTS.password;
  await users.createFirstAdmin({ email, password, firstname: 'Newsroom', lastname: 'Editor' });
  strapi.log.info(`[demo] Created the development admin ${email}.`);
  return email;
}
