import { DateTime } from 'luxon';
import { linux30Timeline } from '../../demo/timelines';
import { calendarDay } from './calendar';

describe('calendarDay', () => {
  it('shows an rc tagged late on Monday in California as a Tuesday in Berlin', () => {
    const tagged = DateTime.fromISO('2011-07-04T23:30', { zone: 'America/Los_Angeles' });
    expect(calendarDay(tagged, 'Europe/Berlin')).toEqual({
      date: '2011-07-05',
      weekday: 'Tuesday',
      isoWeekday: 2,
      zone: 'Europe/Berlin',
    });
    expect(calendarDay(tagged, 'America/Los_Angeles')).toMatchObject({
      date: '2011-07-04',
      weekday: 'Monday',
    });
  });

  it('reads stored UTC strings', () => {
    expect(calendarDay('2011-07-05T06:30:00.000Z', 'Europe/Berlin')).toMatchObject({
      date: '2011-07-05',
      weekday: 'Tuesday',
    });
    expect(calendarDay('2011-07-05T06:30:00.000Z', 'Pacific/Honolulu')).toMatchObject({
      date: '2011-07-04',
      weekday: 'Monday',
    });
  });

  it('puts the Linux 3.0 release on Friday 22 July for a Berlin newsroom', () => {
    const release = linux30Timeline.milestones.find((x) => x.kind === 'release')!;
    expect(calendarDay(release.at, 'Europe/Berlin')).toMatchObject({ date: '2011-07-22', weekday: 'Friday' });
  });

  it('refuses a zone that is not an IANA name', () => {
    expect(() => calendarDay('2011-07-05T06:30:00Z', 'Europe/Berln')).toThrow(/not an IANA time zone/);
    expect(() => calendarDay('2011-07-05T06:30:00Z', '')).toThrow(/not an IANA time zone/);
  });
});
