import { DateTime } from 'luxon';
import { hashJitter, isClaimable, leaseExpiry, nextRetry, RETRY_DEFAULTS } from './runner';

const now = DateTime.fromISO('2026-10-22T14:49:00.000Z', { zone: 'utc' });
const seconds = (iso: string | null) =>
  iso === null ? null : (DateTime.fromISO(iso).toMillis() - now.toMillis()) / 1000;

describe('leaseExpiry', () => {
  it('adds the lease to now, as a stored UTC instant', () => {
    expect(leaseExpiry(now, 30_000)).toBe('2026-10-22T14:49:30.000Z');
    expect(leaseExpiry(now)).toBe('2026-10-22T14:50:00.000Z');
    expect(() => leaseExpiry(now, 0)).toThrow(RangeError);
  });
});

describe('isClaimable', () => {
  const due = '2026-10-22T14:49:00.000Z';
  it('claims a pending action once it is due, not a second before', () => {
    expect(isClaimable({ status: 'pending', dueAt: due }, now)).toBe(true);
    expect(isClaimable({ status: 'pending', dueAt: '2026-10-22T14:49:01.000Z' }, now)).toBe(false);
  });
  it('waits for the retry time of a pending retry', () => {
    expect(isClaimable({ status: 'pending', dueAt: due, retryAt: '2026-10-22T14:49:10.000Z' }, now)).toBe(
      false,
    );
    expect(isClaimable({ status: 'pending', dueAt: due, retryAt: '2026-10-22T14:48:50.000Z' }, now)).toBe(
      true,
    );
  });
  it('takes over a running action only when its lease has run out (or it has none)', () => {
    expect(isClaimable({ status: 'running', dueAt: due, leaseUntil: '2026-10-22T14:49:00.001Z' }, now)).toBe(
      false,
    );
    expect(isClaimable({ status: 'running', dueAt: due, leaseUntil: due }, now)).toBe(true);
    expect(isClaimable({ status: 'running', dueAt: due, leaseUntil: null }, now)).toBe(true);
  });
  it('never claims a finished or cancelled action', () => {
    for (const status of ['done', 'failed', 'cancelled'] as const) {
      expect(isClaimable({ status, dueAt: '2026-10-01T00:00:00Z' }, now)).toBe(false);
    }
  });
});

describe('nextRetry', () => {
  it('doubles from 10 s and gives up after the sixth try', () => {
    const delays = [1, 2, 3, 4, 5, 6].map((attempts) => seconds(nextRetry(attempts, now)));
    expect(delays).toEqual([10, 20, 40, 80, 160, null]);
    expect(RETRY_DEFAULTS.maxAttempts).toBe(6);
  });
  it('caps the delay at maxMs', () => {
    const options = { baseMs: 1_000, maxMs: 5_000, maxAttempts: 10 };
    expect([3, 4, 9].map((attempts) => seconds(nextRetry(attempts, now, options)))).toEqual([4, 5, 5]);
  });
  it('takes off up to jitterRatio of the delay, as the injected jitter says', () => {
    expect(seconds(nextRetry(2, now, { jitter: () => 0.5 }))).toBe(18);
    expect(seconds(nextRetry(2, now, { jitter: () => 0.999, jitterRatio: 0.5 }))).toBeCloseTo(10.01, 2);
    expect(() => nextRetry(2, now, { jitter: () => 1 })).toThrow(/jitter must return/);
  });
  it('refuses nonsense attempts and options', () => {
    expect(() => nextRetry(0, now)).toThrow(RangeError);
    expect(() => nextRetry(1, now, { baseMs: 0 })).toThrow(RangeError);
    expect(() => nextRetry(1, now, { maxMs: 1 })).toThrow(RangeError);
  });
});

describe('hashJitter', () => {
  it('is the same for the same action and attempt, in [0, 1), and differs between actions', () => {
    const a = hashJitter('action-1');
    expect(a(1)).toBe(hashJitter('action-1')(1));
    const values = ['action-1', 'action-2', 'action-3'].flatMap((key) => [1, 2, 3].map(hashJitter(key)));
    values.forEach((value) => expect(value >= 0 && value < 1).toBe(true));
    expect(new Set(values).size).toBe(values.length);
  });
});
