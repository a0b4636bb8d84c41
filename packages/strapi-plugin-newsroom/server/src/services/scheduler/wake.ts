import type { Core } from '@strapi/strapi';
import { createPgListener } from '../pg-listener';

/**
 * Wakes the runners of the other instances when an editor schedules,
 * reschedules or cancels: PostgreSQL LISTEN/NOTIFY, one channel per schema
 * (services/pg-listener.ts). On SQLite there is no such thing; the other
 * instances see the change at their next reconcile (pollMs). When the
 * listener was lost and is back, the runner is woken to re-read the next due
 * time: notifications sent meanwhile are gone.
 */
export function createWakeChannel(strapi: Core.Strapi, onWake: () => void) {
  /** Set when the listener was lost or could not be opened: wake the runner once it is back. */
  let missed = false;
  const listener = createPgListener(strapi, {
    label: 'schedule listener',
    topic: 'schedule',
    onMessage: () => onWake(),
    onConnected() {
      if (missed) onWake();
      missed = false;
    },
    onLost() {
      missed = true;
    },
  });
  return {
    /** Inside the caller's transaction: PostgreSQL delivers it on commit, never for a rollback. */
    notify: () => listener.notify('schedule'),
    /** Starts listening; if the first connection fails it keeps trying in the background (and rejects). */
    async listen() {
      missed = false;
      await listener.listen();
    },
    stop: () => listener.stop(),
    isListening: listener.isListening,
  };
}
