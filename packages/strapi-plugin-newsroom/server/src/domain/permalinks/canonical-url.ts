import { DateTime, IANAZone } from 'luxon';
import { RuleError } from '../errors';
import {
  fillPattern,
  placeholdersOf,
  type PermalinkType,
  type UrlPatternsConfig,
  type UrlPlaceholder,
} from './url-patterns';

export interface CanonicalDocument {
  locale: string;
  slug: string;
  /** Null until the first publish; patterns using {id} then cannot resolve. */
  permalinkId: number | null;
  documentId: string;
  /** UTC instant (ISO 8601) of publication; needed by {year} {month} {day}. */
  publishedAt: string | null;
}

/**
 * encodeURIComponent plus ! ' ( ) *, so only A-Z a-z 0-9 - _ . ~ stay literal:
 * WHATWG URL re-encodes ' in queries, which would break the round-trip check.
 */
function encode(value: string, field: string): string {
  try {
    return encodeURIComponent(value).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    // A lone surrogate cannot be UTF-8 encoded.
    throw new RuleError(`${field} contains characters that cannot appear in a URL.`, [field]);
  }
}

// luxon checks a zone by building an Intl formatter (~50 µs): a sitemap of
// 100,000 URLs would spend seconds on it, so zones found valid are remembered.
const validZones = new Set<string>();
function validZone(zone: string): boolean {
  if (validZones.has(zone)) return true;
  if (!IANAZone.isValidZone(zone)) return false;
  validZones.add(zone);
  return true;
}

function placeholderValues(
  document: CanonicalDocument,
  used: Set<string>,
  timezone: string,
): Partial<Record<UrlPlaceholder, string>> {
  const missing = (field: string, why: string) => new RuleError(`The canonical URL needs ${why}.`, [field]);
  const values: Partial<Record<UrlPlaceholder, string>> = {};
  if (used.has('locale')) values.locale = document.locale;
  if (used.has('slug')) values.slug = document.slug;
  if (used.has('documentId')) values.documentId = document.documentId;
  if (used.has('id')) {
    if (document.permalinkId === null || !Number.isSafeInteger(document.permalinkId)) {
      throw missing('permalinkId', 'a permalink id, which is given on first publish');
    }
    values.id = String(document.permalinkId);
  }
  if (used.has('year') || used.has('month') || used.has('day')) {
    const published = document.publishedAt ? DateTime.fromISO(document.publishedAt, { zone: 'utc' }) : null;
    if (!published?.isValid) throw missing('publishedAt', 'a publication date');
    // The date readers see in the newsroom's zone: 23:30 UTC may be tomorrow in Berlin.
    const local = published.setZone(timezone);
    values.year = local.toFormat('yyyy');
    values.month = local.toFormat('MM');
    values.day = local.toFormat('dd');
  }
  for (const [field, value] of Object.entries(values)) {
    if (typeof value !== 'string' || value === '') throw missing(field, `a non-empty ${field}`);
    // "." and ".." survive encoding and would be read as dot-segments of the path.
    if (value === '.' || value === '..') {
      throw new RuleError(`${field} "${value}" cannot be part of a URL.`, [field]);
    }
  }
  return values;
}

/**
 * The document's absolute URL on the front-end site, built from the pattern
 * for its type and locale (or the type's default pattern). The permalink 301
 * points here, so whatever a slug contains, the result stays on the
 * configured origin: values are percent-encoded, and the URL is re-parsed and
 * checked before it is returned.
 */
export function canonicalUrl(
  type: PermalinkType,
  document: CanonicalDocument,
  config: UrlPatternsConfig,
  { timezone }: { timezone: string },
): string {
  if (!validZone(timezone)) throw new Error(`timezone "${timezone}" is not an IANA time zone.`);
  const byLocale = config.patterns[type];
  if (!byLocale) throw new RuleError(`"${type}" has no URL pattern.`, ['type']);
  const pattern = Object.prototype.hasOwnProperty.call(byLocale, document.locale)
    ? byLocale[document.locale]
    : byLocale.default;
  const raw = placeholderValues(document, new Set(placeholdersOf(pattern)), timezone);
  const encoded = Object.fromEntries(
    Object.entries(raw).map(([field, value]) => [field, encode(value, field)]),
  );
  const built = fillPattern(pattern, encoded);

  let url: URL;
  try {
    url = new URL(built);
  } catch {
    throw new RuleError(`The canonical URL "${built}" is not a valid URL.`, []);
  }
  // validateUrlPatterns made the pattern itself round-trip, so any change here
  // means a value altered the URL's structure: refuse rather than redirect there.
  if (url.origin !== config.origin || url.href !== built) {
    throw new RuleError(`The canonical URL "${built}" does not stay on ${config.origin}.`, []);
  }
  return url.href;
}
