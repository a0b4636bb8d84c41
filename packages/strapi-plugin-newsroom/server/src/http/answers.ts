import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { RuleError } from '../domain/errors';
import { readKey } from '../domain/query';
import { getService } from '../get-service';
import { createAnswerStore, sizeOf } from './answer-store';
import { etagMatches, setCacheHeaders, type CacheConfig } from './cache-headers';
import type { Ctx } from './context';

/** What a public read answers: a status, a content type, the text, and the keys naming what it renders. */
export interface Answer {
  status: 200 | 404;
  type: string;
  body: string;
  keys: string[];
  /**
   * Whether the fast path may replay it by URL alone. Not for answers that
   * vary with a header (Accept-Language) or with the clock ("now").
   */
  replayable: boolean;
  /** When it stops being true, in epoch milliseconds: an answer "as of now" lasts its minute. */
  expiresAt?: number;
}

interface Entry extends Answer {
  generation: number;
  etag: string;
}

/**
 * An answer as it went out to an anonymous reader, ready to go out again:
 * every header it had (caching ones included: no Authorization on the fast
 * path, so they do not vary) and the body already encoded, so a replay
 * neither re-derives headers nor re-encodes a long article per request.
 */
interface UrlEntry {
  status: Answer['status'];
  generation: number;
  etag: string;
  headers: Record<string, string>;
  body: Buffer;
}

// Headers that depend on the request (CORS, cookies) or that Koa sets itself.
const NOT_REPLAYED = /^(access-control-|set-cookie$|content-length$|date$|x-cache$)/i;

export const JSON_TYPE = 'application/json; charset=utf-8';

const entrySize = (entry: Entry) => sizeOf(entry.body, entry.etag, entry.type, ...entry.keys);
const urlEntrySize = (entry: UrlEntry) =>
  entry.body.length + sizeOf(...Object.keys(entry.headers), ...Object.values(entry.headers));

/**
 * The one answer cache of the public reads. Answers are kept in memory while
 * the content generation is unchanged, in stores bounded in bytes (see
 * answer-store.ts), and go out with an ETag (304 on If-None-Match), caching
 * headers for CDNs and Surrogate-Key / Cache-Tag naming what they render.
 *
 * A read asks `serve` first; on a miss it produces the answer through its
 * service and hands it to `send`. Concurrent misses of one key wait for the
 * first one's answer instead of all doing the same work (after a purge, a
 * hundred readers of a popular page would otherwise queue a hundred
 * identical reads on the database).
 */
