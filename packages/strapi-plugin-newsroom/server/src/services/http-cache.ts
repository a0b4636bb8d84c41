import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { etagMatches, remember, setCacheHeaders, type CacheConfig } from './cache-headers';
import type { ChangesService } from './changes';

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
const NOT_REPLAYED = /^(access-control-|set-cookie$|content-length$|date$|vary$)/i;

/**
 * Published reads answered from memory while the content generation is
 * unchanged, with an ETag (304 on If-None-Match), Cache-Control for CDNs and
 * Surrogate-Key / Cache-Tag headers naming what the answer contains.
 *
 * Two maps: by what the controller parsed (every request), and by the raw URL
 * of anonymous requests, which the fast path (services/fast-path.ts) serves
 * before Strapi's middleware stack.
 */
export const createHttpCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, Entry>();
  const byUrl = new Map<string, UrlEntry>();
  const config = () => strapi.config.get('plugin::newsroom.cache') as CacheConfig;
  const changes = () => strapi.plugin('newsroom').service('changes') as ChangesService;

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
      if (!entry || entry.generation !== generation) {
        const { body, keys } = await produce();
        const json = JSON.stringify(body);
        const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
        entry = { generation, json, etag, keys: ['newsroom', ...keys] };
        remember(entries, key, entry, config().entries);
      }
      setCacheHeaders(ctx, config(), entry.etag, entry.keys);
      // Only anonymous answers are replayed: they passed the public role's check.
      if (!ctx.get('Authorization')) {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(ctx.response.headers as Record<string, unknown>)) {
          if (!NOT_REPLAYED.test(name) && typeof value === 'string') headers[name] = value;
        }
        remember(byUrl, ctx.originalUrl, { ...entry, headers }, config().entries);
      }
      send(ctx, entry);
    },

    /** The fast path: true when the answer went out from memory. */
    async replay(ctx: any): Promise<boolean> {
      const entry = byUrl.get(ctx.originalUrl);
      if (!entry) return false;
      if (entry.generation !== (await changes().generation())) {
        byUrl.delete(ctx.originalUrl);
        return false;
      }
      ctx.set(entry.headers);
      ctx.set('Vary', 'Accept-Encoding');
      send(ctx, entry);
      return true;
    },

    clear() {
      entries.clear();
      byUrl.clear();
    },
  };
};

export type HttpCacheService = ReturnType<typeof createHttpCacheService>;
