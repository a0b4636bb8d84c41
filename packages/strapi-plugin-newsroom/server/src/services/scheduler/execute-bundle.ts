import { classifyFailure, hashJitter, latenessMs, nextRetry } from '../../domain/schedule';
import type { BundleRepository, BundleRow } from '../../repositories/bundle-repository';
import type { ActionRow } from '../../repositories/schedule-repository';
import { getService } from '../../get-service';
import { type AlertPayload, enqueueAlert } from './alerts';
import { type ExecuteContext, logRun, perform, safely } from './execute';
import { redact, toPublicBundle } from './present';

export interface BundleContext extends ExecuteContext {
  bundles: BundleRepository;
}

const MAX_ERROR = 2000;

/** A bundle stopped by one of its entries: which one, and why. */
class Blocked extends Error {
  constructor(
    readonly entry: ActionRow,
    readonly cause: unknown,
  ) {
    super(String((cause as Error)?.message ?? cause));
  }
}

/**
 * Runs one claimed bundle: every pending entry is published or unpublished
 * in ONE transaction, opened by a fenced write on the bundle row, with their
 * changes recorded as one (one content generation, one purge carrying every
 * key), and every entry marked done with the bundle in the same commit.
 * Readers see all of them at once or none. An entry that fails rolls back
 * the whole bundle and is named: a passing problem (the database) retries
 * the bundle whole; anything else fails it, with the blocking entry and its
 * sentence recorded and alerted. A crash anywhere before the commit leaves
 * nothing published, and the next claimer runs it whole again.
 */
export async function executeBundle(ctx: BundleContext, bundle: BundleRow, token: string): Promise<void> {
  const { strapi, bundles, repo, config, clock, hooks } = ctx;
  if (bundle.attempts > config.maxAttempts) {
    await giveUp(
      ctx,
      bundle,
      token,
      null,
      `Gave up after ${bundle.attempts - 1} attempts; the instances running it stopped each time.`,
    );
    return;
  }
  try {
    const entries = (await repo.bundleEntries(bundle.documentId)).filter((e) => e.status === 'pending');
    const ran = await strapi.db.transaction(async () => {
      const lease = new Date(clock.now().toMillis() + config.leaseMs);
      if (!(await bundles.fence(bundle.id, token, lease))) return null;
      const outcomes = await getService(strapi, 'changes').together(
        `bundle:${bundle.documentId}`,
        async () => {
          const done: string[] = [];
          for (const entry of entries) {
            // A retry of the bundle is a retry of each entry: the "already published" check applies.
            const attempt = { ...entry, attempts: bundle.attempts, claimedAt: bundle.claimedAt };
            try {
              done.push(await perform(ctx, attempt));
              await hooks.insideTransaction?.(entry);
            } catch (error) {
              throw new Blocked(entry, error);
            }
          }
          return done;
        },
      );
      const ranAt = await clock.read();
      const record = {
        status: 'done',
        ran_at: ranAt.toJSDate(),
        ran_by: ctx.instanceId,
        lateness_ms: latenessMs(bundle.dueAt, ranAt),
        last_error: null,
      };
      for (const outcome of new Set(outcomes)) {
        const ids = entries.filter((_, i) => outcomes[i] === outcome).map((entry) => entry.id);
        await repo.updateEntries(bundle.documentId, ['pending'], { ...record, outcome }, ids);
      }
      await bundles.finish(bundle.id, token, {
        ...record,
        blocking_entry: null,
        retry_at: null,
        lease_until: null,
      });
      return { ranAt, outcomes };
    });
    if (!ran) return;
    entries.forEach((entry, i) =>
      logRun(ctx, { ...entry, attempts: bundle.attempts }, ran.ranAt, ran.outcomes[i]),
    );
    strapi.log.info(
      `[newsroom] scheduled bundle ran bundle=${bundle.documentId} entries=${entries.length} instance=${ctx.instanceId} due=${bundle.dueAt.toISOString()} ran=${ran.ranAt.toUTC().toISO()} latenessMs=${latenessMs(bundle.dueAt, ran.ranAt)} attempt=${bundle.attempts}`,
    );
  } catch (error) {
    await failed(ctx, bundle, token, error);
  }
}

