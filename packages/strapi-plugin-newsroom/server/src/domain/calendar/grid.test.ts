import { calendarGrid, dayOf, gridTitle } from './grid';

const BERLIN = 'Europe/Berlin';

describe('calendar grid in the newsroom zone', () => {
  it('splits the spring-forward day of March 2026 into 23 hours, without a 02:00 row', () => {
    const grid = calendarGrid('week', '2026-03-29', BERLIN);
    expect(grid.days.map((d) => d.date)).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
    const sunday = grid.days[6];
    expect(sunday).toMatchObject({ start: '2026-03-28T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z' });
    expect(sunday.hours).toBe(23);
    expect(sunday.slots.map((s) => s.hour)).toEqual([0, 1, ...Array.from({ length: 21 }, (_, i) => i + 3)]);
    expect(sunday.slots[1]).toEqual({
      hour: 1,
      start: '2026-03-29T00:00:00.000Z',
      end: '2026-03-29T01:00:00.000Z',
      offset: '+01:00',
    });
    expect(sunday.slots[2]).toMatchObject({ hour: 3, start: '2026-03-29T01:00:00.000Z', offset: '+02:00' });
    expect(grid.days[5].hours).toBe(24);
  });

  it('gives the autumn day of October 2026 25 hours, with two 02:00 rows told apart by offset', () => {
    const grid = calendarGrid('week', '2026-10-25', BERLIN);
    const sunday = grid.days.find((d) => d.date === '2026-10-25')!;
    expect(sunday).toMatchObject({ start: '2026-10-24T22:00:00.000Z', end: '2026-10-25T23:00:00.000Z' });
    expect(sunday.hours).toBe(25);
    const twos = sunday.slots.filter((s) => s.hour === 2);
    expect(twos).toEqual([
      { hour: 2, start: '2026-10-25T00:00:00.000Z', end: '2026-10-25T01:00:00.000Z', offset: '+02:00' },
      { hour: 2, start: '2026-10-25T01:00:00.000Z', end: '2026-10-25T02:00:00.000Z', offset: '+01:00' },
    ]);
    // Every real hour of the day has exactly one row, back to back.
    for (let i = 1; i < sunday.slots.length; i++) expect(sunday.slots[i].start).toBe(sunday.slots[i - 1].end);
  });

  it('lays out March 2026 as whole weeks from Monday, the neighbours outside the range', () => {
    const grid = calendarGrid('month', '2026-03-15', BERLIN);
    expect(grid.days[0]).toMatchObject({ date: '2026-02-23', inRange: false });
    expect(grid.days[grid.days.length - 1]).toMatchObject({ date: '2026-04-05', inRange: false });
    expect(grid.days.length % 7).toBe(0);
    expect(grid.days.filter((d) => d.inRange)).toHaveLength(31);
    expect(grid.days.find((d) => d.date === '2026-03-29')!.hours).toBe(23);
    expect(grid.days.every((d) => d.slots.length === 0)).toBe(true);
    // Days tile the grid: no instant falls between two days or on two.
    for (let i = 1; i < grid.days.length; i++) expect(grid.days[i].start).toBe(grid.days[i - 1].end);
    expect(grid.from).toBe('2026-02-22T23:00:00.000Z');
    expect(grid.to).toBe('2026-04-05T22:00:00.000Z');
  });

  it('puts an instant on its day in the zone, not in UTC', () => {
    const grid = calendarGrid('month', '2026-10-01', BERLIN);
    // 23:30 UTC on 24 October is 01:30 on the 25th in Berlin (summer time).
    expect(dayOf(grid, '2026-10-24T23:30:00.000Z')!.date).toBe('2026-10-25');
    // 23:30 UTC on 25 October is 00:30 on the 26th (winter time).
    expect(dayOf(grid, '2026-10-25T23:30:00.000Z')!.date).toBe('2026-10-26');
    expect(dayOf(grid, '2027-01-01T00:00:00.000Z')).toBeNull();
  });

  it('names the month or week in the admin language', () => {
    expect(gridTitle(calendarGrid('month', '2026-03-29', BERLIN), 'en-GB')).toBe('March 2026');
    expect(gridTitle(calendarGrid('month', '2026-03-29', BERLIN), 'de')).toBe('März 2026');
    expect(gridTitle(calendarGrid('week', '2026-03-29', BERLIN), 'en-GB')).toBe('23 Mar – 29 March 2026');
  });

  it('refuses a view, date or zone it cannot lay out, naming it', () => {
    expect(() => calendarGrid('year' as never, '2026-03-01', BERLIN)).toThrow(
      /view must be "month" or "week"/,
    );
    expect(() => calendarGrid('month', '2026-02-30', BERLIN)).toThrow(/2026-02-30.*not a calendar date/);
    expect(() => calendarGrid('month', '2026-02-01', 'Europe/Berln')).toThrow(
      /Did you mean "Europe\/Berlin"/,
    );
  });
});
