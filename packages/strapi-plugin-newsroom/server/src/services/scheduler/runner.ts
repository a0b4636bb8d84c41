import { randomBytes } from 'crypto';
import { hostname } from 'os';
import type { Core } from '@strapi/strapi';
import type { DateTime } from 'luxon';
import { getService } from '../../get-service';
import { schedulerConfig, type SchedulerConfig } from '../../config/scheduler';
import { createBundleRepository } from '../../repositories/bundle-repository';
import { createScheduleRepository } from '../../repositories/schedule-repository';
import { alertLate } from './alerts';
import { executeAction, type RunnerHooks } from './execute';
import { executeBundle } from './execute-bundle';
import { createWakeChannel } from './wake';
import { createWebhookSync } from './webhook-sync';

/** When nothing could be claimed although something looks due (its row is busy elsewhere), look again after this. */
const BUSY_RETRY_MS = 250;

/**
 * The runner: one timer per instance, set to the next due time or the next
 * reconcile (pollMs), whichever is first; no busy loop. When it fires, the
 * instance claims due actions in due order and runs them, then sets the
 * timer again. Overdue actions are due at start, so they run at once.
 */
export const createRunnerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createScheduleRepository(strapi);
  const bundles = createBundleRepository(strapi);
  const wake = createWakeChannel(strapi, () => poke());
  const webhooks = createWebhookSync(strapi);
  const clock = () => getService(strapi, 'clock');
  let hooks: RunnerHooks = {};
  let started = false;
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> | null = null;
  let again = false;
  let batches = 0;
  let instanceId = '';

  const config = (): SchedulerConfig => schedulerConfig(strapi.config.get('plugin::newsroom.scheduler'));
  const concurrency = () => config().concurrency ?? (strapi.db.dialect.client === 'postgres' ? 4 : 1);

  function setTimer(delay: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(tick, Math.max(0, delay));
    // A pending publish must never keep a process (or a test) alive.
    timer.unref();
  }

  async function arm(claimedNothing = false) {
    if (!started) return;
    const pollMs = config().pollMs;
    let delay = pollMs;
    try {
      const times = await Promise.all([
        repo.nextWake(config().lateAfterMs),
        bundles.nextWake(config().lateAfterMs),
      ]);
      const next = times.filter((at): at is Date => at !== null).sort((a, b) => a.getTime() - b.getTime())[0];
      if (next) delay = Math.min(pollMs, next.getTime() - clock().now().toMillis());
    } catch (error) {
      strapi.log.warn(`[newsroom] scheduler could not read the next due time: ${(error as Error).message}`);
    }
    if (claimedNothing) delay = Math.max(delay, Math.min(pollMs, BUSY_RETRY_MS));
    if (started) setTimer(delay);
  }

  function tick() {
    if (!started) return;
    if (ticking) {
      again = true;
      return;
    }
    ticking = (async () => {
      let ran = 0;
      do {
        again = false;
        try {
          ran += await runDue();
        } catch (error) {
          strapi.log.error(`[newsroom] scheduler run failed: ${(error as Error).message}`);
        }
      } while (again && started);
      await arm(ran === 0);
    })().finally(() => {
      ticking = null;
    });
  }

  // A plan or a bulk of edits sends many wake-ups: one re-read of the next due time serves them all.
  let poked = false;
  function poke() {
    if (!started) return;
    if (ticking) {
      again = true;
      return;
    }
    if (poked) return;
    poked = true;
    setImmediate(() => {
      poked = false;
      void arm();
    });
  }

  /** Claims and runs everything due now, a batch at a time; returns how many actions and bundles it ran. */
  async function runDue(): Promise<number> {
    let ran = 0;
    // Before the claims: an action that is late and still not done is reported even if it is run now.
    await alertLate({ strapi, repo, bundles, config: config(), clock: clock(), instanceId }).catch((error) =>
      strapi.log.warn(`[newsroom] scheduler could not check for late actions: ${(error as Error).message}`),
    );
    for (;;) {
      if (stopping) return ran;
      const cfg = config();
      const now = await clock().read();
      const token = `${instanceId}#${++batches}`;
      const leaseUntil = new Date(now.toMillis() + cfg.leaseMs);
      const claimed = await repo.claim(token, now.toJSDate(), leaseUntil, concurrency());
      // One bundle per batch: it is one transaction, however many entries it has.
      const bundle = (await bundles.claim(token, now.toJSDate(), leaseUntil, 1))[0];
      if (claimed.length === 0 && !bundle) return ran;
      // The site's webhooks as saved in Settings now, whichever instance saved them (once per run, not per batch).
      if (ran === 0) {
        await webhooks
          .sync()
          .catch((error) =>
            strapi.log.warn(`[newsroom] could not re-read the webhooks: ${(error as Error).message}`),
          );
      }
      const ctx = { strapi, repo, bundles, config: cfg, clock: clock(), hooks, instanceId };
      const renewing = renewWhileRunning(token, cfg.leaseMs);
      try {
        await Promise.all(claimed.map((action) => executeAction(ctx, action, token)));
        // After the single actions: on SQLite one transaction runs at a time anyway.
        if (bundle) await executeBundle(ctx, bundle, token);
      } finally {
        renewing.stop();
      }
      ran += claimed.length + (bundle ? 1 : 0);
      // SQLite's driver is synchronous: without a turn of the event loop between batches, a long
      // backlog starves sockets (webhook deliveries time out after Strapi's 10 s).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * A live runner keeps its claims: every third of the lease it moves the
   * lease end of the batch's unfinished actions on, so the lease can be
   * short and a crashed instance's actions are taken over within it. Rows
   * inside a publish transaction are locked (PostgreSQL) and are skipped:
   * nobody can take those over while the transaction is open anyway.
   */
  function renewWhileRunning(token: string, leaseMs: number) {
    let renewing: Promise<unknown> | null = null;
    const interval = setInterval(
      () => {
        if (renewing) return;
        renewing = (async () => {
          const until = new Date(clock().now().toMillis() + leaseMs);
          await Promise.all([repo.renew(token, until), bundles.renew(token, until)]);
        })()
          .catch((error) =>
            strapi.log.warn(`[newsroom] scheduler could not renew its lease: ${(error as Error).message}`),
          )
          .finally(() => {
            renewing = null;
          });
      },
      Math.max(50, Math.floor(leaseMs / 3)),
    );
    interval.unref();
    return { stop: () => clearInterval(interval) };
  }

  return {
    instanceId: () => instanceId,

    /** Tests: an injected clock for the whole scheduler (the clock service's `set`). */
    setClock(next: (() => DateTime) | null) {
      clock().set(next);
      poke();
    },

    setHooks(next: RunnerHooks) {
      hooks = next;
    },

    async start() {
      const cfg = config();
      instanceId = cfg.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
      if (!cfg.enabled || started) return;
      started = true;
      // Publishes by hand on this instance fire webhooks saved on another within this long too.
      webhooks.start(Math.min(cfg.pollMs, 5000));
      await clock()
        .sync()
        .catch((error) =>
          strapi.log.warn(`[newsroom] could not read the database's clock: ${(error as Error).message}`),
        );
      await wake
        .listen()
        .catch((error) =>
          strapi.log.warn(`[newsroom] schedule listener not started: ${(error as Error).message}`),
        );
      tick();
    },

    async stop() {
      started = false;
      stopping = true;
      webhooks.stop();
      if (timer) clearTimeout(timer);
      timer = null;
      await ticking;
      await wake.stop();
      stopping = false;
    },

    /** Runs what is due now, whether or not the timer is started (tests, scripts). */
    runDue: () => runDue(),

    /** Inside a transaction that changed actions: other instances re-arm after its commit. */
    notify: () => wake.notify(),

    /** This instance re-reads the next due time now. */
    poke,

    isRunning: () => started,
  };
};

export type RunnerService = ReturnType<typeof createRunnerService>;
