import { ALL } from '../domain/cache-keys';
import type { CacheConfig } from '../http/cache-headers';
import { TYPE_DEFS } from './schema';

/**
 * Cache headers for GraphQL answers, as far as plugin-graphql allows.
 * Apollo Server 4 (inside plugin-graphql) runs its cache-control plugin by
 * default and writes the Cache-Control header itself: `no-store` unless every
 * field of the operation has a cache hint, else `max-age=<the smallest hint>,
 * public|private`. It cannot say s-maxage or stale-while-revalidate, and it
 * sends no ETag. So each newsroom query hints `max-age` (the plugin's
 * `cache.maxAge`; a timeline "as of now" no longer than its minute, private
 * when the request has an Authorization header, as in REST), every object
 * field below it inherits that hint, and an operation that also asks for any
 * other field (shadow CRUD, `me`) stays `no-store`. The Surrogate-Key and
 * Cache-Tag headers name what the answer renders, as REST's do.
 */

interface CacheInfo {
  cacheControl?: { setCacheHint(hint: { maxAge?: number; scope?: 'PUBLIC' | 'PRIVATE' }): void };
}

export interface GraphqlContext {
  koaContext?: {
    get(name: string): string;
    set(name: string, value: string): void;
    response: { get(name: string): string };
    vary(name: string): void;
  };
}

/** A year: below a newsroom query, a field only inherits the query's (smaller) hint. */
const INHERIT = 31_536_000;

/** Object fields of the newsroom types (`Type.field`), read from the type definitions. */
export function objectFields(typeDefs = TYPE_DEFS): Array<[string, string]> {
  const fields: Array<[string, string]> = [];
  for (const block of typeDefs.matchAll(/^\s*type (Newsroom\w+) \{([^}]*)\}/gm)) {
    for (const line of block[2].matchAll(/^\s*(\w+)(?:\([^)]*\))?: \[?(Newsroom\w+)/gm)) {
      fields.push([block[1], line[1]]);
    }
  }
  return fields;
}

/** Field resolvers that read the parent's value and inherit the query's cache hint. */
export function inheritingResolvers(): Record<string, Record<string, unknown>> {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const [type, field] of objectFields()) {
    resolvers[type] = resolvers[type] ?? {};
    resolvers[type][field] = (
      parent: Record<string, unknown>,
      _args: unknown,
      _ctx: unknown,
      info: CacheInfo,
    ) => {
      info.cacheControl?.setCacheHint({ maxAge: INHERIT });
      return parent[field];
    };
  }
  return resolvers;
}

/** Hints a newsroom query's answer and adds its surrogate keys to the response. */
export function cacheAnswer(
  context: GraphqlContext,
  info: CacheInfo,
  config: CacheConfig,
  keys: string[],
  expiresAt?: number,
  now = Date.now(),
) {
  const ctx = context.koaContext;
  const left = expiresAt === undefined ? Infinity : Math.max(0, Math.floor((expiresAt - now) / 1000));
  const scope = ctx?.get('Authorization') ? 'PRIVATE' : 'PUBLIC';
  info.cacheControl?.setCacheHint({ maxAge: Math.min(config.maxAge, left), scope });
  if (!ctx) return;
  const known = ctx.response.get('Surrogate-Key');
  const all = [...new Set([...(known ? known.split(' ') : []), ...keys, ALL])];
  ctx.set('Surrogate-Key', all.join(' '));
  ctx.set('Cache-Tag', all.join(','));
}
