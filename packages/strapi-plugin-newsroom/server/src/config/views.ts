import { validateUrlPatterns, type UrlPatternsConfig } from '../domain/permalinks';

/**
 * Configuration of permalinks, canonical URLs, print views and feeds (plugin
 * config key `views`). Patterns may write `{origin}` for the front-end origin;
 * everything else is checked by domain/permalinks validateUrlPatterns, so a
 * pattern can never lead a redirect off the front-end site.
 */
export interface ViewsConfig {
  frontend: {
    /** The public front-end site, scheme and host only. */
    origin: string;
    /** Canonical URL patterns per type and locale ({origin} {locale} {slug} {id} {documentId} {year} {month} {day}). */
    patterns: { article: Record<string, string>; series: Record<string, string> };
    /** The front page per locale ({origin} {locale}): feeds link to it. */
    home: Record<string, string>;
  };
  /** Path of the permalink redirect at the site root: '/-' serves /-1275463. */
  permalinkPrefix: string;
  /** Where readers see permalinks (the front end proxies the prefix to Strapi); null: frontend.origin. */
  permalinkOrigin: string | null;
  /** Absolute URL of this API as readers reach it, for feed self links; null: the front-end origin + /api/newsroom. */
  apiUrl: string | null;
  /** Items per feed. */
  feedItems: number;
  /** Feed titles and the publisher's name: one for all locales, or per locale with `default`. */
  siteName: string | Record<string, string>;
}

export const viewDefaults: ViewsConfig = {
  frontend: {
    origin: 'https://www.example.com',
    patterns: {
      article: { default: '{origin}/{locale}/news/{slug}-{id}.html' },
      series: { default: '{origin}/{locale}/series/{slug}' },
    },
    home: { default: '{origin}/{locale}/' },
  },
  permalinkPrefix: '/-',
  permalinkOrigin: null,
  apiUrl: null,
  feedItems: 20,
  siteName: 'Newsroom',
};

/** Root paths Strapi itself serves: a permalink prefix there would shadow them. */
const RESERVED = /^\/(?:api|admin|content-manager|i18n|upload|users-permissions|uploads|_health)(?:\/|$)/i;
const PREFIX = /^\/[A-Za-z0-9_~/-]*$/;

function absoluteOrigin(raw: unknown, name: string): string {
  try {
    const url = new URL(String(raw));
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.pathname === '/' && !url.search) {
      return url.origin;
    }
  } catch {
    // reported below
  }
  throw new Error(
    `views.${name} must be an http(s) origin such as "https://www.example.com", not ${JSON.stringify(raw)}.`,
  );
}

/** The front-end URL patterns with {origin} filled in and checked. */
export function urlPatterns(config: ViewsConfig): UrlPatternsConfig {
  const raw = config?.frontend;
  let origin = String(raw?.origin ?? '');
  try {
    origin = new URL(origin).origin;
  } catch {
    // validateUrlPatterns names the problem.
  }
  const fill = (byLocale: unknown) =>
    byLocale && typeof byLocale === 'object'
      ? Object.fromEntries(
          Object.entries(byLocale).map(([locale, pattern]) => [
            locale,
            typeof pattern === 'string' ? pattern.split('{origin}').join(origin) : pattern,
          ]),
        )
      : byLocale;
  const patterns = raw?.patterns && typeof raw.patterns === 'object' ? raw.patterns : {};
  return validateUrlPatterns({
    origin: raw?.origin,
    patterns: Object.fromEntries(Object.entries(patterns).map(([type, byLocale]) => [type, fill(byLocale)])),
  });
}

const byLocale = <T>(map: Record<string, T>, locale: string): T | undefined =>
  Object.prototype.hasOwnProperty.call(map, locale) ? map[locale] : map.default;

