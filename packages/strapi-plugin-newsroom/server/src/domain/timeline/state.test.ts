import { DateTime } from 'luxon';
import { linux30Timeline } from '../../demo/timelines';
import type { Milestone } from '../milestones';
import { timelineState } from './state';

const m = (kind: Milestone['kind'], label: string, at: string): Milestone => ({ kind, label, at });
const cycle = [
  m('merge-window', '9.0 merge window', '2020-01-01T00:00:00Z'),
  m('rc', '9.0-rc1', '2020-01-15T00:00:00Z'),
  m('rc', '9.0-rc2', '2020-01-22T00:00:00Z'),
  m('release', '9.0', '2020-02-05T00:00:00Z'),
  m('stable', '9.0.1', '2020-02-12T00:00:00Z'),
];

describe('timelineState', () => {
  it('says where Linux 3.0 stood when part 3 went out (07 July 2011, 16:49 Berlin)', () => {
    const at = DateTime.fromISO('2011-07-07T16:49', { zone: 'Europe/Berlin' });
    const state = timelineState(linux30Timeline.milestones, at);
    expect(state.label).toBe('3.0-rc6');
    expect(state.phase).toBe('stabilising');
    expect(state.rc).toBe(6);
    expect(state.at).toBe('2011-07-07T14:49:00.000Z');
    expect(state.daysSinceStart).toBe(49); // merge window opened 2011-05-19
    expect(state.weeksSinceRc1).toBe(5); // rc1 2011-05-29, 39 days before
    expect(state.after.map((x) => x.label)).toEqual(['3.0-rc7', '3.0']);
  });

  it('is "not started" before the first milestone, with everything still to come', () => {
    const state = timelineState(cycle, '2019-12-31T23:59:59Z');
    expect(state).toMatchObject({ phase: 'not-started', label: null, latest: null, rc: null });
    expect(state.daysSinceStart).toBeNull();
    expect(state.weeksSinceRc1).toBeNull();
    expect(state.after).toHaveLength(5);
  });

  it('counts a milestone dated exactly at the instant as reached', () => {
    const state = timelineState(cycle, '2020-01-15T00:00:00Z');
    expect(state.label).toBe('9.0-rc1');
    expect(state.weeksSinceRc1).toBe(0);
    expect(state.after[0].label).toBe('9.0-rc2');
  });

  it('names each phase', () => {
    expect(timelineState(cycle, '2020-01-02T00:00:00Z').phase).toBe('merge-window');
    expect(timelineState(cycle, '2020-01-23T00:00:00Z')).toMatchObject({ phase: 'stabilising', rc: 2 });
    expect(timelineState(cycle, '2020-02-06T00:00:00Z')).toMatchObject({
      phase: 'released',
      label: '9.0',
      rc: 2,
    });
    expect(timelineState(cycle, '2020-03-01T00:00:00Z')).toMatchObject({ phase: 'stable', label: '9.0.1' });
  });

  it('gives whole days since the start and whole weeks since rc1', () => {
    const state = timelineState(cycle, '2020-01-29T23:00:00Z');
    expect(state.daysSinceStart).toBe(28);
    expect(state.weeksSinceRc1).toBe(2);
  });

  it('sorts milestones itself, so an unsorted list gives the same answer', () => {
    const shuffled = [cycle[3], cycle[0], cycle[2], cycle[4], cycle[1]];
    expect(timelineState(shuffled, '2020-01-23T00:00:00Z')).toEqual(
      timelineState(cycle, '2020-01-23T00:00:00Z'),
    );
  });

  it('refuses an instant that is not a date', () => {
    expect(() => timelineState(cycle, 'last Tuesday')).toThrow(/not a date and time/);
    expect(() => timelineState([m('rc', 'x-rc1', 'soon')], '2020-01-01T00:00:00Z')).toThrow(
      /not a date and time/,
    );
  });
});
