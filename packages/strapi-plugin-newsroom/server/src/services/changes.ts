import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { createSequenceRepository } from '../repositories/sequence-repository';

const GENERATION = 'content-generation';

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

    /**
     * Records a visible change in the caller's transaction: the generation
     * moves on, and the CDN purge of `keys` is written to the outbox.
     */
    async changed(keys: string[], event: string, options: { purgeDelayMs?: number } = {}) {
      await strapi.db.transaction(async () => {
        await sequences.next(GENERATION, 1);
        await getService(strapi, 'purge').enqueue(keys, event, options.purgeDelayMs ?? 0);
      });
    },
  };
};

export type ChangesService = ReturnType<typeof createChangesService>;
