import { DateTime } from 'luxon';
import {
  linux2637Timeline,
  linux2638Timeline,
  linux2639Timeline,
  linux30Timeline,
  linux31Timeline,
} from '../../demo/timelines';
import type { Milestone } from '../milestones';
import { projectRelease } from './projection';
import type { Timeline } from './timeline';

/** A regular cycle: merge window, `rcs` rcs one week apart from day 14, release `gap` days after the last. */
function cycle(version: string, start: string, rcs: number, gap: number, released = true): Timeline {
  const at = (days: number) => DateTime.fromISO(start, { zone: 'utc' }).plus({ days }).toISO() as string;
  const milestones: Milestone[] = [{ kind: 'merge-window', label: `${version} merge window`, at: at(0) }];
  for (let n = 1; n <= rcs; n++)
    milestones.push({ kind: 'rc', label: `${version}-rc${n}`, at: at(14 + 7 * (n - 1)) });
  if (released) milestones.push({ kind: 'release', label: version, at: at(14 + 7 * (rcs - 1) + gap) });
  return { project: 'Demo', version, milestones };
}

const day = (iso: string) => iso.slice(0, 10);
const within = (iso: string, p: { earliest: string; latest: string }) => p.earliest <= iso && iso <= p.latest;

describe('projectRelease on Linux 3.0 as it stood on 2011-07-07 (rc6 out on 2011-07-04)', () => {
  const projection = projectRelease(
    linux30Timeline,
    [linux2638Timeline, linux2639Timeline],
    '2011-07-07T14:49:00Z',
  )!;

  it('gives a range that contains the actual release, on the US date and the UTC instant', () => {
    expect(day(projection.earliest)).toBe('2011-07-18');
    expect(day(projection.latest)).toBe('2011-07-27');
    expect(within('2011-07-21T12:00:00.000Z', projection)).toBe(true);
    expect(within('2011-07-22T02:17:29.000Z', projection)).toBe(true);
  });

  it('expects the release about a day after it actually came', () => {
    expect(day(projection.expected)).toBe('2011-07-23');
    const errorDays = DateTime.fromISO(projection.expected).diff(
      DateTime.fromISO('2011-07-22T02:17:29Z'),
      'days',
    ).days;
    expect(Math.abs(errorDays)).toBeLessThan(1);
  });

  it('expects one or two more rcs (there was one: rc7)', () => {
    expect(projection.furtherRcs).toEqual({ expected: 2, min: 1, max: 2 });
  });

  it('says what it was based on', () => {
    expect(projection.basis).toMatchObject({
      rcsSoFar: 6,
      lastRc: '3.0-rc6',
      cadenceSteps: { own: 5, earlier: 13 },
      history: [
        { version: '2.6.38', rcs: 8, daysAfterLastRc: 7 },
        { version: '2.6.39', rcs: 7, daysAfterLastRc: 10 },
      ],
    });
    expect(projection.basis.summary).toMatch(
      /3\.0 had reached 3\.0-rc6.*\(2\.6\.38, 2\.6\.39\) needed 8, 7 rcs/,
    );
  });

  it('cannot peek ahead: cycles not released by then (3.0 itself, 3.1) change nothing', () => {
    const all = [linux2638Timeline, linux2639Timeline, linux30Timeline, linux31Timeline];
    expect(projectRelease(linux30Timeline, all, '2011-07-07T14:49:00Z')).toEqual(projection);
  });
});

