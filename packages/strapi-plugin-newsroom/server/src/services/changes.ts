import type { Core } from '@strapi/strapi';
import { createSequenceRepository } from '../repositories/sequence-repository';

const GENERATION = 'content-generation';

export interface PurgeConfig {
  url: string | null;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * The content generation: a database counter bumped in the same transaction
 * as every change readers can see. Caches compare it before serving, so a
 * change made through one instance is seen through every other at once. It
 * is read per request (one row by a unique key) rather than pushed with
 * LISTEN/NOTIFY, because a notification can arrive after the writer's
 * response, and a reader asking another instance right then would get the
 * old answer.
 */
export const createChangesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const sequences = createSequenceRepository(strapi);

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

  // Concurrent readers share one database read, but only one that starts
  // after they arrived: an earlier read could miss a write they already saw.
  let running: Promise<number> | null = null;
  let next: Promise<number> | null = null;
  const read = () => {
    running = sequences.current(GENERATION).finally(() => {
      running = null;
    });
    return running;
  };

  return {
    generation(): Promise<number> {
      if (next) return next;
      if (!running) return read();
      next = running
        .catch(() => undefined)
        .then(() => {
          next = null;
          return read();
        });
      return next;
    },

    /** Records a visible change; after commit, tells the CDN which keys to purge. */
    async changed(keys: string[], event: string) {
      await strapi.db.transaction(async ({ onCommit }) => {
        await sequences.next(GENERATION, 1);
        onCommit(() => {
          void purge([...new Set(keys)], event);
        });
      });
    },
  };
};

export type ChangesService = ReturnType<typeof createChangesService>;
