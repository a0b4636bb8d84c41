import { RuleError } from '../errors';
import { assertPartOrder } from './part-order';

const part2Scheduled = { number: 2, at: '2026-10-29T15:49:00.000Z' };

describe('assertPartOrder', () => {
  it('refuses part 3 before part 2, naming both parts and times in the newsroom zone', () => {
    const run = () =>
      assertPartOrder({
        proposed: [{ number: 3, at: '2026-10-22T14:49:00.000Z' }],
        scheduled: [part2Scheduled],
        published: [],
        zone: 'Europe/Berlin',
      });
    expect(run).toThrow(
      'Part 3 would go live on Thu 2026-10-22 16:49 Europe/Berlin, before part 2, which is scheduled for ' +
        'Thu 2026-10-29 16:49 Europe/Berlin. Keep the series in order, or confirm (force) to publish out of order.',
    );
    expect(run).toThrow(expect.objectContaining({ kind: 'conflict', path: ['dueAt'] }));
  });

  it('lets the editor force it', () => {
    expect(() =>
      assertPartOrder({
        proposed: [{ number: 3, at: '2026-10-22T14:49:00.000Z' }],
        scheduled: [part2Scheduled],
        published: [],
        force: true,
      }),
    ).not.toThrow();
  });

  it('accepts part 3 after part 2, or at the same instant', () => {
    const check = (at: string) => () =>
      assertPartOrder({ proposed: [{ number: 3, at }], scheduled: [part2Scheduled], published: [] });
    expect(check('2026-11-05T15:49:00.000Z')).not.toThrow();
    expect(check(part2Scheduled.at)).not.toThrow();
  });

  it('refuses a late part scheduled after a higher part that is already out', () => {
    expect(() =>
      assertPartOrder({
        proposed: [{ number: 3, at: '2026-10-22T14:49:00.000Z' }],
        scheduled: [],
        published: [{ number: 4, at: '2026-10-08T14:49:00.000Z' }],
      }),
    ).toThrow(
      /^Part 4 was published on Thu 2026-10-08 14:49 UTC, before part 3, which would go live on Thu 2026-10-22 14:49 UTC/,
    );
  });

  it('refuses moving a lower part after a higher scheduled one', () => {
    expect(() =>
      assertPartOrder({
        proposed: [{ number: 2, at: '2026-11-12T15:49:00.000Z' }],
        scheduled: [{ number: 3, at: '2026-11-05T15:49:00.000Z' }],
        published: [{ number: 1, at: '2026-10-01T14:49:00.000Z' }],
      }),
    ).toThrow(/^Part 3 is scheduled for .*, before part 2, which would go live on/);
  });

  it('ignores the old time of the part being rescheduled', () => {
    expect(() =>
      assertPartOrder({
        proposed: [{ number: 2, at: '2026-10-20T15:49:00.000Z' }],
        scheduled: [part2Scheduled, { number: 3, at: '2026-10-22T14:49:00.000Z' }],
        published: [],
      }),
    ).not.toThrow();
  });

  it('checks the parts of a release plan against each other', () => {
    const plan = [
      { number: 4, at: '2026-10-22T14:49:00.000Z' },
      { number: 5, at: '2026-10-15T14:49:00.000Z' },
    ];
    expect(() => assertPartOrder({ proposed: plan, scheduled: [], published: [] })).toThrow(RuleError);
    expect(() => assertPartOrder({ proposed: [plan[0], plan[0]], scheduled: [], published: [] })).toThrow(
      /proposed twice/,
    );
  });
});
