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
 * Checks an id the permalink counter handed out (services/publishing.ts; the
 * counter is one row in newsroom_sequences, moved in the publish transaction
 * to max(last + 1, permalinkStart), so raising the start jumps forward and
 * ids never go back or repeat). Past the largest storable id the publish is
 * refused as a conflict instead of storing an id that cannot be read back.
 */
export function checkAllocatedPermalinkId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new Error(`the permalink counter handed out ${id}, which is not a whole number >= 1.`);
  }
  if (id > PERMALINK_ID_MAX) {
    throw new RuleError(
      `No permalink id is left: the counter reached ${PERMALINK_ID_MAX}.`,
      ['permalinkId'],
      'conflict',
    );
  }
  return id;
}
