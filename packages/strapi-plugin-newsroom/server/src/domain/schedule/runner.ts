import { DateTime } from 'luxon';
import { checkNow, type Instant, toInstant, toStored } from './instant';
import type { ActionStatus } from './status';

/** How long a runner holds a claimed action before another instance may take it over. */
export const DEFAULT_LEASE_MS = 60_000;

/**
 * Retry defaults: 10 s, 20 s, 40 s, 80 s, 160 s (capped at 5 min), so six
 * tries span about five minutes. A DB failover or restart fits in that; a
 * publish that is still failing after it needs an editor, not more tries.
 */
export const RETRY_DEFAULTS = { baseMs: 10_000, maxMs: 300_000, maxAttempts: 6, jitterRatio: 0.2 } as const;

export interface ClaimableAction {
  status: ActionStatus;
  /** When the editor wants it to run; lateness is measured from here. */
  dueAt: Instant;
  /** Set by a retry: not before this instant. Kept apart so dueAt stays the editor's time. */
  retryAt?: Instant | null;
  /** Until when the claiming runner holds it. */
  leaseUntil?: Instant | null;
}

export interface RetryOptions {
  baseMs?: number;
  maxMs?: number;
  /** Total tries, the first one included. */
  maxAttempts?: number;
  /** Up to this share of the delay is taken off at random, so instances do not retry in step. */
  jitterRatio?: number;
  /** A number in [0, 1) for the given attempt; default 0 (no jitter), so results are deterministic. */
  jitter?: (attempts: number) => number;
}

export function leaseExpiry(now: DateTime, leaseMs = DEFAULT_LEASE_MS): string {
  if (!Number.isFinite(leaseMs) || leaseMs <= 0)
    throw new RangeError(`leaseMs must be positive (got ${leaseMs}).`);
  return toStored(checkNow(now).plus({ milliseconds: leaseMs }));
}

/**
 * A runner may claim an action that is pending and due (and past any retry
 * time), or one that is running under a lease that has run out: a lease ends
 * at leaseUntil, and a running action without a lease is an orphan. Taking
 * over can run the publish twice; the publish itself must be a no-op when
 * the document is already in the wanted state.
 */
export function isClaimable(action: ClaimableAction, now: DateTime): boolean {
  const current = checkNow(now);
  if (action.status === 'pending') {
    if (toInstant(action.dueAt, ['dueAt']) > current) return false;
    return !action.retryAt || toInstant(action.retryAt, ['retryAt']) <= current;
  }
  if (action.status === 'running') {
    return !action.leaseUntil || toInstant(action.leaseUntil, ['leaseUntil']) <= current;
  }
  return false;
}

/**
 * When to try again after `attempts` tries have failed: exponential backoff
 * from baseMs, capped at maxMs, minus jitter; null when the tries are used up.
 */
export function nextRetry(attempts: number, now: DateTime, options: RetryOptions = {}): string | null {
  const { baseMs, maxMs, maxAttempts, jitterRatio } = { ...RETRY_DEFAULTS, ...options };
  if (!Number.isInteger(attempts) || attempts < 1) {
    throw new RangeError(`attempts counts the tries made so far, at least 1 (got ${attempts}).`);
  }
  if (!(baseMs > 0 && maxMs >= baseMs && maxAttempts >= 1 && jitterRatio >= 0 && jitterRatio <= 1)) {
    throw new RangeError(
      'Retry options need baseMs > 0, maxMs >= baseMs, maxAttempts >= 1 and jitterRatio in [0, 1].',
    );
  }
  if (attempts >= maxAttempts) return null;
  const r = options.jitter ? options.jitter(attempts) : 0;
  if (!(r >= 0 && r < 1)) throw new RangeError(`jitter must return a number in [0, 1) (got ${r}).`);
  // 2 ** 40 already exceeds any sane maxMs; the cap keeps the exponent from overflowing.
  const delay = Math.min(maxMs, baseMs * 2 ** Math.min(attempts - 1, 40));
  return toStored(checkNow(now).plus({ milliseconds: Math.round(delay * (1 - jitterRatio * r)) }));
}

/**
 * A jitter that is fixed per key (e.g. the action id) and attempt: instances
 * spread out, yet a test or a replay gets the same instants every time.
 */
export function hashJitter(key: string): (attempts: number) => number {
  return (attempts) => {
    // FNV-1a, 32 bit.
    let hash = 0x811c9dc5;
    for (const char of `${key}#${attempts}`) {
      hash ^= char.codePointAt(0) as number;
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) / 2 ** 32;
  };
}
