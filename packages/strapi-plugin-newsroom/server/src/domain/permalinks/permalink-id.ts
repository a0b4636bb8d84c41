import { RuleError } from '../errors';

/**
 * The largest permalink id: 2^31-1. Strapi's `integer` attribute is a signed
 * 32-bit column in Postgres, MySQL and SQLite alike, so a larger id could not
 * be stored; ten digits is also the longest string worth parsing.
 */
export const PERMALINK_ID_MAX = 2_147_483_647;
const MAX_DIGITS = String(PERMALINK_ID_MAX).length;

export interface PermalinkIdRange {
  /** The configured first id (ids below it were never handed out). */
  min: number;
  /** Defaults to PERMALINK_ID_MAX; may be lower, never higher. */
  max?: number;
}

/** Quotes untrusted input for a message without echoing a megabyte of it. */
function quote(raw: string): string {
  return JSON.stringify(raw.length > 20 ? `${raw.slice(0, 20)}…` : raw);
}

function assertRange({ min, max = PERMALINK_ID_MAX }: PermalinkIdRange): Required<PermalinkIdRange> {
  if (
    !Number.isSafeInteger(min) ||
    min < 1 ||
    !Number.isSafeInteger(max) ||
    max > PERMALINK_ID_MAX ||
    min > max
  ) {
    throw new Error(
      `permalink id range ${min}-${max} must be whole numbers with 1 <= min <= max <= ${PERMALINK_ID_MAX}.`,
    );
  }
  return { min, max };
}

/** Whether `raw` is an id spelled the one way ids are: digits, no leading zero, at most MAX_DIGITS. */
export function isCanonicalId(raw: string): boolean {
  return raw.length <= MAX_DIGITS && /^[1-9][0-9]*$/.test(raw);
}

/**
 * The id from `/-1275463` (the glue passes the part after the hyphen).
 * Only plain digits are accepted, and no leading zero, so every id has exactly
 * one spelling: "01275463" would otherwise be a second cache key for one page.
 */
export function parsePermalinkId(raw: string, range: PermalinkIdRange): number {
  const { min, max } = assertRange(range);
  const path = ['permalinkId'];
  if (typeof raw !== 'string' || !/^[0-9]+$/.test(raw)) {
    throw new RuleError(
      `permalink id ${quote(String(raw))} must consist of digits only (for example "1275463").`,
      path,
    );
  }
  if (raw.length > MAX_DIGITS) {
    throw new RuleError(
      `permalink id ${quote(raw)} is too long: ids have at most ${MAX_DIGITS} digits.`,
      path,
    );
  }
  if (raw.length > 1 && raw.startsWith('0')) {
    throw new RuleError(`permalink id ${quote(raw)} must not start with 0.`, path);
  }
  const id = Number(raw);
  if (id < min || id > max) {
    throw new RuleError(`permalink id ${raw} is out of range: ids run from ${min} to ${max}.`, path);
  }
  return id;
}

/**
 * The pure part of the allocator: the id after `lastAllocated`, or `start` for
 * the very first one. If an operator later raises `start` past the counter,
 * allocation jumps forward to it; it never goes back, so ids are never reused.
 *
 * How the glue allocates atomically (it, not this file, touches the database):
 * one counter row, incremented inside the publish transaction, e.g.
 *   UPDATE newsroom_counters
 *      SET last_allocated = CASE WHEN last_allocated + 1 < :start
 *                                THEN :start ELSE last_allocated + 1 END
 *    WHERE name = 'permalink' RETURNING last_allocated;
 * (Postgres and SQLite >= 3.35 support RETURNING; on MySQL, SELECT ... FOR
 * UPDATE the row, then UPDATE it, in the same transaction.) The row lock
 * serialises concurrent publishes, so two documents never get the same id; a
 * unique index on the documents' permalink_id column is the last guard. An id
 * is assigned only on a document's first publish and shared by its locales;
 * a rolled-back transaction may leave no gap or a gap, never a duplicate.
 */
export function nextPermalinkId(lastAllocated: number | null, start: number): number {
  assertRange({ min: start });
  if (lastAllocated !== null && (!Number.isSafeInteger(lastAllocated) || lastAllocated < 0)) {
    throw new Error(`the permalink counter holds ${lastAllocated}, which is not a whole number >= 0.`);
  }
  const next = lastAllocated === null ? start : Math.max(lastAllocated + 1, start);
  if (next > PERMALINK_ID_MAX) {
    throw new RuleError(
      `No permalink id is left: the counter reached ${PERMALINK_ID_MAX}.`,
      ['permalinkId'],
      'conflict',
    );
  }
  return next;
}
