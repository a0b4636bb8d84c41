import { RuleError } from '../errors';

export type FailureClass = 'transient' | 'permanent';

/** Network and driver codes that mean "the database was briefly out of reach or busy". */
const TRANSIENT_CODES = new Set([
  // Node sockets and DNS
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // PostgreSQL: shutdown/restart, too many connections, serialization failure, deadlock, lock timeout
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '40001',
  '40P01',
  '55P03',
  // SQLite: another writer holds the file
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  // MySQL
  'PROTOCOL_CONNECTION_LOST',
  'ER_LOCK_DEADLOCK',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_CON_COUNT_ERROR',
]);

/** PostgreSQL class 08 is "connection exception" (08000, 08003, 08006, ...). */
const TRANSIENT_CODE_PREFIXES = ['08'];

/** Errors that mean the request itself is wrong; retrying cannot help. Strapi's names included. */
const PERMANENT_NAMES = new Set([
  'RuleError',
  'ValidationError',
  'YupValidationError',
  'NotFoundError',
  'ForbiddenError',
  'UnauthorizedError',
  'PolicyError',
  'PayloadTooLargeError',
  'TypeError',
  'SyntaxError',
]);

const TRANSIENT_NAMES = new Set(['KnexTimeoutError', 'TimeoutError', 'ConnectionError']);

const TRANSIENT_MESSAGES = [
  /timeout acquiring a connection/i,
  /connection terminated/i,
  /connection (?:was )?(?:lost|closed|reset)/i,
  /database is locked/i,
  /socket hang up/i,
  /too many (?:clients|connections)/i,
];

/**
 * Whether a failed action is worth another try. Only failures we recognise
 * as passing (the database unreachable, busy or restarting) are transient;
 * anything else, unknown errors included, is permanent, so a bug is shown
 * to the editor at once instead of being retried for five minutes.
 * The error's cause chain is followed, because drivers get wrapped.
 */
export function classifyFailure(error: unknown): FailureClass {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === 'object' && !seen.has(current);) {
    seen.add(current);
    const verdict = classifyOne(current as { name?: unknown; code?: unknown; message?: unknown });
    if (verdict) return verdict;
    current = (current as { cause?: unknown }).cause;
  }
  return 'permanent';
}

function classifyOne(error: { name?: unknown; code?: unknown; message?: unknown }): FailureClass | null {
  if (error instanceof RuleError) return 'permanent';
  const code = typeof error.code === 'string' ? error.code.toUpperCase() : '';
  if (
    TRANSIENT_CODES.has(code) ||
    TRANSIENT_CODE_PREFIXES.some((prefix) => code.length === 5 && code.startsWith(prefix))
  ) {
    return 'transient';
  }
  const name = typeof error.name === 'string' ? error.name : '';
  if (TRANSIENT_NAMES.has(name)) return 'transient';
  if (PERMANENT_NAMES.has(name)) return 'permanent';
  const message = typeof error.message === 'string' ? error.message : '';
  if (TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return 'transient';
  return null;
}
