import { DateTime } from 'luxon';
import { assertSchedulable, SCHEDULE_GRACE_MS } from './schedulable';

// The clock is injected: every test runs at the same instant.
const now = DateTime.fromISO('2026-10-13T09:00:00.000Z', { zone: 'utc' });

describe('assertSchedulable', () => {
  it('keeps a future due time, in UTC', () => {
    expect(assertSchedulable('2026-10-22T16:49:00+02:00', now)).toEqual({
      dueAt: '2026-10-22T14:49:00.000Z',
      immediate: false,
    });
  });

  it('refuses a due time in the past, saying when now is', () => {
    expect(() => assertSchedulable('2026-10-13T08:00:00Z', now)).toThrow(
      'The due time 2026-10-13T08:00:00.000Z is in the past (it is now 2026-10-13T09:00:00.000Z). Pick a later time, or ask for "now".',
    );
  });

  it('tells a past wall-clock time in the editor zone, without offering "now" where no form has it', () => {
    expect(() =>
      assertSchedulable('2026-10-13T08:00:00Z', now, { zone: 'Europe/Berlin', offerNow: false }),
    ).toThrow(
      '13 Oct 2026, 10:00 in Europe/Berlin is in the past (it is now 13 Oct 2026, 11:00 there). Pick a later time.',
    );
  });

  it('answers "now" with now', () => {
    expect(assertSchedulable('now', now)).toEqual({ dueAt: '2026-10-13T09:00:00.000Z', immediate: true });
  });

  it('treats a due time within the grace as now, and one just beyond it as past', () => {
    const justPast = now.minus({ milliseconds: SCHEDULE_GRACE_MS }).toISO() as string;
    expect(assertSchedulable(justPast, now)).toEqual({ dueAt: '2026-10-13T09:00:00.000Z', immediate: true });
    const tooOld = now.minus({ milliseconds: SCHEDULE_GRACE_MS + 1 }).toISO() as string;
    expect(() => assertSchedulable(tooOld, now)).toThrow(/is in the past/);
  });

  it('refuses "now" and the grace where only a future time will do', () => {
    expect(() => assertSchedulable('now', now, { allowNow: false })).toThrow(/not "now"/);
    expect(() => assertSchedulable('2026-10-13T08:59:59Z', now, { allowNow: false })).toThrow(/in the past/);
    expect(() => assertSchedulable('2026-10-13T09:00:00Z', now, { allowNow: false })).toThrow(/in the past/);
  });

  it('refuses a due time more than five years ahead, accepting one just inside', () => {
    expect(assertSchedulable('2031-10-13T09:00:00Z', now).immediate).toBe(false);
    expect(() => assertSchedulable('2031-10-13T09:00:01Z', now)).toThrow(
      /more than 5 years ahead; check the year/,
    );
  });

  it('refuses something that is not a time, pointing at dueAt', () => {
    expect(() => assertSchedulable('next thursday', now)).toThrow(
      expect.objectContaining({ path: ['dueAt'], kind: 'invalid' }),
    );
  });

  it('insists on being given the clock', () => {
    expect(() => assertSchedulable('now', undefined as unknown as DateTime)).toThrow(TypeError);
  });
});
