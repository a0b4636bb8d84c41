import { linux30Timeline } from '../../demo/timelines';
import { articleTimeline, storedMilestones } from './article-context';

const row = { documentId: 'tl1', slug: 'linux-3-0', ...linux30Timeline };
const BERLIN = 'Europe/Berlin';

describe('articleTimeline', () => {
  it('says part 3 (07 July 2011, 16:49 Berlin) was written at 3.0-rc6, and what came after', () => {
    const context = articleTimeline(row, '2011-07-07T14:49:00.000Z', BERLIN)!;
    expect(context.atPublication).toMatchObject({
      phase: 'stabilising',
      rc: 6,
      label: '3.0-rc6',
      weeksSinceRc1: 5,
      milestone: { label: '3.0-rc6', day: { date: '2011-07-04', weekday: 'Monday' } },
    });
    expect(context.after.map((m) => [m.label, m.day.date])).toEqual([
      ['3.0-rc7', '2011-07-12'],
      ['3.0', '2011-07-22'],
    ]);
    expect(context.release).toMatchObject({ label: '3.0', at: '2011-07-22T02:17:29.000Z' });
  });

  it('shows the calendar day in the zone asked for', () => {
    const context = articleTimeline(row, '2011-07-07T14:49:00Z', 'America/Los_Angeles')!;
    expect(context.release!.day).toMatchObject({ date: '2011-07-21', weekday: 'Thursday' });
  });

  it('accepts Date objects as PostgreSQL returns them', () => {
    const fromPg = { ...row, milestones: row.milestones.map((m) => ({ ...m, at: new Date(m.at), id: 1 })) };
    expect(articleTimeline(fromPg, new Date('2011-07-07T14:49:00Z'), BERLIN)!.atPublication!.label).toBe(
      '3.0-rc6',
    );
  });

  it('has no state without a publication date, and nothing without a timeline', () => {
    const context = articleTimeline(row, null, BERLIN)!;
    expect(context.atPublication).toBeNull();
    expect(context.after).toEqual([]);
    expect(articleTimeline(null, '2011-07-07T14:49:00Z', BERLIN)).toBeNull();
  });

  it('is "not started" before the first milestone and lists them all as after', () => {
    const context = articleTimeline(row, '2011-01-01T00:00:00Z', BERLIN)!;
    expect(context.atPublication).toMatchObject({ phase: 'not-started', label: null, milestone: null });
    expect(context.after).toHaveLength(9);
  });

  it('skips stored milestones it cannot read instead of failing the article', () => {
    const broken = {
      ...row,
      milestones: [{ kind: 'rc', label: 'x', at: 'garbage' }, null, ...row.milestones],
    };
    expect(storedMilestones(broken.milestones)).toHaveLength(9);
    expect(articleTimeline(broken, '2011-07-07T14:49:00Z', BERLIN)!.atPublication!.label).toBe('3.0-rc6');
  });
});
