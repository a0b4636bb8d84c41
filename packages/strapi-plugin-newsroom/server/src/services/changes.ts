import { AsyncLocalStorage } from 'async_hooks';
import { hostname } from 'os';
import { randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { createInstancesRepository } from '../repositories/instances-repository';
import { createSequenceRepository } from '../repositories/sequence-repository';
import { createPgListener } from './pg-listener';

const GENERATION = 'content-generation';
/** How often an instance on PostgreSQL reports itself and checks that it missed no change. */
const HEARTBEAT_MS = 1000;
/** How often a writer waiting for the other instances looks again. */
const SETTLE_POLL_MS = 15;

/**
 * The content generation: a database counter bumped in the same transaction
 * as every change readers can see. The answer caches compare it before
 * serving, so a change made through one instance is seen through every
 * other.
 *
 * On SQLite it is read per request (a read-only connection of its own
 * answers in microseconds). On PostgreSQL a round trip per request would
 * cost most of a cached read, so instances learn new generations by
 * LISTEN/NOTIFY (sent in the change's transaction, delivered on commit) and
 * report what they have seen in newsroom_instances. Coherence holds because
 * nothing that could make a reader see an old answer goes out before every
 * running instance has seen the change: a CDN purge waits for it
 * (services/purge.ts), and so does the answer to the editor's request that
 * made it (http/settle.ts). An instance whose listener is down reads the
 * generation per request until it is back, and says so in its report, so
 * nobody waits for it.
 */
export const createChangesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const sequences = createSequenceRepository(strapi);
  /** Inside together(): the keys of the changes made so far, recorded as one at its end. */
  const gathering = new AsyncLocalStorage<{ keys: Set<string>; changes: number; event: string | null }>();
  const instances = createInstancesRepository(strapi);
  const instanceId = () =>
    strapi.config.get<string | null>('plugin::newsroom.scheduler.instanceId') ?? defaultId;
  const defaultId = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;

  /** The generation as notifications tell it; null while they cannot be trusted (read per request). */
  let pushed: number | null = null;
  /** The highest generation any notification carried, also while re-reading after a reconnect. */
  let notified = 0;
  /** The highest generation this instance committed. */
  let committed = 0;
  let heartbeat: NodeJS.Timeout | null = null;
  let running = false;
  let missedOnce = false;

  const report = async () => {
    if (!running) return;
    try {
      await instances.report(instanceId(), pushed ?? (await sequences.current(GENERATION)), pushed !== null);
    } catch (error) {
      strapi.log.warn(`[newsroom] could not report this instance: ${(error as Error).message}`);
    }
  };

  const learn = (generation: number) => {
    if (pushed === null || generation <= pushed) return;
    pushed = generation;
    void report();
  };

  const listener = createPgListener(strapi, {
    label: 'content generation listener',
    topic: 'generation',
    onMessage(payload) {
      const generation = Number(payload);
      if (!Number.isSafeInteger(generation)) return;
      notified = Math.max(notified, generation);
      learn(generation);
    },
    // Listening first, reading second: a change committed in between is in the read or notified.
    onConnected() {
      void (async () => {
        const current = await sequences.current(GENERATION);
        if (!listener.isListening()) return;
        pushed = Math.max(current, notified, committed);
        await report();
      })().catch((error) =>
        strapi.log.warn(`[newsroom] could not read the content generation: ${(error as Error).message}`),
      );
    },
    onLost() {
      pushed = null;
      void report();
    },
  });

  /** The safety net: a change that no notification brought is adopted within a heartbeat. */
  async function beat() {
    if (pushed !== null) {
      const current = await sequences.current(GENERATION);
      if (pushed !== null && current > pushed) {
        if (missedOnce)
          strapi.log.warn(`[newsroom] generation ${current} came without a notification; adopted`);
        missedOnce = true;
        learn(current);
      } else missedOnce = false;
    }
    await report();
  }

  // Concurrent readers share one database read, but only one that starts
  // after they arrived: an earlier read could miss a write they already saw.
  let reading: Promise<number> | null = null;
  let next: Promise<number> | null = null;
  const read = () => {
    reading = sequences.current(GENERATION).finally(() => {
      reading = null;
    });
    return reading;
  };

  return {
    generation(): Promise<number> {
      if (pushed !== null) return Promise.resolve(pushed);
      if (next) return next;
      if (!reading) return read();
      next = reading
        .catch(() => undefined)
        .then(() => {
          next = null;
          return read();
        });
      return next;
    },

    /**
     * Records a visible change in the caller's transaction: the generation
     * moves on, the other instances are notified on commit, and the CDN
     * purge of `keys` is written to the outbox.
     */
    async changed(keys: string[], event: string, options: { purgeDelayMs?: number } = {}) {
      const gathered = gathering.getStore();
      if (gathered) {
        for (const key of keys) gathered.keys.add(key);
        gathered.changes += 1;
        gathered.event = event;
        return;
      }
      await strapi.db.transaction(async ({ onCommit }) => {
        const generation = await sequences.next(GENERATION, 1);
        await listener.notify(String(generation));
        await getService(strapi, 'purge').enqueue(keys, event, options.purgeDelayMs ?? 0);
        onCommit(() => {
          committed = Math.max(committed, generation);
          learn(generation);
        });
      });
    },

    /**
     * Inside the caller's transaction: every change `work` makes is recorded
     * as ONE change at its end (one generation step, one purge with all their
     * keys), so an embargo bundle's documents appear together everywhere.
     * The record is written when `work` is over: publishing ahead waits for
     * its instant inside `work`, so it holds the generation's row only from
     * then to its commit. `event` null: one change keeps its own name.
     */
    async together<T>(event: string | null, work: () => Promise<T>): Promise<T> {
      const gathered = { keys: new Set<string>(), changes: 0, event: null as string | null };
      const result = await gathering.run(gathered, work);
      const name = event ?? (gathered.changes === 1 ? gathered.event : null) ?? 'changes';
      if (gathered.changes > 0) await this.changed([...gathered.keys], name);
      return result;
    },

    /** The generation in the database now (a purge waits for the instances to reach it). */
    latest: () => sequences.current(GENERATION),

    /** The highest generation this instance committed (http/settle.ts compares it around a request). */
    committed: () => committed,

    /**
     * Waits until every running instance that relies on notifications has
     * seen `generation`, at most `timeoutMs`; returns the ones still behind.
     * Nothing to wait for on SQLite.
     */
    async settled(generation: number, timeoutMs: number): Promise<string[]> {
      if (strapi.db.dialect.client !== 'postgres') return [];
      const until = Date.now() + timeoutMs;
      for (;;) {
        // This instance is asked directly, the others through their reports.
        const self = pushed !== null && pushed < generation ? [instanceId()] : [];
        const behind = [...self, ...(await instances.behind(generation, instanceId()))];
        if (behind.length === 0 || Date.now() >= until) return behind;
        await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
      }
    },

    /** Whether cached answers trust notifications (PostgreSQL, listener up) rather than a read per request. */
    listening: () => pushed !== null,

    async start() {
      if (strapi.db.dialect.client !== 'postgres' || running) return;
      running = true;
      await report();
      heartbeat = setInterval(() => {
        void beat().catch(() => undefined);
      }, HEARTBEAT_MS);
      heartbeat.unref();
      await listener.listen().catch((error) => {
        strapi.log.warn(
          `[newsroom] content generation listener could not start (${(error as Error).message}); reading per request meanwhile`,
        );
      });
    },

    async stop() {
      if (!running) return;
      running = false;
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      pushed = null;
      await listener.stop();
      await instances.remove(instanceId()).catch(() => undefined);
    },
  };
};

export type ChangesService = ReturnType<typeof createChangesService>;
