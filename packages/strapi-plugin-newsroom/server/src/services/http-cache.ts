import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { readKey } from '../domain/query';
import { createAnswerStore, sizeOf } from './answer-store';
import { etagMatches, setCacheHeaders, type CacheConfig } from './cache-headers';
import { getService } from '../get-service';

interface Entry {
  generation: number;
  json: string;
  etag: string;
  keys: string[];
}

/** An answer as it went out to an anonymous reader, replayed by the fast path. */
interface UrlEntry extends Entry {
  headers: Record<string, string>;
}

// Headers that depend on the request (CORS, cookies) or that Koa sets itself.
const NOT_REPLAYED = /^(access-control-|set-cookie$|content-length$|date$|vary$|x-cache$)/i;

const entrySize = (entry: Entry) => sizeOf(entry.json, entry.etag, ...entry.keys);

/**
 * Published reads answered from memory while the content generation is
 * unchanged, with an ETag (304 on If-None-Match), Cache-Control for CDNs and
 * Surrogate-Key / Cache-Tag headers naming what the answer contains.
 *
 * Two stores, each bounded in bytes (least recently used out, a flood of
 * one-off keys cannot push out hot answers): by what the controller parsed
 * (every request), and by the path and read parameters of anonymous requests
 * (domain/query.ts readKey), which the fast path (services/fast-path.ts)
 * serves before Strapi's middleware stack.
 */
export const createHttpCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom.cache') as CacheConfig;
  const limits = () => ({ maxBytes: config().maxBytes, maxEntries: config().entries });
  let entries = createAnswerStore<Entry>(limits(), entrySize);
  let byUrl = createAnswerStore<UrlEntry>(limits(), entrySize);
  const changes = () => getService(strapi, 'changes');
  const urlKey = (ctx: any) => readKey(ctx.path, ctx.querystring);

  function send(ctx: any, entry: Entry) {
    if (etagMatches(ctx.get('If-None-Match'), entry.etag)) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = entry.json;
  }

  return {
    async respond(ctx: any, key: string, produce: () => Promise<{ body: unknown; keys: string[] }>) {
      const generation = await changes().generation();
      let entry = entries.get(key);
      const hit = entry?.generation === generation;
      if (!entry || !hit) {
        const { body, keys } = await produce();
        const json = JSON.stringify(body);
        const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
        entry = { generation, json, etag, keys: ['newsroom', ...keys] };
        entries.set(key, entry);
      }
      setCacheHeaders(ctx, config(), entry.etag, entry.keys);
      ctx.set('X-Cache', hit ? 'hit' : 'miss');
      // Only anonymous answers are replayed: they passed the public role's check.
      const url = urlKey(ctx);
      if (!ctx.get('Authorization') && url) {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(ctx.response.headers as Record<string, unknown>)) {
          if (!NOT_REPLAYED.test(name) && typeof value === 'string') headers[name] = value;
        }
        byUrl.set(url, { ...entry, headers });
      }
      send(ctx, entry);
    },

    /** The fast path: true when the answer went out from memory. */
    async replay(ctx: any): Promise<boolean> {
      const url = urlKey(ctx);
      const entry = url ? byUrl.get(url) : undefined;
      if (!url || !entry) return false;
      if (entry.generation !== (await changes().generation())) {
        byUrl.delete(url);
        return false;
      }
      ctx.set(entry.headers);
      ctx.set('Vary', 'Accept-Encoding');
      ctx.set('X-Cache', 'hit');
      send(ctx, entry);
      return true;
    },

    /** Empties both stores (and picks up changed limits). */
    clear() {
      entries = createAnswerStore<Entry>(limits(), entrySize);
      byUrl = createAnswerStore<UrlEntry>(limits(), entrySize);
    },

    stats: () => ({ entries: entries.stats(), byUrl: byUrl.stats() }),
  };
};

export type HttpCacheService = ReturnType<typeof createHttpCacheService>;
