import { linuxTimelines } from '../../demo/timelines';
import { assertMilestones } from '../milestones';
import { cycleStats } from './cycle';

describe('shipped demo timelines', () => {
  it.each(linuxTimelines.map((t) => [t.version, t] as const))(
    'Linux %s obeys the milestone rules',
    (_, timeline) => {
      expect(() => assertMilestones(timeline.milestones)).not.toThrow();
      expect(timeline.milestones[0].kind).toBe('merge-window');
      expect(timeline.milestones.at(-1)!.kind).toBe('release');
    },
  );

  it('opens each merge window at the previous release', () => {
    for (const timeline of linuxTimelines) {
      const previous = linuxTimelines.find((t) => t.version === timeline.previousVersion);
      if (!previous) continue;
      expect(timeline.milestones[0].at).toBe(previous.milestones.at(-1)!.at);
    }
  });

  it('holds the dates the newsroom brief gives for 3.0', () => {
    const byLabel = Object.fromEntries(
      linuxTimelines.flatMap((t) => t.milestones).map((x) => [x.label, x.at]),
    );
    expect(byLabel['2.6.39'].slice(0, 10)).toBe('2011-05-19');
    expect(byLabel['3.0-rc1'].slice(0, 10)).toBe('2011-05-29');
    expect(byLabel['3.0-rc6'].slice(0, 10)).toBe('2011-07-04');
    // 3.0 was tagged on the evening of 21 July US time, 02:17 on the 22nd in UTC.
    expect(byLabel['3.0']).toBe('2011-07-22T02:17:29.000Z');
  });

  it('uses only ISO UTC instants', () => {
    for (const milestone of linuxTimelines.flatMap((t) => t.milestones)) {
      expect(milestone.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    }
  });

  it('records how many rcs each cycle needed', () => {
    expect(linuxTimelines.map((t) => [t.version, cycleStats(t)!.rcs])).toEqual([
      ['2.6.37', 8],
      ['2.6.38', 8],
      ['2.6.39', 7],
      ['3.0', 7],
      ['3.1', 10],
    ]);
  });
});
