import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import { classifyFailure, hashJitter, latenessMs, nextRetry } from '../../domain/schedule';
import type { SchedulerConfig } from '../../config/scheduler';
import type { ActionRow, ScheduleRepository } from '../../repositories/schedule-repository';
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
  now: () => DateTime;
  hooks: RunnerHooks;
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
  const { repo, config, now, hooks } = ctx;
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
    await ctx.strapi.db.transaction(async () => {
      const lease = new Date(now().toMillis() + config.leaseMs);
      if (!(await repo.fence(action.id, token, lease))) return;
      const outcome = await perform(ctx, action);
      await hooks.insideTransaction?.(action);
      const ranAt = now();
      await repo.finish(action.id, token, {
        status: 'done',
        ran_at: ranAt.toJSDate(),
        lateness_ms: latenessMs(action.dueAt, ranAt),
        outcome,
        last_error: null,
        retry_at: null,
        lease_until: null,
      });
    });
  } catch (error) {
    await failed(ctx, action, token, error);
  }
}

/** Publishes or unpublishes through the Document Service, so lifecycles and webhooks fire. */
async function perform({ strapi, repo }: ExecuteContext, action: ActionRow): Promise<string> {
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
  const result = await documents.publish(params);
  if (!result?.entries?.length)
    throw new RuleError(`The document ${where} has no draft to publish.`, ['documentId']);
  return 'published';
}

async function failed(ctx: ExecuteContext, action: ActionRow, token: string, error: unknown) {
  const message = String((error as Error)?.message ?? error).slice(0, MAX_ERROR);
  if (classifyFailure(error) === 'transient') {
    const retryAt = nextRetry(action.attempts, ctx.now(), {
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

/** Marks the action failed for good and tells the newsroom (Strapi event and optional webhook). */
async function giveUp(ctx: ExecuteContext, action: ActionRow, token: string, message: string) {
  const ranAt = ctx.now();
  const marked = await safely(ctx, () =>
    ctx.repo.finish(action.id, token, {
      status: 'failed',
      ran_at: ranAt.toJSDate(),
      lateness_ms: latenessMs(action.dueAt, ranAt),
      last_error: message,
      outcome: 'failed',
      lease_until: null,
    }),
  );
  if (!marked) return;
  ctx.strapi.log.error(`[newsroom] scheduled ${action.action} ${action.documentId} failed: ${message}`);
  const payload = {
    event: 'newsroom.schedule.failed',
    action: { ...toPublic(action), status: 'failed', lastError: message },
  };
  await ctx.strapi.eventHub.emit('newsroom.schedule.failed', payload);
  if (ctx.config.failureWebhook) {
    await fetch(ctx.config.failureWebhook, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(5000),
    }).catch((error) =>
      ctx.strapi.log.warn(`[newsroom] failure webhook failed: ${(error as Error).message}`),
    );
  }
}

/** A write after a failure may fail too (the database is gone): the lease then expires and another try follows. */
async function safely(ctx: ExecuteContext, work: () => Promise<boolean>): Promise<boolean> {
  try {
    return await work();
  } catch (error) {
    ctx.strapi.log.warn(
      `[newsroom] could not record a scheduled action's failure: ${(error as Error).message}`,
    );
    return false;
  }
}
