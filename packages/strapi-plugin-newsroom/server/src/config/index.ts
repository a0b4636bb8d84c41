import type { z } from 'zod';
import { assertZone } from '../domain/schedule/zone';
import { outboxDefaults, validateOutbox, websubDefaults } from './outbox';
import { configSchema, describeConfigErrors } from './schema';
import { schedulerDefaults, validateScheduler } from './scheduler';
import { validateViews, viewDefaults } from './views';

export type NewsroomConfig = z.infer<typeof configSchema>;

/** Every option and its default; an app's `config/plugins.ts` overrides any of them. */
const defaults: NewsroomConfig = {
  timezone: 'Europe/Berlin',
  demo: false,
  permalinkStart: 1275000,
  cache: {
    maxAge: 60,
    sMaxAge: 300,
    staleWhileRevalidate: 600,
    notFoundMaxAge: 10,
    entries: 5000,
    maxBytes: 32 * 1024 * 1024,
  },
  purge: { target: 'webhook', url: null, timeoutMs: 5000 },
  views: viewDefaults,
  scheduler: schedulerDefaults,
  websub: websubDefaults,
  outbox: outboxDefaults,
};

export default {
  default: defaults,
  /** Strapi prefixes the message with "Error regarding newsroom config:" and stops the start. */
  validator(config: unknown) {
    const parsed = configSchema.safeParse(config);
    if (!parsed.success) throw new Error(describeConfigErrors(parsed.error, config).join(' '));
    const valid = parsed.data;
    try {
      assertZone(valid.timezone, ['timezone']);
    } catch (error) {
      throw new Error(`"timezone": ${(error as Error).message}`);
    }
    validateViews(valid.views);
    validateScheduler(valid.scheduler);
    validateOutbox(valid.outbox);
  },
};
