import type { Core } from '@strapi/strapi';
import { Client } from 'pg';
import { createSequenceRepository } from '../repositories/sequence-repository';

const GENERATION = 'content-generation';

export interface PurgeConfig {
  url: string | null;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * The content generation: a database counter bumped by every change readers
 * can see. Caches compare it before serving, so a change made through one
 * instance is seen through every other at once. On PostgreSQL the instances
 * hear about bumps through LISTEN/NOTIFY and skip the read; on SQLite they
 * read the counter (one indexed row) per request.
 */
export const createChangesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const sequences = createSequenceRepository(strapi);
  let listener: Client | null = null;
  let heard: number | null = null;

  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  // One channel per schema: several newsrooms may share a PostgreSQL database.
  const channel = () =>
    `newsroom_changes_${strapi.db.getSchemaName() ?? 'public'}`.replace(/[^a-z0-9_]/gi, '_');

  async function purge(keys: string[], event: string) {
    const config = strapi.config.get('plugin::newsroom.purge') as PurgeConfig | undefined;
    if (!config?.url) return;
    try {
      const res = await fetch(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(config.headers ?? {}) },
        body: JSON.stringify({ event, keys }),
        signal: AbortSignal.timeout(config.timeoutMs ?? 5000),
      });
      if (!res.ok) strapi.log.warn(`[newsroom] purge webhook answered ${res.status} for ${keys.join(' ')}`);
    } catch (error) {
      strapi.log.warn(`[newsroom] purge webhook failed: ${(error as Error).message}`);
    }
  }

  return {
    async generation(): Promise<number> {
      if (listener && heard !== null) return heard;
      return sequences.current(GENERATION);
    },

    /** Records a visible change and tells caches, other instances and the CDN. */
    async changed(keys: string[], event: string) {
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        const value = await sequences.next(GENERATION, 1);
        if (isPostgres()) await trx.raw('select pg_notify(?, ?)', [channel(), String(value)]);
        onCommit(() => {
          void purge([...new Set(keys)], event);
        });
      });
    },

    async listen() {
      if (!isPostgres() || listener) return;
      const settings = strapi.db.connection.client.connectionSettings;
      const client = new Client(settings);
      client.on('notification', (message) => {
        const value = Number(message.payload);
        if (Number.isFinite(value) && (heard === null || value > heard)) heard = value;
      });
      client.on('error', (error) => {
        strapi.log.warn(
          `[newsroom] change listener lost: ${error.message}; reading the generation per request`,
        );
        heard = null;
        listener = null;
      });
      await client.connect();
      await client.query(`LISTEN ${channel()}`);
      listener = client;
      // Read once after LISTEN so no bump between the two is missed.
      heard = await sequences.current(GENERATION);
    },

    async stop() {
      const client = listener;
      listener = null;
      heard = null;
      if (client) await client.end().catch(() => undefined);
    },
  };
};

export type ChangesService = ReturnType<typeof createChangesService>;
