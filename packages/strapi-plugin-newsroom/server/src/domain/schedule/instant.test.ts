import { offsetProblem, parseIso, toInstant } from './instant';

describe('ISO instants with real offsets only', () => {
  it.each([
    '2026-01-01T10:00:00+25:00',
    '2026-01-01T10:00:00+99:99',
    '2026-01-01T10:00+01:60',
    '2026-01-01T10:00:00-13:00',
  ])('refuses %s', (text) => {
    expect(offsetProblem(text)).toMatch(/is not a UTC offset \(they run from -12:00 to \+14:00\)/);
    expect(parseIso(text)).toBeNull();
    expect(() => toInstant(text, ['at'])).toThrow(/not a UTC offset/);
  });

  it.each([
    ['2026-01-01T10:00:00+14:00', '2025-12-31T20:00:00.000Z'],
    ['2026-01-01T10:00:00-12:00', '2026-01-01T22:00:00.000Z'],
    ['2026-01-01T10:00+05:45', '2026-01-01T04:15:00.000Z'],
    ['2026-01-01T10:00:00.250Z', '2026-01-01T10:00:00.250Z'],
    ['2026-01-01T10:00:00', '2026-01-01T10:00:00.000Z'],
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
  ])('reads %s', (text, utc) => {
    expect(offsetProblem(text)).toBeNull();
    expect(parseIso(text)?.toISO()).toBe(utc);
  });
});
