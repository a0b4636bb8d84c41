import { DateTime } from 'luxon';
import { checkNow, toStored } from './instant';

/**
 * Retry defaults: 10 s, 20 s, 40 s, 80 s, 160 s (capped at 5 min), so six
 * tries span about five minutes. A DB failover or restart fits in that; a
 * publish that is still failing after it needs an editor, not more tries.
 */
export const RETRY_DEFAULTS = { baseMs: 10_000, maxMs: 300_000, maxAttempts: 6, jitterRatio: 0.2 } as const;

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
