import { resolveWallClock } from '../schedule/wall-clock';
import { movedTime } from './move';

const BERLIN = 'Europe/Berlin';

describe('where a dragged action lands', () => {
  it('keeps 16:49 when dragged across the spring-forward change (one hour less in UTC)', () => {
    const action = { dueAt: '2026-03-26T15:49:00.000Z', wallClock: '2026-03-26T16:49', zone: BERLIN };
    const moved = movedTime(action, { date: '2026-03-30' }, BERLIN);
    expect(moved).toEqual({ date: '2026-03-30', time: '16:49', zone: BERLIN });
    expect(resolveWallClock(moved).dueAt).toBe('2026-03-30T14:49:00.000Z');
  });

  it('moves back across the October change keeping the wall clock', () => {
    const action = { dueAt: '2026-10-27T08:00:00.000Z', wallClock: '2026-10-27T09:00', zone: BERLIN };
    const moved = movedTime(action, { date: '2026-10-23' }, BERLIN);
    expect(moved).toEqual({ date: '2026-10-23', time: '09:00', zone: BERLIN });
    expect(resolveWallClock(moved).dueAt).toBe('2026-10-23T07:00:00.000Z');
  });

  it('lands a 02:30 in the spring-forward gap, which the API then refuses with its own sentence', () => {
    const action = { dueAt: '2026-03-28T01:30:00.000Z', wallClock: '2026-03-28T02:30', zone: BERLIN };
    const moved = movedTime(action, { date: '2026-03-29' }, BERLIN);
    expect(moved).toEqual({ date: '2026-03-29', time: '02:30', zone: BERLIN });
    expect(() => resolveWallClock(moved)).toThrow(
      '2026-03-29 02:30 does not exist in Europe/Berlin: the clocks go forward from 02:00 to 03:00. Choose 01:59 or earlier, or 03:00 or later.',
    );
  });

  it('takes the hour row of the week view and keeps the minutes', () => {
    const action = { dueAt: '2026-03-26T15:49:00.000Z', wallClock: '2026-03-26T16:49', zone: BERLIN };
    // The 03:00 row of 29 March starts at 01:00Z (summer time began at 02:00).
    const moved = movedTime(action, { date: '2026-03-29', slot: '2026-03-29T01:00:00.000Z' }, BERLIN);
    expect(moved).toEqual({ date: '2026-03-29', time: '03:49', zone: BERLIN });
  });

  it('takes the second 02:00 row of the October night as the later instant', () => {
    const action = { dueAt: '2026-10-20T10:15:00.000Z', wallClock: '2026-10-20T12:15', zone: BERLIN };
    const moved = movedTime(action, { date: '2026-10-25', slot: '2026-10-25T01:00:00.000Z' }, BERLIN);
    expect(moved).toEqual({ date: '2026-10-25', time: '02:15', zone: BERLIN });
  });

  it('counts days in the newsroom zone but keeps the time in the action zone', () => {
    // 09:00 in New York is 15:00 in Berlin, both on 10 March; moved one Berlin day on.
    const action = {
      dueAt: '2026-03-10T13:00:00.000Z',
      wallClock: '2026-03-10T09:00',
      zone: 'America/New_York',
    };
    expect(movedTime(action, { date: '2026-03-11' }, BERLIN)).toEqual({
      date: '2026-03-11',
      time: '09:00',
      zone: 'America/New_York',
    });
  });

  it('refuses a drop it cannot read, naming the field', () => {
    const action = { dueAt: '2026-03-26T15:49:00.000Z', wallClock: '2026-03-26T16:49', zone: BERLIN };
    expect(() => movedTime(action, { date: '2026-13-01' }, BERLIN)).toThrow(/not a calendar date/);
    expect(() => movedTime(action, { date: '2026-03-29', slot: 'noon' }, BERLIN)).toThrow(/slot must be/);
    expect(() => movedTime(action, { date: '2026-03-29', slot: '2026-03-30T10:00:00.000Z' }, BERLIN)).toThrow(
      /is not on 2026-03-29/,
    );
  });
});
