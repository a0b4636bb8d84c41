import type { Core } from '@strapi/strapi';
import type { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import { classifyFailure, hashJitter, latenessMs, nextRetry } from '../../domain/schedule';
import type { SchedulerConfig } from '../../config/scheduler';
import type { ActionRow, ScheduleRepository } from '../../repositories/schedule-repository';
import { type AlertPayload, enqueueAlert } from './alerts';
import type { ClockService } from './clock';
import { getService } from '../../get-service';
import { toPublic } from './present';
import { runTimeRefusal } from './rights';

export interface RunnerHooks {
  /** After the claim, before the transaction (tests: hold a claim, then die). */
  beforeExecute?: (action: ActionRow) => Promise<void> | void;
  /** Inside the transaction, after the publish (tests: die mid-publish). */
  insideTransaction?: (action: ActionRow) => Promise<void> | void;
}

export interface ExecuteContext {
  strapi: Core.Strapi;
  repo: ScheduleRepository;
  config: SchedulerConfig;
  /** The database's clock: fences, run times and lateness are read from it. */
  clock: ClockService;
  hooks: RunnerHooks;
  /** Recorded as ranBy and in the run's log line. */
  instanceId: string;
  /** Told when a transaction's publishes are done, and how many (the runner measures their cost by it). */
  publishesDone?: (count: number) => void;
}

/** Reads of the database's clock while waiting for an instant (an injected clock that stands still ends it). */
const INSTANT_READS = 5;

const MAX_ERROR = 2000;

/**
 * Runs claimed actions. The publishes and their "done" marks commit in ONE
 * transaction, opened by a fenced write on the action rows:
 * - a crash before the commit rolls all back, so the leases expire and the
 *   next claimer publishes (nothing happened yet);
 * - a crash after it leaves them done, so nobody publishes again;
 * - while the transaction is open nobody else can take them over (the rows
 *   are locked on PostgreSQL, the database is on SQLite), and a runner whose
 *   claim was taken over meanwhile finds the fence gone and leaves it.
 * Several actions share the transaction's fixed costs (fence, content
 * generation step, purge, commit); if one of them fails, the whole batch is
 * rolled back and runs again without it, so only that one fails. With
 * `commitAt` (publishing ahead) the transaction waits for that instant
 * before it marks them done and commits.
 * Strapi emits entry.publish on commit, so webhooks fire once per publish.
 */
export async function executeActions(
  ctx: ExecuteContext,
  actions: ActionRow[],
  token: string,
  /** Publishing ahead: the instant the transaction waits for before it commits. */
  commitAt?: Date,
) {
  const live: ActionRow[] = [];
  for (const action of actions) {
    if (action.attempts > ctx.config.maxAttempts) {
      await giveUp(
        ctx,
        action,
        token,
        `Gave up after ${action.attempts - 1} attempts; the instances running it stopped each time.`,
      );
      continue;
    }
    try {
      await ctx.hooks.beforeExecute?.(action);
      live.push(action);
    } catch (error) {
      await failed(ctx, action, token, error);
    }
  }
  // A batch that fails in one action's publish is rolled back and run again without it (that one
  // fails alone); a failure no action can be blamed for runs them one by one.
  while (live.length > 1) {
    try {
      await runTogether(ctx, live, token, commitAt);
      return;
    } catch (error) {
      const culprit = error instanceof ActionFailure ? error.action : null;
      ctx.strapi.log.info(
        `[newsroom] a batch of ${live.length} scheduled actions was rolled back (${culprit ? `${culprit.action} ${culprit.documentId}: ` : ''}${(error as Error)?.message ?? error}); ${culprit ? 'running the others again' : 'running them one by one'}`,
      );
      if (!culprit) break;
      await failed(ctx, culprit, token, (error as ActionFailure).cause);
      live.splice(live.indexOf(culprit), 1);
    }
  }
  for (const action of live) {
    try {
      await runTogether(ctx, [action], token, commitAt);
    } catch (error) {
      await failed(ctx, action, token, error);
    }
  }
}

/** One transaction for `actions`: fence, publish each, mark each done; throws (rolled back) if any fails. */
async function runTogether(ctx: ExecuteContext, actions: ActionRow[], token: string, commitAt?: Date) {
  const { repo, config, clock, hooks } = ctx;
  const ran = await ctx.strapi.db.transaction(async () => {
    // The lease end needs no round trip: the database's clock as last measured is close enough.
    // Published ahead, it runs from the instant on (the rows are held until then anyway).
    const from = Math.max(clock.now().toMillis(), commitAt?.getTime() ?? 0);
    const lease = new Date(from + config.leaseMs);
    const fenced = new Set(
      await repo.fenceMany(
        actions.map((action) => action.id),
        token,
        lease,
      ),
    );
    const mine = actions.filter((action) => fenced.has(action.id));
    const publishAll = async () => {
      const done: string[] = [];
      for (const action of mine) {
        try {
          done.push(await perform(ctx, action));
        } catch (error) {
          throw mine.length > 1 ? new ActionFailure(action, error) : error;
        }
        await hooks.insideTransaction?.(action);
      }
      return done;
    };
    // A batch's changes are recorded as one; a single action's keeps its own event name.
    // Published ahead, they are dated at their instant, and the wait for it comes before
    // their record: the content generation's row is written (and held) only from the instant on.
    const ahead: { ranAt?: DateTime } = {};
    const dated = commitAt
      ? async () => {
          const done = await getService(ctx.strapi, 'publishing').at(commitAt, publishAll);
          ctx.publishesDone?.(mine.length);
          ahead.ranAt = await instant(clock, commitAt);
          return done;
        }
      : publishAll;
    const outcomes =
      mine.length > 1 || commitAt
        ? await getService(ctx.strapi, 'changes').together(mine.length > 1 ? 'scheduled.batch' : null, dated)
        : await dated();
    if (!commitAt) ctx.publishesDone?.(mine.length);
    const ranAt = ahead.ranAt ?? (await clock.read());
    if (commitAt) await stampPublished(ctx, mine, outcomes, commitAt);
    // Actions with the same outcome and lateness (a burst due at one instant) are marked in one statement.
    const groups = new Map<string, number[]>();
    mine.forEach((action, i) => {
      const key = `${outcomes[i]}|${latenessMs(action.dueAt, ranAt)}`;
      groups.set(key, [...(groups.get(key) ?? []), action.id]);
    });
    for (const [key, ids] of groups) {
      const [outcome, lateness] = key.split('|');
      await repo.finishMany(ids, token, {
        status: 'done',
        ran_at: ranAt.toJSDate(),
        ran_by: ctx.instanceId,
        lateness_ms: Number(lateness),
        outcome,
        last_error: null,
        retry_at: null,
        lease_until: null,
      });
    }
    return { mine, outcomes, ranAt };
  });
  ran.mine.forEach((action, i) => logRun(ctx, action, ran.ranAt, ran.outcomes[i]));
}

/** A batch's publish failed in this action (the error it threw is the cause). */
class ActionFailure extends Error {
  constructor(
    readonly action: ActionRow,
    readonly cause: unknown,
  ) {
    super(String((cause as Error)?.message ?? cause));
  }
}

/** Waits until the database's clock reaches `at`; returns its time then (never before `at`, but for a still clock). */
async function instant(clock: ClockService, at: Date): Promise<DateTime> {
  let now = clock.now();
  for (let reads = 0; reads < INSTANT_READS; reads++) {
    const ms = at.getTime() - now.toMillis();
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    now = await clock.read();
    if (now.toMillis() >= at.getTime()) break;
  }
  return now;
}

/** Publishes made ahead get their instant as their publishedAt (Strapi set the call's), one statement per type and locale. */
async function stampPublished(ctx: ExecuteContext, actions: ActionRow[], outcomes: string[], at: Date) {
  const groups = new Map<string, { uid: string; locale: string | null; ids: string[] }>();
  actions.forEach((action, i) => {
    if (outcomes[i] !== 'published' && outcomes[i] !== 'updated') return;
    const key = `${action.targetType}|${action.targetLocale ?? ''}`;
    const group = groups.get(key) ?? { uid: action.targetType, locale: action.targetLocale, ids: [] };
    group.ids.push(action.targetDocumentId);
    groups.set(key, group);
  });
  for (const { uid, locale, ids } of groups.values()) await ctx.repo.stampPublished(uid, ids, locale, at);
}

/** Publishes or unpublishes through the Document Service, so lifecycles and webhooks fire. */
export async function perform(
  { strapi, repo }: Pick<ExecuteContext, 'strapi' | 'repo'>,
  action: ActionRow,
): Promise<string> {
  const model = strapi.getModel(action.targetType as any) as any;
  if (!model) throw new RuleError(`The content type ${action.targetType} no longer exists.`, ['targetType']);
  const localized = model.pluginOptions?.i18n?.localized === true;
  const rows = (await repo.targetRows(action.targetType, action.targetDocumentId, localized)).filter(
    (row) => !localized || row.locale === action.targetLocale,
  );
  const where = `${action.targetDocumentId}${action.targetLocale ? ` (${action.targetLocale})` : ''}`;
  if (rows.length === 0) throw new RuleError(`The document ${where} was deleted.`, ['documentId']);
  // The right to publish is the scheduler's, so it is checked again now: it may have been revoked since.
  const refused = await runTimeRefusal(strapi, action);
  if (refused) throw new RuleError(refused, ['scheduledBy']);
  const published = rows.find((row) => row.publishedAt);
  const params = {
    documentId: action.targetDocumentId,
    ...(localized ? { locale: action.targetLocale } : {}),
  };
  const documents = strapi.documents(action.targetType as any) as any;

  if (action.action === 'unpublish') {
    if (!published) return 'already unpublished';
    await documents.unpublish(params);
    return 'unpublished';
  }
  // A retry or a take-over: if the document was published since the first
  // claim (by an editor, or by a run we cannot see), the wanted state is there.
  if (
    action.attempts > 1 &&
    action.claimedAt &&
    published?.publishedAt &&
    published.publishedAt >= action.claimedAt
  ) {
    return 'already published';
  }
  // On a published document this publishes the draft's changes: a scheduled update.
  const result = await documents.publish(params);
  if (!result?.entries?.length)
    throw new RuleError(`The document ${where} has no draft to publish.`, ['documentId']);
  return published ? 'updated' : 'published';
}

async function failed(ctx: ExecuteContext, action: ActionRow, token: string, error: unknown) {
  const message = String((error as Error)?.message ?? error).slice(0, MAX_ERROR);
  if (classifyFailure(error) === 'transient') {
    const retryAt = nextRetry(action.attempts, ctx.clock.now(), {
      baseMs: ctx.config.retryBaseMs,
      maxMs: ctx.config.retryMaxMs,
      maxAttempts: ctx.config.maxAttempts,
      jitter: hashJitter(action.documentId),
    });
    if (retryAt) {
      ctx.strapi.log.warn(
        `[newsroom] scheduled ${action.action} ${action.documentId} failed, retrying at ${retryAt}: ${message}`,
      );
      await safely(ctx, () =>
        ctx.repo.finish(action.id, token, {
          status: 'pending',
          retry_at: new Date(retryAt),
          last_error: message,
          lease_owner: null,
          lease_until: null,
        }),
      );
      return;
    }
  }
  await giveUp(ctx, action, token, message);
}

/** Marks the action failed for good and tells the newsroom (Strapi event, and the webhook through the outbox). */
async function giveUp(ctx: ExecuteContext, action: ActionRow, token: string, message: string) {
  const ranAt = await ctx.clock.read().catch(() => ctx.clock.now());
  const payload: AlertPayload = {
    event: 'newsroom.schedule.failed',
    action: {
      ...toPublic(action),
      status: 'failed',
      lastError: message,
      ranAt: ranAt.toUTC().toISO(),
      ranBy: ctx.instanceId,
    },
  };
  // The mark and the webhook's outbox message commit together: one alert per failure, from any instance.
  const marked = await safely(ctx, async () => {
    let mine = false;
    await ctx.strapi.db.transaction(async () => {
      mine = await ctx.repo.finish(action.id, token, {
        status: 'failed',
        ran_at: ranAt.toJSDate(),
        ran_by: ctx.instanceId,
        lateness_ms: latenessMs(action.dueAt, ranAt),
        last_error: message,
        outcome: 'failed',
        lease_until: null,
      });
      if (mine) await enqueueAlert(ctx.strapi, ctx.config, payload);
    });
    return mine;
  });
  if (!marked) return;
  logRun(ctx, action, ranAt, 'failed');
  ctx.strapi.log.error(`[newsroom] scheduled ${action.action} ${action.documentId} failed: ${message}`);
  await ctx.strapi.eventHub.emit('newsroom.schedule.failed', payload);
}

/**
 * One line per run, for whoever reads the logs of several instances: which
 * action, what, on which document, where it ran, when it was due, when it
 * ran (the database's clock) and how late.
 */
export function logRun(
  ctx: Pick<ExecuteContext, 'strapi' | 'instanceId'>,
  action: ActionRow,
  ranAt: DateTime,
  outcome: string,
) {
  const fields = {
    action: action.documentId,
    type: action.action,
    target: action.targetType,
    document: action.targetDocumentId,
    locale: action.targetLocale ?? '-',
    instance: ctx.instanceId,
    due: action.dueAt.toISOString(),
    ran: ranAt.toUTC().toISO(),
    latenessMs: latenessMs(action.dueAt, ranAt),
    attempt: action.attempts,
    outcome,
  };
  const line = Object.entries(fields)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  ctx.strapi.log.info(`[newsroom] scheduled run ${line}`);
}

/** A write after a failure may fail too (the database is gone): the lease then expires and another try follows. */
export async function safely(
  ctx: Pick<ExecuteContext, 'strapi'>,
  work: () => Promise<boolean>,
): Promise<boolean> {
  try {
    return await work();
  } catch (error) {
    ctx.strapi.log.warn(
      `[newsroom] could not record a scheduled action's failure: ${(error as Error).message}`,
    );
    return false;
  }
}
