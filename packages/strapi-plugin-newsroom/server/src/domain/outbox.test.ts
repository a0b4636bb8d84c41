import { DateTime } from 'luxon';
import { createHash } from 'crypto';
import {
  boundedKey,
  changedUrls,
  deliveryOutcome,
  MAX_DEDUPE_KEY,
  retryAt,
  websubPublishBody,
} from './outbox';

describe('deliveryOutcome', () => {
  it.each([
    [{ status: 204 }, 'delivered'],
    [{ status: 202 }, 'delivered'],
    [{ status: 500 }, 'retry'],
    [{ status: 503 }, 'retry'],
    [{ status: 429 }, 'retry'],
    [{ status: 408 }, 'retry'],
    [{ error: 'ECONNREFUSED' }, 'retry'],
    [{ status: 400 }, 'failed'],
    [{ status: 404 }, 'failed'],
    [{ status: 301 }, 'failed'],
  ] as const)('%j is %s', (result, outcome) => {
    expect(deliveryOutcome(result)).toBe(outcome);
  });
});

describe('retryAt', () => {
  const now = DateTime.fromISO('2011-07-07T14:49:00Z', { zone: 'utc' });
  const policy = { maxAttempts: 4, retryBaseMs: 1000, retryMaxMs: 3000 };

  it('backs off exponentially up to the cap, the same for the same message', () => {
    const delays = [1, 2, 3].map(
      (attempt) =>
        DateTime.fromISO(retryAt('m1', attempt, now, policy) as string).toMillis() - now.toMillis(),
    );
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[0]).toBeLessThanOrEqual(1000);
    expect(delays[1]).toBeLessThanOrEqual(2000);
    expect(delays[2]).toBeLessThanOrEqual(3000);
    expect(delays[2]).toBeGreaterThan(delays[0]);
    expect(retryAt('m1', 2, now, policy)).toBe(retryAt('m1', 2, now, policy));
  });

  it('gives up after maxAttempts tries', () => {
    expect(retryAt('m1', 4, now, policy)).toBeNull();
  });
});

describe('WebSub', () => {
  it('publishes a topic as a form-encoded hub.mode=publish with hub.url', () => {
    expect(websubPublishBody('https://www.example.com/api/newsroom/feeds/site.atom?locale=de')).toBe(
      'hub.mode=publish&hub.url=https%3A%2F%2Fwww.example.com%2Fapi%2Fnewsroom%2Ffeeds%2Fsite.atom%3Flocale%3Dde',
    );
  });

  it('names exactly the feeds that changed, appeared or disappeared', () => {
    const before = new Map([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
    ]);
    const after = new Map([
      ['a', '1'],
      ['b', '9'],
      ['d', '4'],
    ]);
    expect(changedUrls(before, after)).toEqual(['b', 'c', 'd']);
    expect(changedUrls(before, before)).toEqual([]);
  });
});

describe('boundedKey', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  it('keeps a short key and shortens a long one to under 255 characters, keeping keys apart', () => {
    expect(boundedKey('newsroom.schedule.late:abc', sha256)).toBe('newsroom.schedule.late:abc');
    const long = `purge:${'x'.repeat(500)}`;
    const other = `purge:${'x'.repeat(499)}y`;
    expect(boundedKey(long, sha256).length).toBeLessThan(255);
    expect(boundedKey(long, sha256)).toBe(boundedKey(long, sha256));
    expect(boundedKey(long, sha256)).not.toBe(boundedKey(other, sha256));
    expect(boundedKey('k'.repeat(MAX_DEDUPE_KEY), sha256)).toBe('k'.repeat(MAX_DEDUPE_KEY));
  });
});
