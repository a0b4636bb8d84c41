import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { boundedKey, type DeliveryResult } from '../../domain/outbox';
import type { SchedulerConfig } from '../../config/scheduler';
import type { BundleRepository } from '../../repositories/bundle-repository';
import type { ScheduleRepository } from '../../repositories/schedule-repository';
import { getService } from '../../get-service';
import type { ClockService } from './clock';
import type { Bundle } from '../../../../shared/contracts/bundles';
import { redact, toPublic, toPublicBundle } from './present';

/** The outbox topic of the scheduler's alerts (failed for good, late) to scheduler.failureWebhook. */
export const SCHEDULE_ALERT_TOPIC = 'newsroom.schedule.alert';

export type AlertEvent = 'newsroom.schedule.failed' | 'newsroom.schedule.late';

export interface AlertPayload {
  event: AlertEvent;
  /** The action it is about; for a bundle, `bundle` instead. */
  action?: ReturnType<typeof toPublic>;
  bundle?: Bundle;
  /** For late: how long past its due time it was when the alert went out. */
  lateByMs?: number;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Inside the transaction that records the alert: the webhook message
 * commits with it (or not at all) and is delivered after the commit by
 * whichever instance runs the outbox, retried on failure.
 */
export async function enqueueAlert(strapi: Core.Strapi, config: SchedulerConfig, payload: AlertPayload) {
  if (!config.failureWebhook) return;
  await getService(strapi, 'outbox').enqueue([
    {
      topic: SCHEDULE_ALERT_TOPIC,
      payload: { url: config.failureWebhook, body: payload },
      dedupeKey: boundedKey(
        `${payload.event}:${payload.action?.id ?? `bundle:${payload.bundle?.id}`}`,
        sha256,
      ),
    },
  ]);
}

/** The outbox handler: POSTs the alert to the webhook it was written for. */
export async function deliverAlert(message: { url: string; body: AlertPayload }): Promise<DeliveryResult> {
  try {
    const res = await fetch(message.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message.body),
      signal: AbortSignal.timeout(5000),
      redirect: 'manual',
    });
    await res.arrayBuffer().catch(() => undefined);
    return { status: res.status };
  } catch (error) {
    return { error: String((error as Error)?.message ?? error) };
  }
}

export interface AlertContext {
  strapi: Core.Strapi;
  repo: ScheduleRepository;
  bundles: BundleRepository;
  config: SchedulerConfig;
  clock: ClockService;
  instanceId: string;
}

const LATE_BATCH = 100;

/**
 * Missed schedules: actions and bundles still pending or running
 * lateAfterMs after their due time (by the database's clock) are marked
 * alerted and reported once, whichever instance looks first: the webhook
 * through the outbox in the marking transaction, the newsroom.schedule.late
 * event and a log line on this instance after its commit. A bundle is one
 * alert, not one per entry. Returns how many it reported.
 */
export async function alertLate(ctx: AlertContext): Promise<number> {
  const now = await ctx.clock.read();
  const dueBefore = new Date(now.toMillis() - ctx.config.lateAfterMs);
  const alerts = await ctx.strapi.db.transaction(async () => {
    const actions = await ctx.repo.claimLate(now.toJSDate(), dueBefore, LATE_BATCH);
    const bundles = await ctx.bundles.claimLate(now.toJSDate(), dueBefore, LATE_BATCH);
    const payloads: AlertPayload[] = actions.map((row) => ({
      event: 'newsroom.schedule.late',
      action: toPublic(row),
      lateByMs: now.toMillis() - row.dueAt.getTime(),
    }));
    for (const row of bundles) {
      const entries = await redact(ctx.strapi, null, await ctx.repo.bundleEntries(row.documentId));
      payloads.push({
        event: 'newsroom.schedule.late',
        bundle: toPublicBundle(row, entries),
        lateByMs: now.toMillis() - row.dueAt.getTime(),
      });
    }
    for (const payload of payloads) await enqueueAlert(ctx.strapi, ctx.config, payload);
    return payloads;
  });
  for (const payload of alerts) {
    ctx.strapi.log.warn(`[newsroom] ${describeLate(payload)} instance=${ctx.instanceId}`);
    await ctx.strapi.eventHub.emit('newsroom.schedule.late', payload);
  }
  return alerts.length;
}

function describeLate({ action, bundle, lateByMs }: AlertPayload): string {
  if (bundle)
    return `scheduled bundle late bundle=${bundle.id} entries=${bundle.entries.length} status=${bundle.status} due=${bundle.dueAt} lateByMs=${lateByMs}`;
  const a = action!;
  return `scheduled action late action=${a.id} type=${a.action} document=${a.documentId} locale=${a.locale ?? '-'} status=${a.status} due=${a.dueAt} lateByMs=${lateByMs}`;
}
