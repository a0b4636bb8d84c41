import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { ChangesService } from '../changes';
import type { CacheConfig } from '../http-cache';

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

const etagMatches = (header: string | undefined, etag: string) =>
  !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);

/**
 * httpCache.respond for answers that are not plain read-API JSON (HTML, XML,
 * JSON Feed) or that vary with more than the URL (Accept-Language, "now"):
 * httpCache's fast path replays by URL alone, so those must not go there.
 * Answers are kept in memory while the content generation is unchanged, with the same
 * ETag / Cache-Control / Surrogate-Key headers as the read API.
 */
export const createTextCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, Entry>();
  const config = () => strapi.config.get('plugin::newsroom.cache') as CacheConfig;
  const changes = () => strapi.plugin('newsroom').service('changes') as ChangesService;

  function remember(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    while (entries.size > config().entries) entries.delete(entries.keys().next().value as string);
  }

  return {
    async respond(ctx: any, key: string, produce: () => Promise<TextAnswer>) {
      const generation = await changes().generation();
      let entry = entries.get(key);
      if (!entry || entry.generation !== generation) {
        const { body, type, keys } = await produce();
        const etag = `"${createHash('sha1').update(type).update('\n').update(body).digest('base64url')}"`;
        entry = { generation, body, type, etag, keys: ['newsroom', ...new Set(keys)] };
        remember(key, entry);
      }
      const { maxAge, sMaxAge, staleWhileRevalidate } = config();
      ctx.set('ETag', entry.etag);
      ctx.set(
        'Cache-Control',
        `public, max-age=${maxAge}, s-maxage=${sMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`,
      );
      ctx.set('Surrogate-Key', entry.keys.join(' '));
      ctx.set('Cache-Tag', entry.keys.join(','));
      ctx.set('Vary', 'Accept-Encoding');
      ctx.set('X-Content-Type-Options', 'nosniff');
      if (etagMatches(ctx.get('If-None-Match'), entry.etag)) {
        ctx.status = 304;
        return;
      }
      ctx.type = entry.type;
      ctx.body = entry.body;
    },

    clear() {
      entries.clear();
    },
  };
};

export type TextCacheService = ReturnType<typeof createTextCacheService>;
