import type { Core } from '@strapi/strapi';
import { Client } from 'pg';

/**
 * Wakes the runners of the other instances when an editor schedules,
 * reschedules or cancels: PostgreSQL LISTEN/NOTIFY, one channel per schema.
 * On SQLite there is no such thing; the other instances see the change at
 * their next reconcile (pollMs).
 */
export function createWakeChannel(strapi: Core.Strapi, onWake: () => void) {
  let listener: Client | null = null;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const channel = () =>
    `newsroom_schedule_${strapi.db.getSchemaName() ?? 'public'}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();

  return {
    /** Inside the caller's transaction: PostgreSQL delivers it on commit, never for a rollback. */
    async notify() {
      if (!isPostgres()) return;
      await strapi.db.transaction(({ trx }) => trx.raw('select pg_notify(?, ?)', [channel(), 'schedule']));
    },

    async listen() {
      if (!isPostgres() || listener) return;
      const client = new Client(strapi.db.connection.client.connectionSettings);
      client.on('notification', () => onWake());
      client.on('error', (error) => {
        strapi.log.warn(`[newsroom] schedule listener lost: ${error.message}; relying on the reconcile`);
        listener = null;
      });
      await client.connect();
      await client.query(`LISTEN ${channel()}`);
      listener = client;
    },

    async stop() {
      const client = listener;
      listener = null;
      if (client) await client.end().catch(() => undefined);
    },
  };
}
