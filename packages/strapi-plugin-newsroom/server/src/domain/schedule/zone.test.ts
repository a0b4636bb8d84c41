import { assertZone, suggestZone } from './zone';

describe('zone names', () => {
  it.each([
    ['Asia/Kathmandu', 'Asia/Kathmandu'],
    ['asia/kathmandu', 'Asia/Kathmandu'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['europe/berlin', 'Europe/Berlin'],
    ['Asia/Katmandu', 'Asia/Katmandu'],
    ['UTC', 'UTC'],
    ['utc', 'UTC'],
    ['US/Pacific', 'US/Pacific'],
  ])("keeps %s as %s (as typed, in the tz database's spelling)", (typed, stored) => {
    expect(assertZone(typed)).toBe(stored);
  });

  it("refuses a misspelt zone with a suggestion in today's spelling", () => {
    expect(() => assertZone('Asia/Kathmandi')).toThrow(
      '"Asia/Kathmandi" is not a time zone we know. Did you mean "Asia/Kathmandu"?',
    );
    expect(suggestZone('Europe/Berln')).toBe('Europe/Berlin');
  });
});
