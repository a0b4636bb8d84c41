import type { Core } from '@strapi/strapi';
import type { DeliveryResult } from '../domain/outbox';
import { purgeDedupeKey, purgeRequests, type PurgeSettings } from '../domain/purge';
import { getService } from '../get-service';

export const PURGE_TOPIC = 'purge';

/** How long a purge waits for the other instances to see the change (a heartbeat, and then some). */
const SETTLE_MS = 3000;

export interface PurgeConfig extends PurgeSettings {
  timeoutMs?: number;
}

export interface PurgePayload {
  event: string;
  keys: string[];
}

/**
 * CDN purges through the outbox: written in the transaction of the change
 * they report, delivered after its commit by whichever instance is alive,
 * retried with backoff, identical waiting purges folded into one, each
 * delivery recorded, and sent only once every running instance serves the
 * change (services/changes.ts). An instance killed between the commit and
 * the delivery loses nothing: another one (or it, restarted) delivers it.
 */
export const createPurgeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom.purge') as PurgeConfig;
  const enabled = () => purgeRequests(config(), ['probe'], 'probe').length > 0;

  return {
    /** Inside the change's transaction; `delayMs` lets a burst of identical purges (a role saved) fold into one. */
    async enqueue(keys: string[], event: string, delayMs = 0) {
      if (keys.length === 0 || !enabled()) return;
      const unique = [...new Set(keys)].sort();
      await getService(strapi, 'outbox').enqueue([
        { topic: PURGE_TOPIC, payload: { event, keys: unique }, dedupeKey: purgeDedupeKey(unique), delayMs },
      ]);
    },

    /** The outbox's handler: every request of the purge, a failure of any one is a retry of all. */
    async deliver(payload: PurgePayload): Promise<DeliveryResult> {
      const cfg = config();
      // Not before every running instance serves the change: the edge would refetch an old answer.
      const changes = getService(strapi, 'changes');
      const behind = await changes.settled(await changes.latest(), SETTLE_MS);
      if (behind.length > 0)
        strapi.log.warn(
          `[newsroom] purging although ${behind.join(', ')} did not confirm the change within ${SETTLE_MS} ms`,
        );
      let last: DeliveryResult = { status: 204 };
      for (const request of purgeRequests(cfg, payload.keys, payload.event)) {
        try {
          const res = await fetch(request.url, {
            method: request.method,
            headers: request.headers,
            body: request.body,
            signal: AbortSignal.timeout(cfg.timeoutMs ?? 5000),
          });
          last = { status: res.status };
          if (!res.ok)
            return { status: res.status, error: `${request.method} ${request.url} answered ${res.status}` };
        } catch (error) {
          return { error: `${request.method} ${request.url}: ${(error as Error).message}` };
        }
      }
      return last;
    },
  };
};

export type PurgeService = ReturnType<typeof createPurgeService>;
