import type { Core } from '@strapi/strapi';

interface Webhook {
  id: number | string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/** What Strapi's webhook runner keeps in memory (@strapi/core services/webhook-runner). */
interface WebhookRunner {
  webhooksMap?: Map<string, Webhook[]>;
  add(webhook: Webhook): void;
  remove(webhook: Webhook): void;
}

/** Whether the runner holds one webhook twice for an event. */
function hasDuplicates(runner: WebhookRunner): boolean {
  for (const hooks of runner.webhooksMap?.values() ?? [])
    if (new Set(hooks.map((hook) => String(hook.id))).size < hooks.length) return true;
  return false;
}

/**
 * Strapi keeps the webhooks of Settings → Webhooks in memory per process and
 * refreshes them only on the instance where they were saved. So that a
 * scheduled publish fires the site's webhooks whichever instance runs it,
 * this re-reads them from the database (webhookStore) before the scheduler
 * publishes and every few seconds, and replaces the runner's copy when they
 * changed. It relies on the runner's add/remove and its webhooksMap (read to
 * find what to remove), which are Strapi internals: a Strapi upgrade that
 * changes them is caught by tests/scheduler/webhooks.test.ts.
 */
export function createWebhookSync(strapi: Core.Strapi) {
  let last = '';
  let timer: NodeJS.Timeout | null = null;
  let syncing: Promise<boolean> | null = null;

  async function syncNow(): Promise<boolean> {
    const store = strapi.get('webhookStore') as { findWebhooks(): Promise<Webhook[]> };
    const runner = strapi.get('webhookRunner') as WebhookRunner;
    const stored = await store.findWebhooks();
    const fingerprint = JSON.stringify(
      stored
        .map(({ id, url, headers, events, isEnabled }) => ({ id, url, headers, events, isEnabled }))
        .sort((a, b) => String(a.id).localeCompare(String(b.id))),
    );
    // Also when unchanged: a webhook saved while a sync ran can be added twice (by the sync, from the
    // database, and then by Strapi's own controller), and would then fire twice per event.
    if (fingerprint === last && !hasDuplicates(runner)) return false;
    const loaded = new Map<string, Webhook>();
    for (const hooks of runner.webhooksMap?.values() ?? [])
      for (const hook of hooks) loaded.set(String(hook.id), hook);
    for (const hook of loaded.values()) runner.remove(hook);
    for (const hook of stored) runner.add(hook);
    last = fingerprint;
    return true;
  }

  return {
    /** Re-reads the webhooks; true when the runner's copy was replaced. One sync at a time. */
    sync(): Promise<boolean> {
      syncing ??= syncNow().finally(() => {
        syncing = null;
      });
      return syncing;
    },

    start(everyMs: number) {
      if (timer) return;
      timer = setInterval(() => {
        void this.sync().catch((error) =>
          strapi.log.warn(`[newsroom] could not re-read the webhooks: ${(error as Error).message}`),
        );
      }, everyMs);
      timer.unref();
    },

    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