/** The front page of each locale: `{origin}` and `{locale}` only, and it must stay on the front-end origin. */
export function homePages(config: ViewsConfig, origin: string): (locale: string) => string {
  const pages = { default: '{origin}/{locale}/', ...(config?.frontend?.home ?? {}) };
  const build = (pattern: unknown, locale: string): string => {
    const filled =
      typeof pattern === 'string'
        ? pattern.split('{origin}').join(origin).split('{locale}').join(encodeURIComponent(locale))
        : '';
    let url: URL | null = null;
    try {
      url = new URL(filled);
    } catch {
      url = null;
    }
    if (!url || url.origin !== origin || /[{}]/.test(filled)) {
      throw new Error(
        `views.frontend.home must be URLs on ${origin} with {origin} and {locale} only, not ${JSON.stringify(pattern)}.`,
      );
    }
    return url.href;
  };
  for (const [key, pattern] of Object.entries(pages)) build(pattern, key === 'default' ? 'en' : key);
  return (locale) => build(byLocale(pages, locale), locale);
}

/** The site's name in a locale. */
export function siteNames(config: ViewsConfig): (locale: string) => string {
  const names = typeof config.siteName === 'string' ? { default: config.siteName } : config.siteName;
  const valid = (name: unknown) => typeof name === 'string' && name.trim() !== '';
  if (!names || typeof names !== 'object' || !valid(names.default) || !Object.values(names).every(valid)) {
    throw new Error(
      'views.siteName must be a non-empty string, or non-empty strings per locale with a "default".',
    );
  }
  return (locale) => (byLocale(names, locale) as string).trim();
}

/** The path prefix of the permalink route, checked. */
export function permalinkPrefix(config: ViewsConfig): string {
  const prefix = config?.permalinkPrefix;
  if (typeof prefix !== 'string' || !PREFIX.test(prefix) || prefix === '/' || prefix.includes('//')) {
    throw new Error(
      `views.permalinkPrefix must be a path such as "/-" or "/p/" (letters, digits, - _ ~ /), not ${JSON.stringify(prefix)}.`,
    );
  }
  if (RESERVED.test(prefix))
    throw new Error(`views.permalinkPrefix "${prefix}" would shadow a Strapi route.`);
  return prefix;
}

export function validateViews(raw: Record<string, any>): void {
  const config = raw as ViewsConfig;
  try {
    urlPatterns(config);
  } catch (error) {
    throw new Error(`views.frontend: ${(error as Error).message}`);
  }
  permalinkPrefix(config);
  if (config.permalinkOrigin !== null) absoluteOrigin(config.permalinkOrigin, 'permalinkOrigin');
  if (config.apiUrl !== null) {
    let ok = false;
    try {
      const url = new URL(String(config.apiUrl));
      ok = (url.protocol === 'https:' || url.protocol === 'http:') && !url.search && !url.hash;
    } catch {
      ok = false;
    }
    if (!ok)
      throw new Error(
        `views.apiUrl must be an absolute http(s) URL or null, not ${JSON.stringify(config.apiUrl)}.`,
      );
  }
  if (!Number.isInteger(config.feedItems) || config.feedItems < 1 || config.feedItems > 100) {
    throw new Error(
      `views.feedItems must be a whole number from 1 to 100, not ${JSON.stringify(config.feedItems)}.`,
    );
  }
  siteNames(config);
  homePages(config, urlPatterns(config).origin);
}

/** Everything the views need, resolved once from the config. */
export function resolveViews(config: ViewsConfig) {
  const urls = urlPatterns(config);
  const prefix = permalinkPrefix(config);
  const permalinkBase = config.permalinkOrigin
    ? absoluteOrigin(config.permalinkOrigin, 'permalinkOrigin')
    : urls.origin;
  const apiUrl = (config.apiUrl ?? `${urls.origin}/api/newsroom`).replace(/\/+$/, '');
  return {
    urls,
    prefix,
    permalinkBase,
    apiUrl,
    feedItems: config.feedItems,
    siteName: siteNames(config),
    home: homePages(config, urls.origin),
  };
}

export type ResolvedViews = ReturnType<typeof resolveViews>;
