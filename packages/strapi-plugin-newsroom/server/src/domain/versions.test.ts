import { RuleError } from './errors';
import { assertCurrentVersion, nextVersion, versionOf } from './versions';

describe('versions', () => {
  it('normalises instants to UTC ISO with milliseconds', () => {
    expect(versionOf('2011-07-05T08:00:00+02:00')).toBe('2011-07-05T06:00:00.000Z');
    expect(versionOf(new Date(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(() => versionOf('yesterday')).toThrow('Not a saved instant');
  });

  it('accepts the current version in any notation of the same instant', () => {
    expect(() =>
      assertCurrentVersion('2011-07-05T06:00:00.000Z', '2011-07-05T08:00:00+02:00', 'The article'),
    ).not.toThrow();
  });

  it('refuses an older version with a sentence naming both versions', () => {
    let error: unknown;
    try {
      assertCurrentVersion('2011-07-05T06:00:00.001Z', '2011-07-05T06:00:00.000Z', 'The article');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RuleError);
    expect((error as RuleError).kind).toBe('stale');
    expect((error as RuleError).path).toEqual(['version']);
    expect((error as RuleError).message).toMatch(
      /^The article was saved by someone else at 2011-07-05T06:00:00.001Z, after the version you edited \(2011-07-05T06:00:00.000Z\)/,
    );
  });

  it('moves the next version past the previous one even within a millisecond or behind a skewed clock', () => {
    const previous = '2011-07-05T06:00:00.000Z';
    expect(nextVersion(previous, new Date('2011-07-05T06:00:01.000Z')).toISOString()).toBe(
      '2011-07-05T06:00:01.000Z',
    );
    expect(nextVersion(previous, new Date(previous)).toISOString()).toBe('2011-07-05T06:00:00.001Z');
    expect(nextVersion(previous, new Date('2011-07-05T05:00:00.000Z')).toISOString()).toBe(
      '2011-07-05T06:00:00.001Z',
    );
  });
});
