import type { Core } from '@strapi/strapi';

/** How long the list is trusted: a locale added in Settings shows within this. */
const TTL_MS = 10_000;

export interface Locales {
  /** Every locale the app has, sorted. */
  codes: string[];
  /** The app's default locale: what a request that names none gets. */
  fallback: string;
}

/**
 * The host app's locales, from Strapi's i18n plugin: the plugin never creates
 * or removes one. An app with i18n turned off has one locale, "en".
 */
export const createLocalesService = ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: (Locales & { until: number }) | null = null;

  async function load(): Promise<Locales> {
    const i18n = strapi.plugin('i18n');
    if (!i18n) return { codes: ['en'], fallback: 'en' };
    const service = i18n.service('locales');
    const rows = (await service.find()) as Array<{ code: string }>;
    const codes = rows.map((row) => row.code).sort();
    const fallback = ((await service.getDefaultLocale()) as string | null) ?? codes[0] ?? 'en';
    return { codes: codes.length ? codes : [fallback], fallback };
  }

  return {
    async list(): Promise<Locales> {
      if (cached && cached.until > Date.now()) return cached;
      const locales = await load();
      cached = { ...locales, until: Date.now() + TTL_MS };
      return locales;
    },

    async defaultLocale(): Promise<string> {
      return (await this.list()).fallback;
    },

    /** Forget the cached list (a locale was added or removed). */
    reset() {
      cached = null;
    },
  };
};

export type LocalesService = ReturnType<typeof createLocalesService>;
