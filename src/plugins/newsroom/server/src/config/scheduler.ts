/** Configuration of scheduled publishing, under the plugin config key `scheduler`. */
export interface SchedulerConfig {
  /** Run due actions in this instance (the editors' API works either way). */
  enabled: boolean;
  /** How often the runner re-reads the database; near actions get their own precise timer. */
  pollMs: number;
  /** How long a claim holds before another instance may take the action over. */
  leaseMs: number;
  /** Tries per action, the first one included, for transient failures. */
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Actions run at once per instance; null: 4 on PostgreSQL, 1 on SQLite (one writer anyway). */
  concurrency: number | null;
  /** Names this instance in leases; null: host, pid and a random suffix. */
  instanceId: string | null;
  /** POSTed a JSON body when an action fails for good; null: off (the Strapi event fires anyway). */
  failureWebhook: string | null;
}

export const schedulerDefaults: SchedulerConfig = {
  enabled: true,
  pollMs: 5000,
  leaseMs: 60_000,
  maxAttempts: 6,
  retryBaseMs: 10_000,
  retryMaxMs: 300_000,
  concurrency: null,
  instanceId: null,
  failureWebhook: null,
};

const whole = (config: any, key: string, min: number) => {
  const value = config[key];
  if (!Number.isInteger(value) || value < min) {
    throw new Error(
      `scheduler.${key} must be a whole number of at least ${min}, not ${JSON.stringify(value)}.`,
    );
  }
};

export function validateScheduler(input: any): void {
  const config = { ...schedulerDefaults, ...(input ?? {}) };
  if (typeof config.enabled !== 'boolean') throw new Error('scheduler.enabled must be true or false.');
  whole(config, 'pollMs', 50);
  whole(config, 'leaseMs', 100);
  whole(config, 'maxAttempts', 1);
  whole(config, 'retryBaseMs', 1);
  whole(config, 'retryMaxMs', config.retryBaseMs);
  if (config.concurrency !== null) whole(config, 'concurrency', 1);
  if (config.instanceId !== null && (typeof config.instanceId !== 'string' || config.instanceId === '')) {
    throw new Error('scheduler.instanceId must be a non-empty string or null.');
  }
  if (config.failureWebhook !== null && !/^https?:\/\//.test(String(config.failureWebhook))) {
    throw new Error(
      `scheduler.failureWebhook must be an http(s) URL or null, not "${config.failureWebhook}".`,
    );
  }
}

/** The effective scheduler config: defaults under whatever the app set. */
export function schedulerConfig(input: unknown): SchedulerConfig {
  return { ...schedulerDefaults, ...((input as Partial<SchedulerConfig>) ?? {}) };
}
