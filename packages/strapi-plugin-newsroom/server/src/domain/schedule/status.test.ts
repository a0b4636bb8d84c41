import { RuleError } from '../errors';
import { ACTION_STATUSES, nextStatus, type ActionEvent, type ActionStatus } from './status';

describe('nextStatus', () => {
  it.each<[ActionStatus, ActionEvent, ActionStatus]>([
    ['pending', 'claim', 'running'],
    ['pending', 'cancel', 'cancelled'],
    ['pending', 'reschedule', 'pending'],
    ['running', 'succeed', 'done'],
    ['running', 'fail', 'failed'],
    ['running', 'retry', 'pending'],
    ['running', 'claim', 'running'],
    ['cancelled', 'cancel', 'cancelled'],
  ])('%s --%s--> %s', (from, event, to) => expect(nextStatus(from, event)).toBe(to));

  it.each<[ActionStatus, RegExp]>([
    ['done', /cannot be cancelled: it has already run\./],
    ['failed', /cannot be cancelled: it has already run and failed/],
    ['running', /cannot be cancelled: it is running right now/],
  ])('refuses to cancel a %s action as a conflict', (from, message) => {
    expect(() => nextStatus(from, 'cancel')).toThrow(message);
    expect(() => nextStatus(from, 'cancel')).toThrow(
      expect.objectContaining({ kind: 'conflict', path: ['status'] }),
    );
  });

  it('reschedules only a pending action', () => {
    for (const from of ['running', 'done', 'failed', 'cancelled'] as const) {
      expect(() => nextStatus(from, 'reschedule')).toThrow(RuleError);
    }
    expect(() => nextStatus('cancelled', 'reschedule')).toThrow(/schedule a new action instead/);
  });

  it('never leaves a finished action, and never finishes one that is not running', () => {
    expect(() => nextStatus('done', 'claim')).toThrow(/cannot be claimed/);
    expect(() => nextStatus('failed', 'retry')).toThrow(/cannot be retried/);
    expect(() => nextStatus('pending', 'succeed')).toThrow(/cannot be marked done/);
    expect(() => nextStatus('pending', 'fail')).toThrow(
      'This scheduled action cannot be marked failed: it is pending.',
    );
  });

  it('refuses an unknown status', () => {
    expect(() => nextStatus('paused' as ActionStatus, 'claim')).toThrow(/Unknown action status "paused"/);
  });
});

describe('the statuses', () => {
  it('are the ones the content type stores', () => {
    const schema = require('../../content-types/scheduled-action/schema.json');
    expect(schema.attributes.status.enum).toEqual([...ACTION_STATUSES]);
  });
});
