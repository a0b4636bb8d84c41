import { randomBytes } from 'crypto';
import { hostname } from 'os';
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { outboxConfig, type OutboxConfig } from '../config/outbox';
import { deliveryOutcome, retryAt, type DeliveryResult } from '../domain/outbox';
import {
  createOutboxRepository,
  type NewMessage,
  type OutboxMessage,
} from '../repositories/outbox-repository';

/** Delivers one message's payload; resolves with the receiver's answer, never throws for a failed delivery. */
export type DeliveryHandler = (payload: any, message: OutboxMessage) => Promise<DeliveryResult>;

export interface OutboxHooks {
  /** After the claim, before the delivery (tests: die holding a claim). */
  beforeDeliver?: (message: OutboxMessage) => Promise<void> | void;
}

const MAX_ERROR = 2000;

/**
 * The transactional outbox. `enqueue` writes messages in the caller's
 * transaction, so they exist exactly when the change they report committed;
 * after that commit this instance delivers at once, and any instance that
 * runs one picks up what a dead one left behind (a poll every pollMs; a
 * claimed message's lease runs out after leaseMs). Delivery is at least
 * once: a process killed after the receiver answered and before the record
 * was written delivers that message again. Each delivery is recorded
 * (status, attempts, when, by whom, the receiver's answer).
 */
export const createOutboxService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createOutboxRepository(strapi);
  const handlers = new Map<string, DeliveryHandler>();
  let hooks: OutboxHooks = {};
  let started = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let batches = 0;
  let instanceId = '';

  const config = (): OutboxConfig => outboxConfig(strapi.config.get('plugin::newsroom.outbox'));

  function setTimer(delay: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, Math.max(0, delay));
    timer.unref();
  }

  async function arm() {
    if (!started) return;
    let delay = config().pollMs;
    try {
      const next = await repo.nextWake();
      if (next) delay = Math.min(delay, next.getTime() - Date.now());
    } catch (error) {
      strapi.log.warn(`[newsroom] outbox could not read the next delivery time: ${(error as Error).message}`);
    }
    if (started) setTimer(Math.max(delay, 50));
  }

  function run() {
    if (!started) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await deliverDue();
        } catch (error) {
          strapi.log.error(`[newsroom] outbox delivery run failed: ${(error as Error).message}`);
        }
      } while (again && started);
      await arm();
    })().finally(() => {
      running = null;
    });
  }

  async function deliverDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      if (!started) return delivered;
      const cfg = config();
      const now = new Date();
      const token = `${instanceId}#${++batches}`;
      const claimed = await repo.claim(token, now, new Date(now.getTime() + cfg.leaseMs), cfg.batch);
      if (claimed.length === 0) return delivered;
      await Promise.all(claimed.map((message) => deliver(message, token, cfg)));
      delivered += claimed.length;
    }
  }

  async function deliver(message: OutboxMessage, token: string, cfg: OutboxConfig) {
    await hooks.beforeDeliver?.(message);
    const handler = handlers.get(message.topic);
    let result: DeliveryResult;
    try {
      result = handler
        ? await handler(message.payload, message)
        : { status: 0, error: `no handler for topic "${message.topic}" in this instance` };
    } catch (error) {
      result = { error: String((error as Error)?.message ?? error) };
    }
    // An instance without the handler (an older version) leaves the message to another.
    const outcome = handler ? deliveryOutcome(result) : 'retry';
    const base = {
      last_status: result.status ?? null,
      last_error: result.error?.slice(0, MAX_ERROR) ?? null,
    };
    try {
      if (outcome === 'delivered') {
        await repo.finish(message.id, token, {
          ...base,
          status: 'delivered',
          delivered_at: new Date(),
          delivered_by: instanceId,
          lease_until: null,
        });
        return;
      }
      const next =
        outcome === 'retry' ? retryAt(`${message.id}`, message.attempts, DateTime.utc(), cfg) : null;
      if (next) {
        await repo.finish(message.id, token, {
          ...base,
          status: 'pending',
          available_at: new Date(next),
          lease_owner: null,
          lease_until: null,
        });
        return;
      }
      await repo.finish(message.id, token, { ...base, status: 'failed', lease_until: null });
      strapi.log.error(
        `[newsroom] outbox message ${message.id} (${message.topic}) failed for good after ${message.attempts} tries: ${base.last_error ?? `status ${base.last_status}`}`,
      );
    } catch (error) {
      // The lease runs out and another try follows.
      strapi.log.warn(`[newsroom] outbox could not record a delivery: ${(error as Error).message}`);
    }
  }

  return {
    /** Handlers are registered at register time by the features that send messages. */
    handle(topic: string, handler: DeliveryHandler) {
      handlers.set(topic, handler);
    },

    /** Inside the change's transaction: the messages commit (or roll back) with it. */
    async enqueue(messages: NewMessage[]): Promise<void> {
      if (messages.length === 0) return;
      await strapi.db.transaction(async ({ onCommit }) => {
        await repo.enqueue(messages, new Date());
        onCommit(() => run());
      });
    },

    async start() {
      const cfg = config();
      instanceId =
        strapi.config.get<string | null>('plugin::newsroom.scheduler.instanceId') ??
        `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
      if (!cfg.enabled || started) return;
      started = true;
      run();
    },

    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await running;
    },

    /** Tests: delivers what is due now and resolves when done. */
    async flush() {
      while (running) await running;
      const wasStarted = started;
      started = true;
      try {
        return await deliverDue();
      } finally {
        started = wasStarted;
      }
    },

    setHooks(next: OutboxHooks) {
      hooks = next;
    },

    messages: (topic?: string) => repo.list(topic),
  };
};

export type OutboxService = ReturnType<typeof createOutboxService>;
