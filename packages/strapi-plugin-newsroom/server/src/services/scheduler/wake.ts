import type { Core } from '@strapi/strapi';
import { newPgClient, type PgClient } from '../../repositories/drivers';

/** Reconnecting a lost listener: first after this, doubling up to the maximum. */
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

/**
 * Wakes the runners of the other instances when an editor schedules,
 * reschedules or cancels: PostgreSQL LISTEN/NOTIFY, one channel per schema.
 * On SQLite there is no such thing; the other instances see the change at
 * their next reconcile (pollMs).
 *
 * The listener is a connection of its own, outside Knex's pool. When it is
 * lost (the database restarted, failed over, or cut it), it is opened again
 * with backoff for as long as the runner runs, and the runner re-reads the
 * next due time once it is back: notifications sent meanwhile are gone.
 */
export function createWakeChannel(strapi: Core.Strapi, onWake: () => void) {
  let listener: PgClient | null = null;
  let wanted = false;
  let connecting: Promise<void> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let backoff = RECONNECT_MIN_MS;
  /** Set when the listener was lost or could not be opened: wake the runner once it is back. */
  let missed = false;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const channel = () =>
    `newsroom_schedule_${strapi.db.getSchemaName() ?? 'public'}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();

  function reconnectLater() {
    if (!wanted || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect().catch(() => undefined);
    }, backoff);
    retry.unref();
    backoff = Math.min(backoff * 2, RECONNECT_MAX_MS);
  }

  /** Opens the listening connection; on failure or loss, tries again later while wanted. */
  function connect(): Promise<void> {
    if (!wanted || listener) return Promise.resolve();
    if (connecting) return connecting;
    // TCP keepalive: a peer that vanished without closing the socket is noticed too.
    const client = newPgClient(strapi, { keepAlive: true });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      const established = listener === client;
      if (established) listener = null;
      void client.end().catch(() => undefined);
      if (!wanted) return;
      missed = true;
      if (established) {
        strapi.log.warn(
          `[newsroom] schedule listener lost${error ? `: ${error.message}` : ''}; reconnecting, relying on the reconcile meanwhile`,
        );
      }
      reconnectLater();
    };
    client.on('notification', () => onWake());
    client.on('error', onLost);
    client.on('end', () => onLost());
    connecting = (async () => {
      try {
        await client.connect();
        await client.query(`LISTEN ${channel()}`);
        if (lost) throw new Error('the connection closed while it was being set up');
      } catch (error) {
        onLost(error as Error);
        throw error;
      }
      if (!wanted) {
        lost = true;
        await client.end().catch(() => undefined);
        return;
      }
      listener = client;
      backoff = RECONNECT_MIN_MS;
      if (missed) {
        missed = false;
        strapi.log.info('[newsroom] schedule listener reconnected');
        onWake();
      }
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  return {
    /** Inside the caller's transaction: PostgreSQL delivers it on commit, never for a rollback. */
    async notify() {
      if (!isPostgres()) return;
      await strapi.db.transaction(({ trx }) => trx.raw('select pg_notify(?, ?)', [channel(), 'schedule']));
    },

    /** Starts listening; if the first connection fails it keeps trying in the background (and rejects). */
    async listen() {
      if (!isPostgres()) return;
      wanted = true;
      missed = false;
      backoff = RECONNECT_MIN_MS;
      await connect();
    },

    async stop() {
      wanted = false;
      if (retry) clearTimeout(retry);
      retry = null;
      await connecting?.catch(() => undefined);
      const client = listener;
      listener = null;
      if (client) await client.end().catch(() => undefined);
    },

    /** Whether the listening connection is up (tests, health checks). */
    isListening: () => listener !== null,
  };
}
