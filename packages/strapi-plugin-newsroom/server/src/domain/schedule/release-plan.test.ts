import { DateTime } from 'luxon';
import { parseWeekday, releasePlan, type ReleasePlanInput } from './release-plan';

// Tuesday 13 October 2026; the last Sunday of October 2026 (end of summer time) is the 25th.
const now = DateTime.fromISO('2026-10-13T09:00:00Z', { zone: 'utc' });
const thursdays: ReleasePlanInput = {
  parts: [
    { number: 3, documentId: 'part-3' },
    { number: 4, documentId: 'part-4' },
    { number: 5, documentId: 'part-5' },
  ],
  weekday: 'Thursday',
  time: '16:49',
  zone: 'Europe/Berlin',
  startingFrom: 'next-week',
};

describe('releasePlan', () => {
  it('keeps 16:49 Berlin every Thursday across the end of summer time; UTC moves by an hour', () => {
    const plan = releasePlan(thursdays, now);
    expect(
      plan.map(({ number, documentId, wallClock, dueAt, offset }) => ({
        number,
        documentId,
        wallClock,
        dueAt,
        offset,
      })),
    ).toEqual([
      {
        number: 3,
        documentId: 'part-3',
        wallClock: '2026-10-22T16:49',
        dueAt: '2026-10-22T14:49:00.000Z',
        offset: '+02:00',
      },
      {
        number: 4,
        documentId: 'part-4',
        wallClock: '2026-10-29T16:49',
        dueAt: '2026-10-29T15:49:00.000Z',
        offset: '+01:00',
      },
      {
        number: 5,
        documentId: 'part-5',
        wallClock: '2026-11-05T16:49',
        dueAt: '2026-11-05T15:49:00.000Z',
        offset: '+01:00',
      },
    ]);
  });

  it('orders the plan by part number, whatever order the parts come in', () => {
    const parts = [...thursdays.parts].reverse();
    expect(releasePlan({ ...thursdays, parts }, now).map((entry) => entry.number)).toEqual([3, 4, 5]);
  });

  it('reads "next week" in the newsroom zone: late Sunday UTC is already Monday in Berlin', () => {
    const sundayNightUtc = DateTime.fromISO('2026-10-18T23:30:00Z', { zone: 'utc' });
    expect(releasePlan(thursdays, sundayNightUtc)[0].wallClock).toBe('2026-10-29T16:49');
  });

  it('starts on the given date when it is the weekday, otherwise on the next one; every counts weeks', () => {
    expect(releasePlan({ ...thursdays, startingFrom: '2026-10-15' }, now)[0].wallClock).toBe(
      '2026-10-15T16:49',
    );
    const plan = releasePlan({ ...thursdays, startingFrom: '2026-10-16', every: 2, weekday: 4 }, now);
    expect(plan.map((entry) => entry.wallClock)).toEqual([
      '2026-10-22T16:49',
      '2026-11-05T16:49',
      '2026-11-19T16:49',
    ]);
  });

  it('refuses the whole plan when one date falls in the spring gap, naming the part', () => {
    const march = DateTime.fromISO('2026-03-01T09:00:00Z', { zone: 'utc' });
    const input = { ...thursdays, weekday: 'sun', time: '02:30', startingFrom: '2026-03-22' };
    expect(() => releasePlan(input, march)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          /^Part 4 \(2026-03-29\): 2026-03-29 02:30 does not exist in Europe\/Berlin/,
        ),
        path: ['parts', '1'],
      }),
    );
  });

  it('resolves an autumn repeat in a plan by the same rule, and says so', () => {
    const input = { ...thursdays, weekday: 7, time: '02:30', startingFrom: '2026-10-18' };
    const [first, second] = releasePlan(input, now);
    expect(first).toMatchObject({ ambiguous: false, dueAt: '2026-10-18T00:30:00.000Z' });
    expect(second).toMatchObject({ ambiguous: true, chosen: 'earlier', dueAt: '2026-10-25T00:30:00.000Z' });
    expect(releasePlan({ ...input, prefer: 'later' }, now)[1].dueAt).toBe('2026-10-25T01:30:00.000Z');
  });

  it('refuses a plan that starts in the past', () => {
    expect(() => releasePlan({ ...thursdays, startingFrom: '2026-10-01' }, now)).toThrow(
      /^Part 3 \(2026-10-01\): 1 Oct 2026, 16:49 in Europe\/Berlin is in the past/,
    );
  });

  it('refuses bad input with a sentence pointing at the field', () => {
    const fails = (patch: Partial<ReleasePlanInput>, path: string[]) =>
      expect(() => releasePlan({ ...thursdays, ...patch }, now)).toThrow(expect.objectContaining({ path }));
    fails({ parts: [] }, ['parts']);
    fails({ parts: [thursdays.parts[0], { number: 3, documentId: 'other' }] }, ['parts', '1', 'number']);
    fails({ parts: [{ number: 0, documentId: 'x' }] }, ['parts', '0', 'number']);
    fails({ weekday: 'Donnerstag' }, ['weekday']);
    fails({ weekday: 8 }, ['weekday']);
    fails({ startingFrom: 'tomorrow' }, ['startingFrom']);
    fails({ every: 0 }, ['every']);
    fails({ zone: 'Europe/Berln' }, ['zone']);
    fails({ time: '4:49pm' }, ['time']);
  });
});

describe('parseWeekday', () => {
  it('reads ISO numbers, full names and three-letter names', () => {
    expect([parseWeekday(4), parseWeekday('Thursday'), parseWeekday('THU'), parseWeekday('sunday')]).toEqual([
      4, 4, 4, 7,
    ]);
    expect(() => parseWeekday('thurs')).toThrow(/weekday must be/);
    expect(() => parseWeekday(0)).toThrow(/weekday must be/);
  });
});
