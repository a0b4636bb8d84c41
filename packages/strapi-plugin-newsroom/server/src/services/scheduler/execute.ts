import type { Core } from '@strapi/strapi';
import type { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import { classifyFailure, hashJitter, latenessMs, nextRetry } from '../../domain/schedule';
import type { SchedulerConfig } from '../../config/scheduler';
import type { ActionRow, ScheduleRepository } from '../../repositories/schedule-repository';
import { type AlertPayload, enqueueAlert } from './alerts';
import type { ClockService } from './clock';
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
}

const MAX_ERROR = 2000;

/**
 * Runs one claimed action. The publish and the "done" mark commit in ONE
 * transaction, opened by a fenced write on the action row:
 * - a crash before the commit rolls both back, so the lease expires and the
 *   next claimer publishes (nothing happened yet);
 * - a crash after it leaves the action done, so nobody publishes again;
 * - while the transaction is open nobody else can take the action over (the
 *   row is locked on PostgreSQL, the database is on SQLite), and a runner
 *   whose claim was taken over meanwhile finds the fence gone and stops.
 * Strapi emits entry.publish on commit, so webhooks fire once per publish.
 */
export async function executeAction(ctx: ExecuteContext, action: ActionRow, token: string): Promise<void> {
  const { repo, config, clock, hooks } = ctx;
  if (action.attempts > config.maxAttempts) {
    await giveUp(
      ctx,
      action,
      token,
      `Gave up after ${action.attempts - 1} attempts; the instances running it stopped each time.`,
    );
    return;
  }
  try {
    await hooks.beforeExecute?.(action);
    const ran = await ctx.strapi.db.transaction(async () => {
      // The lease end needs no round trip: the database's clock as last measured is close enough.
      const lease = new Date(clock.now().toMillis() + config.leaseMs);
      if (!(await repo.fence(action.id, token, lease))) return null;
      const outcome = await perform(ctx, action);
      await hooks.insideTransaction?.(action);
      const ranAt = await clock.read();
      await repo.finish(action.id, token, {
        status: 'done',
        ran_at: ranAt.toJSDate(),
        ran_by: ctx.instanceId,
        lateness_ms: latenessMs(action.dueAt, ranAt),
        outcome,
        last_error: null,
        retry_at: null,
        lease_until: null,
      });
      return { ranAt, outcome };
    });
    if (ran) logRun(ctx, action, ran.ranAt, ran.outcome);
  } catch (error) {
    await failed(ctx, action, token, error);
  }
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
