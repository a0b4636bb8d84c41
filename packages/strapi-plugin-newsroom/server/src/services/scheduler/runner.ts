import { randomBytes } from 'crypto';
import { hostname } from 'os';
import type { Core } from '@strapi/strapi';
import type { DateTime } from 'luxon';
import { nextCostMs, prepareLeadMs } from '../../domain/schedule';
import { getService } from '../../get-service';
import { schedulerConfig, type SchedulerConfig } from '../../config/scheduler';
import { createBundleRepository } from '../../repositories/bundle-repository';
import { type ActionRow, createScheduleRepository } from '../../repositories/schedule-repository';
import { alertLate } from './alerts';
import { executeActions, type RunnerHooks } from './execute';
import { executeBundle } from './execute-bundle';
import { createWakeChannel } from './wake';
import { createWebhookSync } from './webhook-sync';

/** When nothing could be claimed although something looks due (its row is busy elsewhere), look again after this. */
const BUSY_RETRY_MS = 250;

/** Publishing ahead: at most this many actions of one instant per instance (the rest start when due). */
const MAX_PREPARED = 5000;

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
  /** What one publish costs here, as last measured (publishing ahead starts by it); null: not yet. */
  let costMs: number | null = null;

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
        prepareStart(),
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

  /** Publishing ahead: the next instant with actions due, how many, and when to start on them. */
  async function nextPrepared() {
    const { prepareMs } = config();
    if (prepareMs <= 0) return null;
    const now = clock().now();
    const next = await repo.nextInstant(now.toJSDate());
    if (!next) return null;
    const lead = prepareLeadMs({ count: next.count, costMs, maxMs: prepareMs });
    return { ...next, startAt: new Date(next.at.getTime() - lead) };
  }

  async function prepareStart(): Promise<Date | null> {
    return (await nextPrepared())?.startAt ?? null;
  }

  /**
   * Claims the actions due on the next instant if it is time to start on
   * them, publishes them in `concurrency` transactions that each wait for
   * the instant and commit on it; returns how many it ran.
   */
  async function runAhead(firstOfRun: boolean): Promise<number> {
    const next = await nextPrepared();
    if (!next) return 0;
    const cfg = config();
    // Claims compare lease ends with the database's clock, read, as runDue's do.
    const now = await clock().read();
    if (next.startAt.getTime() > now.toMillis()) return 0;
    const token = `${instanceId}#${++batches}`;
    // The lease runs from the instant on: until then the rows are this instance's to hold.
    const leaseUntil = new Date(next.at.getTime() + cfg.leaseMs);
    const claimed = await repo.claim(token, now.toJSDate(), leaseUntil, MAX_PREPARED, next.at);
    if (claimed.length === 0) return 0;
    if (firstOfRun) await syncWebhooks();
    strapi.log.info(
      `[newsroom] scheduler publishing ${claimed.length} action(s) due ${next.at.toISOString()} ahead, ${
        next.at.getTime() - now.toMillis()
      } ms before (${costMs === null ? 'no publish measured yet' : `${Math.round(costMs)} ms per publish measured`})`,
    );
    // One transaction: the permalink counter and the content generation are rows each publish
    // transaction locks until its commit, so lanes side by side would wait for each other anyway.
    await runLanes({ ...cfg, batchSize: claimed.length }, claimed, token, next.at);
    return claimed.length;
  }

  /** `concurrency` transactions at once, each publishing up to batchSize actions in due order. */
  async function runLanes(cfg: SchedulerConfig, claimed: ActionRow[], token: string, commitAt?: Date) {
    if (claimed.length === 0) return;
    // The cost of a publish: from the start until the publishes were done (before any wait for the
    // instant), divided by how many they were.
    const started = Date.now();
    let done = started;
    let count = 0;
    const publishesDone = (published: number) => {
      done = Date.now();
      count += published;
    };
    const ctx = { strapi, repo, bundles, config: cfg, clock: clock(), hooks, instanceId, publishesDone };
    // Publishing ahead: permalinks allocated first, each in its own short transaction (see reservePermalink).
    if (commitAt) {
      const publishing = getService(strapi, 'publishing');
      for (const action of claimed)
        if (action.action === 'publish')
          await publishing
            .reservePermalink(action.targetType, action.targetDocumentId)
            .catch(() => undefined); // The publish itself says what is wrong.
    }
    const parallel = Math.min(concurrency(), Math.ceil(claimed.length / cfg.batchSize) || 1);
    const lanes = Array.from({ length: parallel }, (_, lane) =>
      claimed.filter((_, i) => i % parallel === lane),
    );
    await whileRenewing(token, cfg.leaseMs, () =>
      Promise.all(lanes.map((lane) => executeActions(ctx, lane, token, commitAt))),
    );
    // Measured in one transaction only: that is how a burst is published ahead (lanes side by side
    // share the cores, so their wall time per publish is less than one transaction's).
    if (parallel === 1) costMs = nextCostMs(costMs, done - started, count);
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
      const claimed = await repo.claim(token, now.toJSDate(), leaseUntil, concurrency() * cfg.batchSize);
      // One bundle per batch: it is one transaction, however many entries it has.
      const bundle = (await bundles.claim(token, now.toJSDate(), leaseUntil, 1))[0];
      if (claimed.length === 0 && !bundle) {
        // Nothing due now: perhaps it is time to start on the next instant's actions.
        const ahead = await runAhead(ran === 0);
        if (ahead === 0) return ran;
        ran += ahead;
        continue;
      }
      // The site's webhooks as saved in Settings now, whichever instance saved them (once per run, not per batch).
      if (ran === 0) await syncWebhooks();
      await runLanes(cfg, claimed, token);
      // After the single actions: on SQLite one transaction runs at a time anyway.
      if (bundle) {
        const ctx = { strapi, repo, bundles, config: cfg, clock: clock(), hooks, instanceId };
        await whileRenewing(token, cfg.leaseMs, () => executeBundle(ctx, bundle, token));
      }
      ran += claimed.length + (bundle ? 1 : 0);
      // SQLite's driver is synchronous: without a turn of the event loop between batches, a long
      // backlog starves sockets (webhook deliveries time out after Strapi's 10 s).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async function syncWebhooks() {
    await webhooks
      .sync()
      .catch((error) =>
        strapi.log.warn(`[newsroom] could not re-read the webhooks: ${(error as Error).message}`),
      );
  }

  async function whileRenewing<T>(token: string, leaseMs: number, work: () => Promise<T>): Promise<T> {
    const renewing = renewWhileRunning(token, leaseMs);
    try {
      return await work();
    } finally {
      renewing.stop();
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
