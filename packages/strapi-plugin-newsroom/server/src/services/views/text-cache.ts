import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { createAnswerStore, sizeOf } from '../answer-store';
import { etagMatches, setCacheHeaders, type CacheConfig } from '../cache-headers';
import { getService } from '../../get-service';

interface Entry {
  generation: number;
  body: string;
  type: string;
  etag: string;
  keys: string[];
}

export interface TextAnswer {
  body: string;
  /** Content type, e.g. "application/atom+xml; charset=utf-8". */
  type: string;
  keys: string[];
}

/**
 * httpCache.respond for answers that are not plain read-API JSON (HTML, XML,
 * JSON Feed) or that vary with more than the URL (Accept-Language, "now"):
 * httpCache's fast path replays by URL alone, so those must not go there.
 * Answers are kept in memory while the content generation is unchanged, with the same
 * ETag / Cache-Control / Surrogate-Key headers as the read API, in a store
 * bounded in bytes; keys are built from parsed parameters only (a timeline's
 * `at` to the minute), so junk in a URL never makes a new key.
 */
export const createTextCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom.cache') as CacheConfig;
  const make = () =>
    createAnswerStore<Entry>({ maxBytes: config().maxBytes, maxEntries: config().entries }, (entry) =>
      sizeOf(entry.body, entry.etag, entry.type, ...entry.keys),
    );
  let entries = make();
  const changes = () => getService(strapi, 'changes');

  return {
    async respond(ctx: any, key: string, produce: () => Promise<TextAnswer>) {
      const generation = await changes().generation();
      let entry = entries.get(key);
      const hit = entry?.generation === generation;
      if (!entry || !hit) {
        const { body, type, keys } = await produce();
        const etag = `"${createHash('sha1').update(type).update('\n').update(body).digest('base64url')}"`;
        entry = { generation, body, type, etag, keys: ['newsroom', ...new Set(keys)] };
        entries.set(key, entry);
      }
      setCacheHeaders(ctx, config(), entry.etag, entry.keys);
      ctx.set('X-Cache', hit ? 'hit' : 'miss');
      ctx.set('X-Content-Type-Options', 'nosniff');
      if (etagMatches(ctx.get('If-None-Match'), entry.etag)) {
        ctx.status = 304;
        return;
      }
      ctx.type = entry.type;
      ctx.body = entry.body;
    },

    clear() {
      entries = make();
    },

    stats: () => entries.stats(),
  };
};

export type TextCacheService = ReturnType<typeof createTextCacheService>;
