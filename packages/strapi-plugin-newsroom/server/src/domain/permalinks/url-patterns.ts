import { RuleError } from '../errors';

export const PERMALINK_TYPES = ['article', 'series'] as const;
export type PermalinkType = (typeof PERMALINK_TYPES)[number];

/** {year} {month} {day} are the publication date in the newsroom's zone. */
export const URL_PLACEHOLDERS = ['locale', 'slug', 'id', 'documentId', 'year', 'month', 'day'] as const;
export type UrlPlaceholder = (typeof URL_PLACEHOLDERS)[number];

/** A pattern per locale code, and `default` for locales without their own. */
export type LocalePatterns = { default: string; [locale: string]: string };

export interface UrlPatternsConfig {
  /** The front-end site, e.g. "https://www.example.com" (not the CMS). */
  origin: string;
  patterns: Record<PermalinkType, LocalePatterns>;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const IDENTIFYING: UrlPlaceholder[] = ['slug', 'id', 'documentId'];
const LOCALE_KEY = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
// Harmless values used to check that a pattern is a URL in normal form.
const SAMPLE: Record<UrlPlaceholder, string> = {
  locale: 'en',
  slug: 'slug',
  id: '1',
  documentId: 'doc',
  year: '2011',
  month: '07',
  day: '07',
};

export function placeholdersOf(pattern: string): string[] {
  return [...pattern.matchAll(PLACEHOLDER)].map((match) => match[1]);
}

/** Replaces each {name} with values[name]; the caller has encoded the values. */
export function fillPattern(pattern: string, values: Partial<Record<UrlPlaceholder, string>>): string {
  return pattern.replace(PLACEHOLDER, (_, name: UrlPlaceholder) => values[name] ?? '');
}

function normalizeOrigin(raw: unknown): string {
  const fail = (why: string) =>
    new RuleError(`origin ${JSON.stringify(raw)} ${why} (for example "https://www.example.com").`, [
      'origin',
    ]);
  if (typeof raw !== 'string') throw fail('must be a string');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fail('is not an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fail('must use http or https');
  if (url.username || url.password) throw fail('must not carry a user name or password');
  if (url.pathname !== '/' || url.search || url.hash || raw.includes('?') || raw.includes('#')) {
    throw fail('must be scheme and host only, without a path');
  }
  return url.origin;
}

function checkPattern(pattern: unknown, origin: string, path: string[]): string {
  const name = `URL pattern ${path.join('.')}`;
  const fail = (why: string) => new RuleError(`${name} ${why}`, path);
  if (typeof pattern !== 'string' || !pattern.trim()) throw fail('must be a non-empty string.');
  for (const placeholder of placeholdersOf(pattern)) {
    if (!(URL_PLACEHOLDERS as readonly string[]).includes(placeholder)) {
      throw fail(
        `uses the unknown placeholder {${placeholder}}; use ${URL_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}.`,
      );
    }
  }
  if (/[{}]/.test(pattern.replace(PLACEHOLDER, ''))) throw fail('has an unmatched "{" or "}".');
  if (!placeholdersOf(pattern).some((p) => IDENTIFYING.includes(p as UrlPlaceholder))) {
    throw fail('must contain {slug}, {id} or {documentId}, or every document would share one URL.');
  }
  // A literal prefix keeps every placeholder out of the host part.
  if (!pattern.startsWith(`${origin}/`)) throw fail(`must start with "${origin}/".`);
  if (pattern.includes('#')) throw fail('must not contain "#": a canonical URL has no fragment.');
  const sample = fillPattern(pattern, SAMPLE);
  let href: string;
  try {
    href = new URL(sample).href;
  } catch {
    throw fail('does not form a valid URL.');
  }
  // canonicalUrl relies on this: any later difference must come from a value.
  if (href !== sample) throw fail(`is not in normal URL form: "${sample}" would read as "${href}".`);
  return pattern;
}

/** Checks the permalink URL configuration and returns it normalized. */
export function validateUrlPatterns(config: unknown): UrlPatternsConfig {
  if (!config || typeof config !== 'object') {
    throw new RuleError('URL patterns must be an object with origin and patterns.', []);
  }
  const { origin: rawOrigin, patterns } = config as { origin?: unknown; patterns?: unknown };
  const origin = normalizeOrigin(rawOrigin);
  if (!patterns || typeof patterns !== 'object') {
    throw new RuleError('patterns must name a pattern for article and for series.', ['patterns']);
  }
  for (const type of Object.keys(patterns)) {
    if (!(PERMALINK_TYPES as readonly string[]).includes(type)) {
      throw new RuleError(`patterns.${type} is not a permalink type; use ${PERMALINK_TYPES.join(' or ')}.`, [
        'patterns',
        type,
      ]);
    }
  }
  const normalized = {} as Record<PermalinkType, LocalePatterns>;
  for (const type of PERMALINK_TYPES) {
    const byLocale = (patterns as Record<string, unknown>)[type];
    if (!byLocale || typeof byLocale !== 'object' || !('default' in byLocale)) {
      throw new RuleError(`patterns.${type} needs at least a "default" pattern.`, ['patterns', type]);
    }
    const out: Record<string, string> = {};
    for (const [locale, pattern] of Object.entries(byLocale)) {
      if (locale !== 'default' && !LOCALE_KEY.test(locale)) {
        throw new RuleError(`patterns.${type}: "${locale}" is not a locale code such as "en" or "de".`, [
          'patterns',
          type,
          locale,
        ]);
      }
      out[locale] = checkPattern(pattern, origin, ['patterns', type, locale]);
    }
    normalized[type] = out as LocalePatterns;
  }
  return { origin, patterns: normalized };
}
