import { calendarStatus, LATE_AFTER_MS } from './status';

describe('calendar status of an action', () => {
  const due = '2026-03-26T15:49:00.000Z';
  const at = Date.parse(due);
  it('is pending until a minute past due, then late while the runner has not done it', () => {
    expect(calendarStatus({ status: 'pending', dueAt: due }, at - 1000)).toBe('pending');
    expect(calendarStatus({ status: 'pending', dueAt: due }, at + LATE_AFTER_MS)).toBe('pending');
    expect(calendarStatus({ status: 'pending', dueAt: due }, at + LATE_AFTER_MS + 1)).toBe('late');
    expect(calendarStatus({ status: 'running', dueAt: due }, at + 5 * 60_000)).toBe('late');
    // The scheduler's configured threshold.
    expect(calendarStatus({ status: 'pending', dueAt: due }, at + 10_001, 10_000)).toBe('late');
    expect(calendarStatus({ status: 'pending', dueAt: due }, at + 10_000, 10_000)).toBe('pending');
  });
  it('keeps done and failed, and hides cancelled', () => {
    expect(calendarStatus({ status: 'done', dueAt: due }, at + 10 ** 9)).toBe('done');
    expect(calendarStatus({ status: 'failed', dueAt: due }, at)).toBe('failed');
    expect(calendarStatus({ status: 'cancelled', dueAt: due }, at)).toBeNull();
  });
});
