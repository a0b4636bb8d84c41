import { DateTime } from 'luxon';
import { hashJitter, nextRetry, RETRY_DEFAULTS } from './runner';

const now = DateTime.fromISO('2026-10-22T14:49:00.000Z', { zone: 'utc' });
const seconds = (iso: string | null) =>
  iso === null ? null : (DateTime.fromISO(iso).toMillis() - now.toMillis()) / 1000;

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
