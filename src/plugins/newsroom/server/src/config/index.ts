import { IANAZone } from 'luxon';
import { schedulerDefaults, validateScheduler } from './scheduler';
import { validateViews, viewDefaults } from './views';

export interface NewsroomConfig {
  /** The newsroom's IANA zone: editors' wall-clock times and printed dates use it. */
  timezone: string;
  /** Seed the demo newsroom into an empty database. */
  demo: boolean;
  /** The first permalink id handed out. */
  permalinkStart: number;
  /** HTTP caching of the public read API (seconds; entries kept in memory per instance). */
  cache: { maxAge: number; sMaxAge: number; staleWhileRevalidate: number; entries: number };
  /** Called with the changed cache keys after every visible change (null: off). */
  purge: { url: string | null; headers?: Record<string, string>; timeoutMs?: number };
  /** Permalinks and canonical URLs on the front-end site (see config/views.ts). */
  views: Record<string, any>;
  /** Scheduled publishing (see config/scheduler.ts). */
  scheduler: Record<string, any>;
}

const defaults: NewsroomConfig = {
  timezone: 'Europe/Berlin',
  demo: true,
  permalinkStart: 1275000,
  cache: { maxAge: 60, sMaxAge: 300, staleWhileRevalidate: 600, entries: 5000 },
  purge: { url: null, timeoutMs: 5000 },
  views: viewDefaults,
  scheduler: schedulerDefaults,
};

const wholeNumber = (value: unknown, name: string, min = 0) => {
  if (!Number.isInteger(value) || (value as number) < min) {
    throw new Error(`${name} must be a whole number of at least ${min}, not ${JSON.stringify(value)}.`);
  }
};

export default {
  default: defaults,
  validator(config: NewsroomConfig) {
    if (!IANAZone.isValidZone(config.timezone)) {
      throw new Error(
        `timezone "${config.timezone}" is not an IANA time zone (for example "Europe/Berlin").`,
      );
    }
    if (typeof config.demo !== 'boolean') throw new Error('demo must be true or false.');
    wholeNumber(config.permalinkStart, 'permalinkStart', 1);
    wholeNumber(config.cache.maxAge, 'cache.maxAge');
    wholeNumber(config.cache.sMaxAge, 'cache.sMaxAge');
    wholeNumber(config.cache.staleWhileRevalidate, 'cache.staleWhileRevalidate');
    wholeNumber(config.cache.entries, 'cache.entries', 1);
    if (config.purge.url !== null && !/^https?:\/\//.test(config.purge.url)) {
      throw new Error(`purge.url must be an http(s) URL or null, not "${config.purge.url}".`);
    }
    validateViews(config.views);
    validateScheduler(config.scheduler);
  },
};
