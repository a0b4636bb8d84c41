import type { Core } from '@strapi/strapi';

export const NEWSROOM_LOCALES = [
  { code: 'en', name: 'English (en)' },
  { code: 'de', name: 'German (de)' },
];

export const DEV_ADMIN_DEFAULTS = {
  email: 'editor@newsroom.local',
  password: 'Newsroom-Dev-2026',
};

/** Start-up chores: locales, the public role's read access, a development admin. */
export const createSetupService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async ensureLocales() {
    const locales = strapi.plugin('i18n').service('locales');
    for (const [index, locale] of NEWSROOM_LOCALES.entries()) {
      if (await locales.findByCode(locale.code)) continue;
      const hasDefault = Boolean(await locales.getDefaultLocale());
      await locales.create(locale, { isDefault: index === 0 && !hasDefault });
    }
  },

  /**
   * Grants each read action to the public and authenticated roles once; an
   * admin may revoke it later and it stays revoked.
   */
  async grantPublic(actions: string[]) {
    const store = strapi.store({ type: 'plugin', name: 'newsroom' });
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
  },

  /** Outside production, a first super admin so a new user can log in at once. */
  async ensureDevAdmin(env: NodeJS.ProcessEnv = process.env) {
    if (env.NODE_ENV === 'production') return null;
    const users = strapi.service('admin::user');
    if (await users.exists()) return null;
    const email = env.NEWSROOM_ADMIN_EMAIL || DEV_ADMIN_DEFAULTS.email;
    const password = env.NEWSROOM_ADMIN_PASSWORD || DEV_ADMIN_DEFAULTS.password;
    await users.createFirstAdmin({ email, password, firstname: 'Newsroom', lastname: 'Editor' });
    strapi.log.info(`[newsroom] Created the development admin ${email}.`);
    return email;
  },
});

export type SetupService = ReturnType<typeof createSetupService>;