async function failed(ctx: BundleContext, bundle: BundleRow, token: string, error: unknown) {
  const blocking = error instanceof Blocked ? error.entry : null;
  const cause = error instanceof Blocked ? error.cause : error;
  const message = (await describe(ctx, blocking, String((cause as Error)?.message ?? cause))).slice(
    0,
    MAX_ERROR,
  );
  if (classifyFailure(cause) === 'transient') {
    const retryAt = nextRetry(bundle.attempts, ctx.clock.now(), {
      baseMs: ctx.config.retryBaseMs,
      maxMs: ctx.config.retryMaxMs,
      maxAttempts: ctx.config.maxAttempts,
      jitter: hashJitter(bundle.documentId),
    });
    if (retryAt) {
      ctx.strapi.log.warn(
        `[newsroom] scheduled bundle ${bundle.documentId} failed, retrying whole at ${retryAt}: ${message}`,
      );
      await safely(ctx, () =>
        ctx.bundles.finish(bundle.id, token, {
          status: 'pending',
          retry_at: new Date(retryAt),
          last_error: message,
          blocking_entry: blocking?.documentId ?? null,
          lease_owner: null,
          lease_until: null,
        }),
      );
      return;
    }
  }
  await giveUp(ctx, bundle, token, blocking, message);
}

/** The sentence naming the entry that stopped the bundle: its title, type and locale. */
async function describe(ctx: BundleContext, entry: ActionRow | null, message: string): Promise<string> {
  if (!entry) return message;
  const [shown] = await redact(ctx.strapi, null, [entry]).catch(() => [null]);
  const model = ctx.strapi.getModel(entry.targetType as any) as any;
  const type = (model?.info?.displayName ?? entry.targetType).toLowerCase();
  const name = shown?.title ? `"${shown.title}"` : entry.targetDocumentId;
  return `The ${entry.action} of the ${type} ${name}${entry.targetLocale ? ` (${entry.targetLocale})` : ''} stopped the bundle: ${message}`;
}

/** Fails the bundle for good, its entries with it, and alerts once (event, and the webhook through the outbox). */
async function giveUp(
  ctx: BundleContext,
  bundle: BundleRow,
  token: string,
  blocking: ActionRow | null,
  message: string,
) {
  const ranAt = await ctx.clock.read().catch(() => ctx.clock.now());
  const record = {
    ran_at: ranAt.toJSDate(),
    ran_by: ctx.instanceId,
    lateness_ms: latenessMs(bundle.dueAt, ranAt),
    outcome: 'failed',
  };
  let payload: AlertPayload | null = null;
  const marked = await safely(ctx, async () => {
    let mine = false;
    await ctx.strapi.db.transaction(async () => {
      mine = await ctx.bundles.finish(bundle.id, token, {
        status: 'failed',
        ran_at: record.ran_at,
        ran_by: record.ran_by,
        lateness_ms: record.lateness_ms,
        last_error: message,
        blocking_entry: blocking?.documentId ?? null,
        lease_until: null,
      });
      if (!mine) return;
      const others = `Not published: the bundle did not go out. ${message}`;
      await ctx.repo.updateEntries(bundle.documentId, ['pending'], {
        ...record,
        status: 'failed',
        last_error: others,
      });
      if (blocking)
        await ctx.repo.updateEntries(bundle.documentId, ['failed'], { last_error: message }, [blocking.id]);
      const failedBundle = (await ctx.bundles.findByDocumentId(bundle.documentId)) as BundleRow;
      const entries = await redact(ctx.strapi, null, await ctx.repo.bundleEntries(bundle.documentId));
      payload = { event: 'newsroom.schedule.failed', bundle: toPublicBundle(failedBundle, entries) };
      await enqueueAlert(ctx.strapi, ctx.config, payload);
    });
    return mine;
  });
  if (!marked || !payload) return;
  ctx.strapi.log.error(`[newsroom] scheduled bundle ${bundle.documentId} failed: ${message}`);
  await ctx.strapi.eventHub.emit('newsroom.schedule.failed', payload);
}
