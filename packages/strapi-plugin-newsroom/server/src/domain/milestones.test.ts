import { assertMilestones, rcNumber, type Milestone } from './milestones';

const m = (kind: Milestone['kind'], label: string, at: string): Milestone => ({ kind, label, at });
const valid = [
  m('merge-window', '3.0 merge window', '2011-05-19T00:00:00Z'),
  m('rc', '3.0-rc1', '2011-05-29T00:00:00Z'),
  m('rc', '3.0-rc2', '2011-06-06T00:00:00Z'),
  m('release', '3.0', '2011-07-21T00:00:00Z'),
];

describe('assertMilestones', () => {
  it('accepts a well-formed timeline', () => expect(() => assertMilestones(valid)).not.toThrow());

  it('refuses milestones out of date order', () => {
    expect(() => assertMilestones([valid[0], valid[2], valid[1]])).toThrow(
      /milestone 3 \("3.0-rc1"\) is dated before milestone 2/,
    );
  });
  it('refuses an rc number going down', () => {
    expect(() =>
      assertMilestones([m('rc', 'x-rc3', '2011-01-01T00:00:00Z'), m('rc', 'x-rc2', '2011-01-08T00:00:00Z')]),
    ).toThrow(/rc numbers must go up/);
  });
  it('refuses a second release', () => {
    expect(() => assertMilestones([...valid, m('release', '3.0 again', '2011-07-22T00:00:00Z')])).toThrow(
      /second release/,
    );
  });
  it('refuses a duplicate label', () => {
    expect(() => assertMilestones([valid[1], { ...valid[2], label: '3.0-rc1' }])).toThrow(/used twice/);
  });
  it('refuses an unknown kind, a missing label and a bad date', () => {
    expect(() => assertMilestones([{ kind: 'beta' as any, label: 'b', at: '2011-01-01T00:00:00Z' }])).toThrow(
      /kind "beta"/,
    );
    expect(() => assertMilestones([{ kind: 'rc', label: ' ', at: '2011-01-01T00:00:00Z' }])).toThrow(
      /needs a label/,
    );
    expect(() => assertMilestones([{ kind: 'rc', label: 'x', at: 'yesterday' }])).toThrow(
      /needs a date and time/,
    );
  });
  it('refuses a release candidate after the release and a stable update before it', () => {
    expect(() => assertMilestones([...valid, m('rc', '3.0-rc9', '2011-08-05T00:00:00Z')])).toThrow(
      /only stable updates follow a release/,
    );
    expect(() =>
      assertMilestones([
        m('merge-window', 'mw', '2011-01-01T00:00:00Z'),
        m('stable', '3.0.1', '2011-01-02T00:00:00Z'),
      ]),
    ).toThrow(/stable update before the release/);
  });
  it('accepts only http(s) announcement URLs', () => {
    const withUrl = (announcementUrl: string) => [{ ...valid[0], announcementUrl }];
    expect(() => assertMilestones(withUrl('https://lkml.org/lkml/2011/5/29/204'))).not.toThrow();
    expect(() => assertMilestones(withUrl(''))).not.toThrow();
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'lkml.org/lkml',
      'mailto:linus@example.org',
    ])
      expect(() => assertMilestones(withUrl(bad))).toThrow(/use an http\(s\) address/);
  });
  it('reads rc numbers from labels', () => {
    expect(rcNumber('3.0-rc6')).toBe(6);
    expect(rcNumber('3.0')).toBeNull();
  });
});
