import { RuleError } from '../errors';

import { ACTION_STATUSES, type ActionStatus } from '../../../../shared/contracts/schedule';

export { ACTION_STATUSES, type ActionStatus };

/** What can happen to a scheduled action. */
export type ActionEvent = 'claim' | 'succeed' | 'fail' | 'retry' | 'cancel' | 'reschedule';

/**
 * from -> event -> to. "claim" from running is the take-over of an action
 * whose lease expired (its instance died); the claim's SQL checks the lease
 * (repositories/schedule-repository.ts, the one place that rule lives).
 * Cancelling a cancelled action changes nothing, so a double click or two
 * editors cancelling at once both succeed.
 */
const TRANSITIONS: Record<ActionStatus, Partial<Record<ActionEvent, ActionStatus>>> = {
  pending: { claim: 'running', cancel: 'cancelled', reschedule: 'pending' },
  running: { claim: 'running', succeed: 'done', fail: 'failed', retry: 'pending' },
  done: {},
  failed: {},
  cancelled: { cancel: 'cancelled' },
};

const WHY: Partial<Record<ActionEvent, Partial<Record<ActionStatus, string>>>> = {
  cancel: {
    running: 'it is running right now; it can no longer be stopped',
    done: 'it has already run',
    failed: 'it has already run and failed; there is nothing left to cancel',
  },
  reschedule: {
    running: 'it is running right now',
    done: 'it has already run; schedule a new action instead',
    failed: 'it has already run and failed; schedule a new action instead',
    cancelled: 'it was cancelled; schedule a new action instead',
  },
};

/** The status after an event, or a conflict RuleError saying why the event cannot happen. */
export function nextStatus(from: ActionStatus, event: ActionEvent): ActionStatus {
  if (!ACTION_STATUSES.includes(from)) {
    throw new RuleError(`Unknown action status ${JSON.stringify(from)}.`, ['status']);
  }
  const to = TRANSITIONS[from][event];
  if (to) return to;
  const why = WHY[event]?.[from] ?? `it is ${from}`;
  throw new RuleError(`This scheduled action cannot be ${pastTense(event)}: ${why}.`, ['status'], 'conflict');
}

function pastTense(event: ActionEvent): string {
  const words: Record<ActionEvent, string> = {
    claim: 'claimed',
    succeed: 'marked done',
    fail: 'marked failed',
    retry: 'retried',
    cancel: 'cancelled',
    reschedule: 'rescheduled',
  };
  return words[event];
}
