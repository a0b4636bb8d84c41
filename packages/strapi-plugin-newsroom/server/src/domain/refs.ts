import { RuleError } from './errors';
import { isValidSlug } from './slug';

export type Ref = { slug: string; permalinkId: number | null };

/**
 * A path reference to a document: a slug, or a numeric permalink id. An
 * all-digit reference is tried as a permalink id first, then as a slug.
 */
export function parseRef(raw: string, what = 'slug'): Ref {
  if (/^\d{1,15}$/.test(raw)) return { slug: raw, permalinkId: Number(raw) };
  if (!isValidSlug(raw)) {
    throw new RuleError(`"${raw.slice(0, 60)}" is not a valid ${what} or permalink id.`, [what]);
  }
  return { slug: raw, permalinkId: null };
}
