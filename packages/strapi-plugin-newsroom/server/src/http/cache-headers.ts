import type { Ctx } from './context';

/** Options under `cache` (config/schema.ts): seconds for CDNs and browsers, and the in-memory stores' bounds. */
export interface CacheConfig {
  maxAge: number;
  sMaxAge: number;
  staleWhileRevalidate: number;
  /** How long a 404 of the read API may be kept (it carries the keys a publish of that slug or id purges). */
  notFoundMaxAge: number;
  /** At most this many answers per store. */
  entries: number;
  /** And at most about this many bytes per store (two stores: by parsed parameters and by URL). */
  maxBytes: number;
}

/** If-None-Match: `*` matches any current representation (RFC 9110 13.1.2), else one of the listed tags. */
export const etagMatches = (header: string | undefined, etag: string) =>
  !!header &&
  (header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));

/**
 * ETag, Cache-Control, Surrogate-Key / Cache-Tag and Vary for an answer.
 * - A request with Authorization gets `private`: a shared cache must not hand
 *   a token holder's answer to anyone else (RFC 9111 3.5), even where the
 *   public may read the same thing; the in-process cache still serves it.
 * - A 404 is public for `notFoundMaxAge` seconds only, and carries the keys
 *   that publishing that slug or id purges.
 * - An answer "as of now" (a timeline without `at`) is kept no longer than
 *   its minute lasts (`expiresAt`), and not served stale after it.
 * - Vary is added to, never replaced: CORS answers depend on Origin.
 */
export function setCacheHeaders(
  ctx: Ctx,
  config: CacheConfig,
  answer: { etag: string; keys: string[]; status: number; expiresAt?: number },
  now = Date.now(),
) {
  const scope = ctx.get('Authorization') ? 'private' : 'public';
  const left =
    answer.expiresAt === undefined ? Infinity : Math.max(0, Math.floor((answer.expiresAt - now) / 1000));
  const cap = (seconds: number) => Math.min(seconds, left);
  const cacheControl =
    answer.status === 200
      ? `${scope}, max-age=${cap(config.maxAge)}, s-maxage=${cap(config.sMaxAge)}, stale-while-revalidate=${left === Infinity ? config.staleWhileRevalidate : 0}`
      : `${scope}, max-age=${cap(config.notFoundMaxAge)}, s-maxage=${cap(config.notFoundMaxAge)}`;
  ctx.set('Cache-Control', cacheControl);
  if (answer.status === 200) ctx.set('ETag', answer.etag);
  ctx.set('Surrogate-Key', answer.keys.join(' '));
  ctx.set('Cache-Tag', answer.keys.join(','));
  ctx.vary('Accept-Encoding');
  ctx.vary('Origin');
}
