import { RuleError } from '../errors';
import { assertTimezone, showDate, showDateTime } from './dates';

describe('showDateTime', () => {
  it('shows the UTC instant on the Berlin wall clock (summer time)', () => {
    expect(showDateTime('2011-07-07T14:49:00Z', 'Europe/Berlin', 'en')).toEqual({
      iso: '2011-07-07T16:49:00+02:00',
      text: '07 July 2011, 16:49',
    });
    expect(showDateTime('2011-07-07T14:49:00.000Z', 'Europe/Berlin', 'de')?.text).toBe(
      '07. Juli 2011, 16:49',
    );
  });

  it('uses winter time in winter and reads offset-less strings as UTC', () => {
    expect(showDateTime('2011-12-01T14:49:00', 'Europe/Berlin', 'de')?.text).toBe('01. Dezember 2011, 15:49');
  });

  it.each([null, undefined, '', 'yesterday', 42])('shows nothing for %j', (value) => {
    expect(showDateTime(value, 'Europe/Berlin', 'en')).toBeNull();
  });
});

describe('showDate', () => {
  it('keeps a bare date on its calendar day in any zone', () => {
    expect(showDate('2011-07-08', 'America/Los_Angeles', 'en')).toEqual({
      iso: '2011-07-08',
      text: '08 July 2011',
    });
  });

  it('moves a late UTC time to the next Berlin day', () => {
    expect(showDate('2011-07-08T22:30:00Z', 'Europe/Berlin', 'de')).toEqual({
      iso: '2011-07-09',
      text: '09. Juli 2011',
    });
  });
});

describe('assertTimezone', () => {
  it('accepts IANA zones and refuses anything else with a sentence', () => {
    expect(() => assertTimezone('Europe/Berlin')).not.toThrow();
    expect(() => assertTimezone('Europe/Bonn')).toThrow(RuleError);
    expect(() => assertTimezone(undefined)).toThrow(/IANA time zone/);
  });
});
