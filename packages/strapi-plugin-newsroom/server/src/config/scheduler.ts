import { RETRY_DEFAULTS } from '../domain/schedule/runner';

/** Configuration of scheduled publishing, under the plugin config key `scheduler`. */
export interface SchedulerConfig {
  /** Run due actions in this instance (the editors' API works either way). */
  enabled: boolean;
  /** How often the runner re-reads the database; near actions get their own precise timer. */
  pollMs: number;
  /**
   * How long a claim holds before another instance may take the action over.
   * A live runner renews it every third of it, so this bounds how soon a
   * crashed instance's actions are taken over.
   */
  leaseMs: number;
  /** Tries per action, the first one included, for transient failures. */
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Transactions run at once per instance; null: 4 on PostgreSQL, 1 on SQLite (one writer anyway). */
  concurrency: number | null;
  /**
   * Due actions published per transaction (one fence, one content
   * generation step, one purge, one commit for all of them); a batch that
   * fails is run again one action at a time, so one bad action fails alone.
   */
  batchSize: number;
  /**
   * Publishing ahead: up to this long before an instant on which actions are
   * due, the runner claims them and publishes them in one transaction that
   * waits for the instant and commits on it, so a burst is visible at once,
   * on time, instead of one publish after another once due. It starts as
   * late as its measured cost per publish allows. Meanwhile the content
   * generation and those rows are locked (PostgreSQL: other visible changes
   * wait for the commit) or the whole database is (SQLite: one writer).
   * Publishes are dated at the instant (publishedAt, publishedOn); Strapi's
   * entry.publish webhooks carry the publish call's time. 0: off.
   */
  prepareMs: number;
  /** Names this instance in leases; null: host, pid and a random suffix. */
  instanceId: string | null;
  /**
   * POSTed a JSON body (through the outbox) when an action fails for good
   * or is late; null: off (the Strapi events fire anyway).
   */
  failureWebhook: string | null;
  /** An action not done this long after its due time is late: one newsroom.schedule.late event and webhook. */
  lateAfterMs: number;
}

export const schedulerDefaults: SchedulerConfig = {
  enabled: true,
  pollMs: 5000,
  leaseMs: 5000,
  maxAttempts: RETRY_DEFAULTS.maxAttempts,
  retryBaseMs: RETRY_DEFAULTS.baseMs,
  retryMaxMs: RETRY_DEFAULTS.maxMs,
  concurrency: null,
  batchSize: 20,
  prepareMs: 0,
  instanceId: null,
  failureWebhook: null,
  lateAfterMs: 60_000,
};

/** What the option schema (config/schema.ts) cannot say on its own. */
export function validateScheduler(config: SchedulerConfig): void {
  if (config.retryMaxMs < config.retryBaseMs) {
    throw new Error(
      `"scheduler.retryMaxMs" (${config.retryMaxMs}) must be at least "scheduler.retryBaseMs" (${config.retryBaseMs}).`,
    );
  }
}

/** The effective scheduler config: defaults under whatever the app set. */
export function schedulerConfig(input: unknown): SchedulerConfig {
  return { ...schedulerDefaults, ...((input as Partial<SchedulerConfig>) ?? {}) };
}
