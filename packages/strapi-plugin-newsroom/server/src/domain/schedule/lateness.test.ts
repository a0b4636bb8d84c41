import { latenessMs, latenessStats } from './lateness';

describe('latenessStats', () => {
  it('uses nearest-rank percentiles over 1..100 ms', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(latenessStats(samples)).toEqual({ count: 100, p50: 50, p99: 99, max: 100, mean: 50.5 });
  });
  it('rounds the rank up: p99 of 160 samples is the 159th (0.99 x 160 = 158.4)', () => {
    const samples = Array.from({ length: 160 }, (_, i) => i + 1);
    expect(latenessStats(samples).p99).toBe(159);
  });
  it('reports a sample that happened, not an interpolation', () => {
    expect(latenessStats([10, 1000, 20, 30])).toEqual({ count: 4, p50: 20, p99: 1000, max: 1000, mean: 265 });
    expect(latenessStats([7])).toEqual({ count: 1, p50: 7, p99: 7, max: 7, mean: 7 });
  });
  it('has no figures for no samples, and does not reorder the caller’s array', () => {
    expect(latenessStats([])).toEqual({ count: 0, p50: null, p99: null, max: null, mean: null });
    const samples = [3, 1, 2];
    latenessStats(samples);
    expect(samples).toEqual([3, 1, 2]);
  });
  it('refuses a sample that is not a number of ms', () => {
    expect(() => latenessStats([1, Number.NaN])).toThrow(/Sample 1/);
  });
});

describe('latenessMs', () => {
  it('is ran minus due, negative when early', () => {
    expect(latenessMs('2026-10-22T14:49:00.000Z', '2026-10-22T14:49:01.250Z')).toBe(1250);
    expect(latenessMs('2026-10-22T14:49:00.000Z', '2026-10-22T16:48:59+02:00')).toBe(-1000);
  });
});