describe('projectRelease on other Linux cycles (not tuned to 3.0)', () => {
  it('projects 2.6.39 at rc6 from 2.6.37 and 2.6.38 six days late, outside its range', () => {
    const p = projectRelease(
      linux2639Timeline,
      [linux2637Timeline, linux2638Timeline],
      '2011-05-03T00:00:00Z',
    )!;
    // Both earlier cycles needed 8 rcs; 2.6.39 stopped at rc7.
    expect(p.furtherRcs).toEqual({ expected: 2, min: 2, max: 2 });
    expect(day(p.expected)).toBe('2011-05-25');
    expect(within('2011-05-19T00:00:00.000Z', p)).toBe(false);
  });

  it('projects 3.1 at rc6 from 2.6.39 and 3.0 25 days early: the kernel.org break-in added four rcs', () => {
    const p = projectRelease(linux31Timeline, [linux2639Timeline, linux30Timeline], '2011-09-12T00:00:00Z')!;
    expect(day(p.expected)).toBe('2011-09-29');
    expect(within('2011-10-24T00:00:00.000Z', p)).toBe(false);
  });
});

describe('projectRelease arithmetic', () => {
  const history = [cycle('1.0', '2020-01-01', 7, 7), cycle('1.1', '2020-03-01', 8, 9)];
  const target = cycle('1.2', '2020-06-01', 5, 0, false); // rc5 on 2020-07-13

  it('averages the scenarios and spans them when every rc came exactly weekly', () => {
    const p = projectRelease(target, history, '2020-07-14T00:00:00Z')!;
    // Further rcs 2 or 3, a week each, then 7 or 9 days: rc5 + 21 or + 30 days.
    expect(p.basis).toMatchObject({ cadenceDays: 7, stepSpreadDays: 0 });
    expect(p.earliest).toBe('2020-08-03T00:00:00.000Z');
    expect(p.latest).toBe('2020-08-12T23:59:59.999Z');
    expect(p.expected).toBe('2020-08-08T00:00:00.000Z'); // rc5 + 25.5 days, to the nearest day
    expect(p.furtherRcs).toEqual({ expected: 3, min: 2, max: 3 });
  });

  it('widens the range when rc intervals vary', () => {
    const uneven = cycle('1.2', '2020-06-01', 5, 0, false);
    uneven.milestones[2] = { ...uneven.milestones[2], at: '2020-06-18T00:00:00.000Z' }; // rc2 three days early
    const even = projectRelease(target, history, '2020-07-14T00:00:00Z')!;
    const p = projectRelease(uneven, history, '2020-07-14T00:00:00Z')!;
    expect(p.basis.stepSpreadDays).toBeGreaterThan(0);
    expect(p.earliest < even.earliest).toBe(true);
    expect(p.latest > even.latest).toBe(true);
  });

  it('before rc1 counts the way to rc1 as the earlier cycles did', () => {
    const p = projectRelease(target, history, '2020-06-05T00:00:00Z')!;
    // 14 days to rc1, then 6 or 7 weekly steps, then 7 or 9 days: start + 63 or + 72.
    expect(p.basis).toMatchObject({ rcsSoFar: 0, lastRc: null });
    expect(p.earliest).toBe('2020-08-03T00:00:00.000Z');
    expect(p.latest).toBe('2020-08-12T23:59:59.999Z');
    expect(p.furtherRcs).toEqual({ expected: 8, min: 7, max: 8 });
  });

  it('never projects a date before the instant it is made at', () => {
    const late = projectRelease(target, history, '2020-08-10T00:00:00Z')!;
    expect(late.earliest).toBe('2020-08-10T00:00:00.000Z');
    expect(late.expected >= late.asOf.slice(0, 10)).toBe(true);
  });

  it('has nothing to say when released, not started, or without released history', () => {
    const done = cycle('1.2', '2020-06-01', 5, 7);
    expect(projectRelease(done, history, '2020-09-01T00:00:00Z')).toBeNull();
    expect(projectRelease(target, history, '2020-05-01T00:00:00Z')).toBeNull();
    expect(projectRelease(target, [], '2020-07-14T00:00:00Z')).toBeNull();
    expect(
      projectRelease(target, [cycle('1.1', '2020-03-01', 8, 9, false)], '2020-07-14T00:00:00Z'),
    ).toBeNull();
    expect(projectRelease(target, [{ ...history[0], project: 'Other' }], '2020-07-14T00:00:00Z')).toBeNull();
  });
});
