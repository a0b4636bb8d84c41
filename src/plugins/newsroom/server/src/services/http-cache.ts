import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import type { ChangesService } from './changes';

export interface CacheConfig {
  maxAge: number;
  sMaxAge: number;
  staleWhileRevalidate: number;
  entries: number;
}

interface Entry {
  generation: number;
  json: string;
  etag: string;
  keys: string[];
}

const etagMatches = (header: string | undefined, etag: string) =>
  !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);

/**
 * Published reads answered from memory while the content generation is
 * unchanged, with an ETag (304 on If-None-Match), Cache-Control for CDNs and
 * Surrogate-Key / Cache-Tag headers naming what the answer contains.
 */
export const createHttpCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, Entry>();
  const config = () => strapi.config.get('plugin::newsroom.cache') as CacheConfig;
  const changes = () => strapi.plugin('newsroom').service('changes') as ChangesService;

  function remember(key: string, entry: Entry) {
    entries.delete(key);
    entries.set(key, entry);
    const limit = config().entries;
    while (entries.size > limit) entries.delete(entries.keys().next().value as string);
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
      if (etagMatches(ctx.get('If-None-Match'), entry.etag)) {
        ctx.status = 304;
        return;
      }
      ctx.type = 'application/json; charset=utf-8';
      ctx.body = entry.json;
    },

    clear() {
      entries.clear();
    },
  };
};

export type HttpCacheService = ReturnType<typeof createHttpCacheService>;
