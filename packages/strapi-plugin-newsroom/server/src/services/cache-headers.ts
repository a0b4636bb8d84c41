/** What both answer caches (httpCache for read JSON, textCache for HTML/XML/feeds) share. */

export interface CacheConfig {
  maxAge: number;
  sMaxAge: number;
  staleWhileRevalidate: number;
  entries: number;
}

export const etagMatches = (header: string | undefined, etag: string) =>
  !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);

/** Keeps at most `limit` entries, dropping the least recently stored. */
export function remember<T>(map: Map<string, T>, key: string, entry: T, limit: number) {
  map.delete(key);
  map.set(key, entry);
  while (map.size > limit) map.delete(map.keys().next().value as string);
}

/** ETag, Cache-Control for CDNs, and the surrogate keys naming what the answer contains. */
export function setCacheHeaders(ctx: any, config: CacheConfig, etag: string, keys: string[]) {
  ctx.set('ETag', etag);
  ctx.set(
    'Cache-Control',
    `public, max-age=${config.maxAge}, s-maxage=${config.sMaxAge}, stale-while-revalidate=${config.staleWhileRevalidate}`,
  );
  ctx.set('Surrogate-Key', keys.join(' '));
  ctx.set('Cache-Tag', keys.join(','));
  ctx.set('Vary', 'Accept-Encoding');
}
