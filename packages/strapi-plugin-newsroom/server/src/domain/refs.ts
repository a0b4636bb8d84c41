import { RuleError } from './errors';
import { isCanonicalId } from './permalinks/permalink-id';
import { isValidSlug } from './slug';

export type Ref = { slug: string; permalinkId: number | null };

/**
 * A path reference to a document: a slug, or a numeric permalink id. An
 * id as permalinks spell it (digits, no leading zero) is tried as a permalink
 * id first, then as a slug; "001275001" is only a slug, so one answer never
 * has two spellings (two cache keys).
 */
export function parseRef(raw: string, what = 'slug'): Ref {
  if (isCanonicalId(raw)) return { slug: raw, permalinkId: Number(raw) };
  if (!isValidSlug(raw)) {
    throw new RuleError(`"${raw.slice(0, 60)}" is not a valid ${what} or permalink id.`, [what]);
  }
  return { slug: raw, permalinkId: null };
}
