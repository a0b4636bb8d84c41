import type { DateTime } from 'luxon';
import { hashJitter, nextRetry } from './schedule/runner';

/**
 * The rules of the outbox: what a delivery's answer means, and when to try
 * again. Messages are written in the transaction of the change they report
 * and delivered after its commit, at least once.
 */

export type DeliveryOutcome = 'delivered' | 'retry' | 'failed';

export interface DeliveryResult {
  /** HTTP status of the receiver's answer; absent when no answer came (network, timeout). */
  status?: number;
  error?: string;
}

/**
 * 2xx: delivered. No answer, 408, 425, 429 and 5xx: the receiver may take it
 * later, try again. Any other 4xx: the receiver refuses this message for
 * good (a wrong URL, a topic it does not know), so retrying cannot help.
 */
export function deliveryOutcome(result: DeliveryResult): DeliveryOutcome {
  const { status } = result;
  if (status === undefined) return 'retry';
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  return 'failed';
}

export interface RetryPolicy {
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
}

/** When a message that failed on its `attempts`th try is tried next; null when it has had its tries. */
export function retryAt(
  messageKey: string,
  attempts: number,
  now: DateTime,
  policy: RetryPolicy,
): string | null {
  return nextRetry(attempts, now, {
    baseMs: policy.retryBaseMs,
    maxMs: policy.retryMaxMs,
    maxAttempts: policy.maxAttempts,
    jitter: hashJitter(messageKey),
  });
}

/**
 * W3C WebSub, section 7 ("Publishing"): the publisher tells its hub that a
 * topic changed; the common form (PubSubHubbub 0.4, and what public hubs
 * accept) is a form-encoded POST of hub.mode=publish and hub.url=<topic URL>.
 */
export function websubPublishBody(topicUrl: string): string {
  return new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': topicUrl }).toString();
}

/** The feed URLs whose documents differ between two snapshots (appeared, disappeared or changed), sorted. */
export function changedUrls(before: Map<string, string>, after: Map<string, string>): string[] {
  const urls = new Set([...before.keys(), ...after.keys()]);
  return [...urls].filter((url) => before.get(url) !== after.get(url)).sort();
}

/** Longest dedupe key stored as it is; longer ones are hashed (the column and its index want < 255). */
export const MAX_DEDUPE_KEY = 200;

/**
 * A dedupe key that fits: itself when short, else a prefix of it and the
 * SHA-256 of the whole, so equal keys stay equal and different ones differ.
 * `sha256` is passed in (node:crypto in the glue), keeping this module pure.
 */
export function boundedKey(key: string, sha256: (text: string) => string): string {
  if (key.length <= MAX_DEDUPE_KEY) return key;
  return `${key.slice(0, 64)}…sha256:${sha256(key)}`;
}
