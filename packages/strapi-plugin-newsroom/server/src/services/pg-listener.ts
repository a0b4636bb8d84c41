import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { newPgClient, type PgClient } from '../repositories/drivers';

/** Reconnecting a lost listener: first after this, doubling up to the maximum. */
const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 10_000;

export interface PgListenerOptions {
  /** What the log lines call it ("schedule listener"). */
  label: string;
  /** The channel's name without the schema: one channel per schema, so apps sharing a database stay apart. */
  topic: string;
  onMessage(payload: string): void;
  /** Connected (again): notifications sent while it was down are gone, so re-read what they would have said. */
  onConnected(): void;
  /** Lost: until it is back, do without notifications. */
  onLost?(): void;
}

/**
 * A PostgreSQL LISTEN/NOTIFY channel for one schema. On SQLite there is no
 * such thing, and every method does nothing.
 *
 * The listener is a connection of its own, outside Knex's pool. When it is
 * lost (the database restarted, failed over, or cut it), it is opened again
 * with backoff for as long as it is wanted, and `onConnected` runs once it
 * is back.
 */
export function createPgListener(strapi: Core.Strapi, options: PgListenerOptions) {
  let listener: PgClient | null = null;
  let wanted = false;
  let connecting: Promise<void> | null = null;
  let retry: NodeJS.Timeout | null = null;
  let backoff = RECONNECT_MIN_MS;
  /** Set when the listener was lost or could not be opened: say so once it is back. */
  let missed = false;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  // A channel is an identifier: at most 63 bytes, so a long schema name is shortened to a digest.
  const channel = () => {
    const schema = strapi.db.getSchemaName() ?? 'public';
    const name = `newsroom_${options.topic}_${schema}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
    if (name.length <= 63) return name;
    return `newsroom_${options.topic}_${createHash('sha1').update(schema).digest('hex').slice(0, 24)}`;
  };

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
    const client = newPgClient(strapi, { keepAlive: true, application_name: `newsroom ${options.topic}` });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      const established = listener === client;
      if (established) listener = null;
      void client.end().catch(() => undefined);
      if (!wanted) return;
      missed = true;
      options.onLost?.();
      if (established) {
        strapi.log.warn(
          `[newsroom] ${options.label} lost${error ? `: ${error.message}` : ''}; reconnecting, doing without it meanwhile`,
        );
      }
      reconnectLater();
    };
    client.on('notification', (message) => options.onMessage(String((message as any)?.payload ?? '')));
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
      if (missed) strapi.log.info(`[newsroom] ${options.label} reconnected`);
      missed = false;
      options.onConnected();
    })().finally(() => {
      connecting = null;
    });
    return connecting;
  }

  return {
    /** Inside the caller's transaction: PostgreSQL delivers it on commit, never for a rollback. */
    async notify(payload: string) {
      if (!isPostgres()) return;
      await strapi.db.transaction(({ trx }) => trx.raw('select pg_notify(?, ?)', [channel(), payload]));
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

    /** Whether the listening connection is up. */
    isListening: () => listener !== null,
  };
}

export type PgListener = ReturnType<typeof createPgListener>;
