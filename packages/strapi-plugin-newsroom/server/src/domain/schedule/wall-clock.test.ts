import { RuleError } from '../errors';
import { resolveWallClock } from './wall-clock';

const berlin = (date: string, time: string, prefer?: 'earlier' | 'later') =>
  resolveWallClock({ date, time, zone: 'Europe/Berlin', prefer });

function ruleErrorOf(run: () => unknown): RuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error('expected a RuleError');
}

describe('resolveWallClock', () => {
  it('stores Thursday 16:49 Berlin in January as 15:49 UTC (winter time, +01:00)', () => {
    const result = berlin('2026-01-15', '16:49');
    expect(result).toEqual({
      dueAt: '2026-01-15T15:49:00.000Z',
      wallClock: '2026-01-15T16:49',
      zone: 'Europe/Berlin',
      offset: '+01:00',
      ambiguous: false,
      chosen: null,
      otherDueAt: null,
      note: null,
    });
  });

  it('stores 16:49 Berlin in July as 14:49 UTC (summer time, +02:00)', () => {
    expect(berlin('2026-07-16', '16:49')).toMatchObject({
      dueAt: '2026-07-16T14:49:00.000Z',
      offset: '+02:00',
    });
  });

  it('accepts a local ISO datetime and spells the zone canonically', () => {
    const result = resolveWallClock({ local: '2026-07-16T16:49', zone: 'europe/berlin' });
    expect(result).toMatchObject({ dueAt: '2026-07-16T14:49:00.000Z', zone: 'Europe/Berlin' });
  });

  it('refuses a time skipped by spring-forward, naming the times around the gap', () => {
    const error = ruleErrorOf(() => berlin('2026-03-29', '02:30'));
    expect(error.message).toBe(
      '2026-03-29 02:30 does not exist in Europe/Berlin: the clocks go forward from 02:00 to 03:00. ' +
        'Choose 01:59 or earlier, or 03:00 or later.',
    );
    expect(error.path).toEqual(['time']);
    expect(error.kind).toBe('invalid');
  });

  it('accepts the minutes either side of the spring gap', () => {
    expect(berlin('2026-03-29', '01:59').dueAt).toBe('2026-03-29T00:59:00.000Z');
    expect(berlin('2026-03-29', '03:00').dueAt).toBe('2026-03-29T01:00:00.000Z');
  });

  it('finds a half-hour gap too (Lord Howe Island goes from 02:00 to 02:30)', () => {
    const error = ruleErrorOf(() =>
      resolveWallClock({ local: '2026-10-04T02:15', zone: 'Australia/Lord_Howe' }),
    );
    expect(error.message).toMatch(/from 02:00 to 02:30\. Choose 01:59 or earlier, or 02:30 or later/);
    expect(error.path).toEqual(['local']);
  });

  it('reads an autumn repeat as the earlier instant, still on summer time, and says so', () => {
    const result = berlin('2026-10-25', '02:30');
    expect(result).toMatchObject({
      dueAt: '2026-10-25T00:30:00.000Z',
      offset: '+02:00',
      ambiguous: true,
      chosen: 'earlier',
      otherDueAt: '2026-10-25T01:30:00.000Z',
    });
    expect(result.note).toMatch(/happens twice in Europe\/Berlin \(the clocks go back from 03:00 to 02:00\)/);
    expect(result.note).toMatch(/prefer "later"/);
  });

  it('takes the second occurrence when asked for the later one', () => {
    expect(berlin('2026-10-25', '02:30', 'later')).toMatchObject({
      dueAt: '2026-10-25T01:30:00.000Z',
      offset: '+01:00',
      ambiguous: true,
      chosen: 'later',
      otherDueAt: '2026-10-25T00:30:00.000Z',
    });
  });

  it('ignores prefer when the time is not ambiguous', () => {
    expect(berlin('2026-10-25', '03:30', 'later')).toMatchObject({
      dueAt: '2026-10-25T02:30:00.000Z',
      ambiguous: false,
      chosen: null,
    });
  });

  it('refuses a misspelt zone, suggesting the likely one', () => {
    const error = ruleErrorOf(() =>
      resolveWallClock({ date: '2026-01-15', time: '16:49', zone: 'Europe/Berln' }),
    );
    expect(error.message).toBe('"Europe/Berln" is not a time zone we know. Did you mean "Europe/Berlin"?');
    expect(error.path).toEqual(['zone']);
  });

  it('refuses an unknown zone without a wild guess, and a fixed offset', () => {
    expect(() => resolveWallClock({ date: '2026-01-15', time: '16:49', zone: 'Mars/Olympus' })).toThrow(
      '"Mars/Olympus" is not a time zone we know. Use an IANA name such as "Europe/Berlin".',
    );
    expect(() => resolveWallClock({ date: '2026-01-15', time: '16:49', zone: '+02:00' })).toThrow(RuleError);
    expect(() => resolveWallClock({ date: '2026-01-15', time: '16:49', zone: '' })).toThrow(
      /time zone is needed/,
    );
  });

  it.each([
    ['2026-13-01', '16:49', ['date']],
    ['2026-02-30', '16:49', ['date']],
    ['15.01.2026', '16:49', ['date']],
    ['2026-01-15', '24:00', ['time']],
    ['2026-01-15', '4:49', ['time']],
    ['2026-01-15', '16:49:00', ['time']],
  ])('refuses the malformed date or time %s %s', (date, time, path) => {
    const error = ruleErrorOf(() => berlin(date, time));
    expect(error.path).toEqual(path);
    expect(error.message).toContain(JSON.stringify(path[0] === 'date' ? date : time));
  });

  it('refuses a local datetime carrying an offset, since the zone is given apart', () => {
    const error = ruleErrorOf(() => resolveWallClock({ local: '2026-01-15T16:49Z', zone: 'Europe/Berlin' }));
    expect(error.path).toEqual(['local']);
    expect(error.message).toMatch(/without an offset/);
  });

  it('refuses an unknown prefer value', () => {
    expect(() => berlin('2026-10-25', '02:30', 'first' as any)).toThrow(
      /prefer must be "earlier" or "later"/,
    );
  });
});
