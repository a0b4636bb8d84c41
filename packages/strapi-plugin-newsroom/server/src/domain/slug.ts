import slugify from 'slugify';
import { RuleError } from './errors';

export const SLUG_MAX_LENGTH = 120;
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A URL slug from a headline. German text is transliterated the German way
 * ("Größe" -> "groesse"), other locales fall back to slugify's defaults.
 */
export function makeSlug(title: string, locale = 'en'): string {
  const language = locale.split('-')[0].toLowerCase();
  // "3.0" reads as "3-0", not "30": keep version numbers apart.
  const spaced = title.replace(/(\d)[.,](?=\d)/g, '$1-');
  const slug = slugify(spaced, {
    lower: true,
    strict: true,
    locale: language,
    trim: true,
  });
  return cut(slug, SLUG_MAX_LENGTH);
}

/** Shortens a slug at a hyphen where possible, never leaving one at the end. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max);
  const lastHyphen = head.lastIndexOf('-');
  return (lastHyphen > max / 2 ? head.slice(0, lastHyphen) : head).replace(/-+$/, '');
}

export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}

export function assertValidSlug(slug: string, field = 'slug'): void {
  if (!isValidSlug(slug)) {
    throw new RuleError(
      `${field} "${slug}" must be 1-${SLUG_MAX_LENGTH} lowercase letters, digits and single hyphens (for example "coming-in-3-0").`,
      [field],
    );
  }
}

/** The first of `base`, `base-2`, `base-3`, ... that `isTaken` rejects. */
export async function firstFreeSlug(
  base: string,
  isTaken: (candidate: string) => Promise<boolean> | boolean,
): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = `${cut(base, SLUG_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new RuleError(`No free slug could be derived from "${base}".`, ['slug'], 'conflict');
}
