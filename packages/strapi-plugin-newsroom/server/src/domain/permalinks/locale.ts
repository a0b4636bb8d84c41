import { RuleError } from '../errors';

export interface LocaleRequest {
  /** The ?locale= query parameter, if given. */
  queryLocale?: string | null;
  /** The raw Accept-Language header, if any. */
  acceptLanguage?: string | null;
  /** The locales the site publishes, e.g. ['en', 'de']. */
  available: string[];
  /** Used when neither the query nor the header names an available locale. */
  fallback: string;
}

interface Range {
  tag: string;
  q: number;
  order: number;
}

// Bounds the work a hostile header can cause; real browsers send a handful.
const MAX_HEADER_LENGTH = 1024;
const MAX_RANGES = 32;
const LANGUAGE_RANGE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const QUALITY = /^q=(0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$/i;

/**
 * Language ranges from an Accept-Language header (RFC 9110 12.5.4), best
 * first. Malformed parts and "*" are skipped rather than failing the request:
 * a broken header must never turn a redirect into an error.
 */
export function parseAcceptLanguage(header: string | null | undefined): Range[] {
  if (typeof header !== 'string' || header.length > MAX_HEADER_LENGTH) return [];
  const ranges: Range[] = [];
  header
    .split(',')
    .slice(0, MAX_RANGES)
    .forEach((part, order) => {
      const [tag, ...params] = part.split(';').map((piece) => piece.trim());
      if (!LANGUAGE_RANGE.test(tag)) return;
      let q = 1;
      for (const param of params) {
        const match = QUALITY.exec(param.replace(/\s+/g, ''));
        if (!match) return;
        q = Number(match[1]);
      }
      ranges.push({ tag: tag.toLowerCase(), q, order });
    });
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order);
}

/** RFC 4647 lookup: "de-DE-1996" tries "de-DE-1996", "de-DE", then "de". */
function lookup(tag: string, available: Map<string, string>): string | undefined {
  const subtags = tag.split('-');
  for (let n = subtags.length; n > 0; n -= 1) {
    const found = available.get(subtags.slice(0, n).join('-'));
    if (found) return found;
  }
  return undefined;
}

/**
 * The locale to answer in: ?locale= first (an unknown one is a 400, so a typo
 * is noticed instead of silently served in another language), then the
 * Accept-Language header, then the fallback. Answers that used the header
 * should carry `Vary: Accept-Language`.
 */
export function negotiateLocale({ queryLocale, acceptLanguage, available, fallback }: LocaleRequest): string {
  const byLowerCase = new Map(available.map((locale) => [locale.toLowerCase(), locale]));
  if (queryLocale !== undefined && queryLocale !== null) {
    const found = typeof queryLocale === 'string' ? byLowerCase.get(queryLocale.toLowerCase()) : undefined;
    if (!found) {
      throw new RuleError(
        `locale ${JSON.stringify(String(queryLocale).slice(0, 35))} is not available; use one of ${available.join(', ')}.`,
        ['locale'],
      );
    }
    return found;
  }
  // q=0 means "not this one", also for the ranges it would otherwise reach via lookup.
  const ranges = parseAcceptLanguage(acceptLanguage);
  const refused = new Set(ranges.filter((range) => range.q === 0).map((range) => range.tag));
  for (const range of ranges) {
    if (range.q === 0) continue;
    const found = lookup(range.tag, byLowerCase);
    if (found && !refused.has(found.toLowerCase())) return found;
  }
  return fallback;
}