export const createAnswers = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::newsroom.cache') as CacheConfig;
  const make = <T extends object>(size: (entry: T) => number) =>
    createAnswerStore<T>({ maxBytes: config().maxBytes, maxEntries: config().entries }, size);
  let byKey = make(entrySize);
  let byUrl = make(urlEntrySize);
  const flights = new Map<
    string,
    { generation: number; done: Promise<Entry | null>; settle(e: Entry | null): void }
  >();
  const generation = () => getService(strapi, 'changes').generation();

  function deliver(ctx: Ctx, entry: Entry, state: 'hit' | 'miss') {
    setCacheHeaders(ctx, config(), entry);
    ctx.set('X-Cache', state);
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (entry.status === 200 && etagMatches(ctx.get('If-None-Match'), entry.etag)) {
      ctx.status = 304;
      return;
    }
    ctx.status = entry.status;
    ctx.type = entry.type;
    ctx.body = entry.body;
  }

  function rememberForReplay(ctx: Ctx, entry: Entry) {
    const url = readKey(ctx.path, ctx.querystring);
    // Only anonymous answers are replayed: they passed the public role's check.
    if (!entry.replayable || !url || ctx.get('Authorization')) return;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(ctx.response.headers as Record<string, unknown>)) {
      if (!NOT_REPLAYED.test(name) && typeof value === 'string') headers[name] = value;
    }
    // Cache-Control and Vary as set for this anonymous request hold for every replay of the URL.
    headers['x-cache'] = 'hit';
    // A conditional first request went out as a 304, without a type.
    headers['content-type'] = String(ctx.response.get('Content-Type') || entry.type);
    const { status, generation, etag } = entry;
    byUrl.set(url, { status, generation, etag, headers, body: Buffer.from(entry.body) });
  }

  return {
    /** Sends the current answer for `key` and returns true; false when the caller is to produce it. */
    async serve(ctx: Ctx, key: string): Promise<boolean> {
      const current = await generation();
      const entry = byKey.get(key);
      if (entry && entry.generation === current) {
        deliver(ctx, entry, 'hit');
        rememberForReplay(ctx, entry);
        return true;
      }
      const flight = flights.get(key);
      if (flight && flight.generation === current) {
        const produced = await flight.done;
        if (produced) {
          deliver(ctx, produced, 'hit');
          return true;
        }
        return false;
      }
      let settle: (e: Entry | null) => void = () => undefined;
      const done = new Promise<Entry | null>((resolve) => (settle = resolve));
      const mine = { generation: current, done, settle };
      flights.set(key, mine);
      // However the producer's request ends (an error, a closed socket), its waiters are let go.
      ctx.res.once('close', () => {
        if (flights.get(key) === mine) flights.delete(key);
        mine.settle(null);
      });
      ctx.state.newsroomAnswer = { key, generation: current };
      return false;
    },

    /** Stores the answer a `serve` miss asked for, lets its waiters have it, and sends it. */
    send(ctx: Ctx, key: string, answer: Answer) {
      const asked = ctx.state.newsroomAnswer;
      // Kept under the generation `serve` saw: had the content changed meanwhile, the next read redoes it.
      const current = asked?.key === key ? asked.generation : -1;
      const etag = `"${createHash('sha1').update(answer.type).update('\n').update(answer.body).digest('base64url')}"`;
      const entry: Entry = {
        ...answer,
        keys: ['newsroom', ...new Set(answer.keys)],
        generation: current,
        etag,
      };
      if (current >= 0) {
        byKey.set(key, entry);
        const flight = flights.get(key);
        if (flight && flight.generation === current) {
          flights.delete(key);
          flight.settle(entry);
        }
      }
      deliver(ctx, entry, 'miss');
      rememberForReplay(ctx, entry);
    },

    /** The fast path: true when an anonymous request went out from memory. */
    async replay(ctx: Ctx): Promise<boolean> {
      const url = readKey(ctx.path, ctx.querystring);
      const entry = url ? byUrl.get(url) : undefined;
      if (!url || !entry) return false;
      if (entry.generation !== (await generation())) {
        byUrl.delete(url);
        return false;
      }
      ctx.set(entry.headers);
      if (entry.status === 200 && etagMatches(ctx.get('If-None-Match'), entry.etag)) {
        ctx.status = 304;
        return true;
      }
      ctx.status = entry.status;
      ctx.body = entry.body;
      return true;
    },

    /** Empties the stores (and picks up changed limits). */
    clear() {
      byKey = make(entrySize);
      byUrl = make(urlEntrySize);
    },

    stats: () => ({ entries: byKey.stats(), byUrl: byUrl.stats() }),
  };
};

export type Answers = ReturnType<typeof createAnswers>;

/** A JSON answer from a read's data. */
export const jsonAnswer = (data: unknown, keys: string[], replayable = true): Answer => ({
  status: 200,
  type: JSON_TYPE,
  body: JSON.stringify(data),
  keys,
  replayable,
});

/**
 * A read's answer: its data made an answer, or, when the service found
 * nothing, a 404 in Strapi's error format that the caches may keep briefly
 * with the keys a publish of what was asked for purges.
 */
export async function found<T>(
  reading: Promise<T>,
  toAnswer: (data: T) => Answer,
  missing: string[],
): Promise<Answer> {
  try {
    return toAnswer(await reading);
  } catch (error) {
    if (!(error instanceof RuleError) || error.kind !== 'not-found') throw error;
    const details = { errors: [{ path: error.path, message: error.message, name: 'NotFoundError' }] };
    return {
      status: 404,
      type: JSON_TYPE,
      body: JSON.stringify({
        data: null,
        error: { status: 404, name: 'NotFoundError', message: error.message, details },
      }),
      keys: missing,
      replayable: true,
    };
  }
}
