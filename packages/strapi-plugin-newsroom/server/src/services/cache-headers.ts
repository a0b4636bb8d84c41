/** What both answer caches (httpCache for read JSON, textCache for HTML/XML/feeds) share. */

export interface CacheConfig {
  maxAge: number;
  sMaxAge: number;
  staleWhileRevalidate: number;
  /** At most this many answers per store. */
  entries: number;
  /** And at most about this many bytes per store (three stores: read API by parameters and by URL, views). */
  maxBytes: number;
}

export const etagMatches = (header: string | undefined, etag: string) =>
  !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);

/** ETag, Cache-Control for CDNs, and the surrogate keys naming what the answer contains (X-Cache: hit or miss is set by each cache). */
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
