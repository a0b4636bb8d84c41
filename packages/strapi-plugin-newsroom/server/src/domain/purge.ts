/**
 * How a purge of surrogate keys reaches a cache, per kind of cache. Pure:
 * the requests to send; services/purge.ts sends them through the outbox.
 *
 * - webhook: POST { event, keys } as JSON to `url` (a receiver of your own).
 * - varnish: `PURGE /` with the keys in an `xkey` header, for Varnish's xkey
 *   module (deploy/varnish/newsroom.vcl), to `url` (the Varnish address).
 * - fastly: POST /service/<serviceId>/purge with a `Surrogate-Key` header
 *   (at most 256 keys a request) and the API token in `Fastly-Key`.
 * - cloudflare: POST /zones/<zoneId>/purge_cache with `{ "tags": [...] }`
 *   (at most 30 a request) and the API token as a bearer token.
 */
import { createHash } from 'crypto';

export type PurgeTarget = 'webhook' | 'varnish' | 'fastly' | 'cloudflare';

export interface PurgeSettings {
  target: PurgeTarget;
  url: string | null;
  headers?: Record<string, string>;
  fastly?: { serviceId: string; apiToken: string };
  cloudflare?: { zoneId: string; apiToken: string };
}

export interface PurgeRequest {
  url: string;
  method: 'POST' | 'PURGE';
  headers: Record<string, string>;
  body?: string;
}

/** Keys per request: a header line stays well under the 8 kB most servers take. */
const CHUNK: Record<PurgeTarget, number> = { webhook: 10_000, varnish: 100, fastly: 256, cloudflare: 30 };

const chunks = <T>(items: T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** The requests that purge `keys` from the configured cache; none when purging is off. */
export function purgeRequests(settings: PurgeSettings, keys: string[], event: string): PurgeRequest[] {
  const unique = [...new Set(keys)].sort();
  if (unique.length === 0) return [];
  const extra = settings.headers ?? {};
  switch (settings.target) {
    case 'webhook':
      if (!settings.url) return [];
      return [
        {
          url: settings.url,
          method: 'POST',
          headers: { 'content-type': 'application/json', ...extra },
          body: JSON.stringify({ event, keys: unique }),
        },
      ];
    case 'varnish':
      if (!settings.url) return [];
      return chunks(unique, CHUNK.varnish).map((part) => ({
        url: settings.url as string,
        method: 'PURGE',
        headers: { xkey: part.join(' '), ...extra },
      }));
    case 'fastly': {
      if (!settings.fastly) return [];
      const base = settings.url ?? 'https://api.fastly.com';
      return chunks(unique, CHUNK.fastly).map((part) => ({
        url: `${base}/service/${encodeURIComponent(settings.fastly!.serviceId)}/purge`,
        method: 'POST',
        headers: { 'Fastly-Key': settings.fastly!.apiToken, 'Surrogate-Key': part.join(' '), ...extra },
      }));
    }
    case 'cloudflare': {
      if (!settings.cloudflare) return [];
      const base = settings.url ?? 'https://api.cloudflare.com/client/v4';
      return chunks(unique, CHUNK.cloudflare).map((part) => ({
        url: `${base}/zones/${encodeURIComponent(settings.cloudflare!.zoneId)}/purge_cache`,
        method: 'POST',
        headers: {
          authorization: `Bearer ${settings.cloudflare!.apiToken}`,
          'content-type': 'application/json',
          ...extra,
        },
        body: JSON.stringify({ tags: part }),
      }));
    }
  }
}

/**
 * A purge message's dedupe key: identical purges waiting together go out
 * once. A digest of the sorted keys, so it fits the outbox's column
 * however many keys a change names.
 */
export const purgeDedupeKey = (keys: string[]) =>
  createHash('sha256')
    .update([...new Set(keys)].sort().join(' '))
    .digest('base64url');
