/**
 * The outbox (plugin config key `outbox`): messages written in the same
 * transaction as a change and delivered after the commit by any instance.
 */
export interface OutboxConfig {
  /** Deliver messages from this instance (messages are written either way). */
  enabled: boolean;
  /** How often an instance looks for messages left behind by others (its own go out at once). */
  pollMs: number;
  /** How long a claimed message is this instance's before another may deliver it. */
  leaseMs: number;
  /** Tries per message for transient failures, the first one included. */
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Messages claimed at once. */
  batch: number;
}

export const outboxDefaults: OutboxConfig = {
  enabled: true,
  pollMs: 5000,
  leaseMs: 30_000,
  maxAttempts: 10,
  retryBaseMs: 5000,
  retryMaxMs: 600_000,
  batch: 20,
};

/** WebSub (plugin config key `websub`): the hub feeds name and that publishes ping. */
export interface WebSubConfig {
  /** The hub's URL, or null for no WebSub. */
  hub: string | null;
  timeoutMs: number;
}

export const websubDefaults: WebSubConfig = { hub: null, timeoutMs: 5000 };

export function validateOutbox(config: OutboxConfig): void {
  if (config.retryMaxMs < config.retryBaseMs) {
    throw new Error(
      `"outbox.retryMaxMs" (${config.retryMaxMs}) must be at least "outbox.retryBaseMs" (${config.retryBaseMs}).`,
    );
  }
}

export function outboxConfig(input: unknown): OutboxConfig {
  return { ...outboxDefaults, ...((input as Partial<OutboxConfig>) ?? {}) };
}

export function websubConfig(input: unknown): WebSubConfig {
  return { ...websubDefaults, ...((input as Partial<WebSubConfig>) ?? {}) };
}
