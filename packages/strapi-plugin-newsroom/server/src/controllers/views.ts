import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { RuleError } from '../domain/errors';
import { parseInstant } from '../domain/milestones';
import { parseRef } from '../domain/refs';
import { isValidSlug } from '../domain/slug';
import { keysOf } from '../domain/surrogate-keys';
import type { CacheConfig } from '../services/cache-headers';
import { withHttpErrors } from '../services/http-errors';
import { errorPage } from '../services/views/error-page';
import { FEED_FORMATS, FEED_TYPES, type FeedFormat, type FeedsService } from '../services/views/feeds';
import { readContext } from './read-context';
import { getService } from '../get-service';

const HTML = 'text/html; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
// The print page needs its inline stylesheet and images, nothing else: no script can run even if one slipped in.
const PRINT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:; base-uri 'none'; form-action 'none'";

type Ctx = any;
const textCache = (strapi: Core.Strapi) => getService(strapi, 'textCache');
const quote = (raw: unknown) => JSON.stringify(String(raw).slice(0, 60));

function feedFormat(raw: unknown): FeedFormat {
  if (!(FEED_FORMATS as readonly string[]).includes(String(raw))) {
    throw new RuleError(
      `Unknown feed format ${quote(raw)}; use .atom, .rss or .json.`,
      ['format'],
      'not-found',
    );
  }
  return raw as FeedFormat;
}

function slugParam(raw: unknown, what: string): string {
  if (typeof raw !== 'string' || !isValidSlug(raw))
    throw new RuleError(`${quote(raw)} is not a valid ${what} slug.`, ['slug']);
  return raw;
}

/**
 * `?at=`: an ISO 8601 date and time (UTC unless it names a real offset);
 * absent means now. Read to the minute, like every milestone an editor
 * enters: the answer depends on no finer time, so a flood of distinct
 * seconds is one cache key per minute.
 */
export function instantParam(query: Record<string, unknown>, now: DateTime): DateTime {
  const raw = query.at;
  if (raw === undefined || raw === '') return now.toUTC().startOf('minute');
  const at = typeof raw === 'string' && raw.includes('T') ? parseInstant(raw)?.startOf('minute') : null;
  if (!at) {
    throw new RuleError(
      `Query parameter "at" must be an ISO 8601 date and time such as "2011-07-07T12:00:00Z", not ${quote(raw)}.`,
      ['at'],
    );
  }
  return at;
}

const permalink = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET {prefix}:id at the site root: 301 to the canonical front-end URL, or a small HTML page. */
  async redirect(ctx: Ctx) {
    ctx.set('Vary', 'Accept-Language');
    try {
      const target = await getService(strapi, 'permalinks').resolve(ctx.params.id, {
        query: ctx.query,
        acceptLanguage: ctx.get('Accept-Language'),
      });
      // Belt and braces: canonicalUrl already refuses to leave the front-end origin.
      const origin = getService(strapi, 'urls').views().urls.origin;
      if (new URL(target.canonicalUrl).origin !== origin)
        throw new Error('canonical URL left the front-end origin');
      const { maxAge, sMaxAge } = strapi.config.get('plugin::newsroom.cache') as CacheConfig;
      // Short-lived: a 301 without Cache-Control is kept by browsers for good, but the target may still move.
      ctx.set('Cache-Control', `public, max-age=${maxAge}, s-maxage=${sMaxAge}`);
      ctx.set('Surrogate-Key', `newsroom ${target.type}:${target.documentId}`);
      ctx.status = 301;
      ctx.redirect(target.canonicalUrl);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      ctx.status = error.kind === 'not-found' ? 404 : 400;
      ctx.set('Cache-Control', 'no-store');
      ctx.type = HTML;
      ctx.body = errorPage(ctx.status, error.message);
    }
  },

  /** Anything below a permalink (`/-1275000/x`) is not one. */
  async notFound(ctx: Ctx) {
    ctx.status = 404;
    ctx.set('Cache-Control', 'no-store');
    ctx.type = HTML;
    ctx.body = errorPage(404, 'A permalink is the prefix and a number only, for example /-1275463.');
  },

  /** GET /api/newsroom/permalinks/:id: the same resolution as JSON. */
  async resolve(ctx: Ctx) {
    const target = await withHttpErrors(() =>
      getService(strapi, 'permalinks').resolve(ctx.params.id, {
        query: ctx.query,
        acceptLanguage: ctx.get('Accept-Language'),
      }),
    );
    // Not httpCache: its fast path replays by URL alone, but this answer varies with Accept-Language.
    await textCache(strapi).respond(ctx, `permalink:${target.permalinkId}:${target.locale}`, async () => ({
      body: JSON.stringify({ data: target, meta: { locale: target.locale } }),
      type: JSON_TYPE,
      keys: [`locale:${target.locale}`, `${target.type}:${target.documentId}`],
    }));
    ctx.set('Vary', 'Accept-Encoding, Accept-Language');
  },
});

const print = ({ strapi }: { strapi: Core.Strapi }) => {
  async function respond(ctx: Ctx, kind: 'article' | 'series') {
    const { locale, run } = await readContext(strapi, ctx);
    await run(async () => {
      const ref = parseRef(ctx.params.slug);
      const printer = getService(strapi, 'print');
      await textCache(strapi).respond(ctx, `print:${kind}:${locale}:${ref.slug}`, async () => {
        const printed = await printer[kind](ref, locale);
        const keys = keysOf(kind, locale, printed.data);
        const parts = (printed as { parts?: string[] }).parts ?? [];
        keys.push(...parts.map((id) => `article:${id}`));
        return { body: printed.html, type: HTML, keys };
      });
      ctx.set('Content-Security-Policy', PRINT_CSP);
    });
  }
  return {
    article: (ctx: Ctx) => respond(ctx, 'article'),
    series: (ctx: Ctx) => respond(ctx, 'series'),
  };
};

const feed = ({ strapi }: { strapi: Core.Strapi }) => {
  async function respond(
    ctx: Ctx,
    key: string,
    build: (feeds: FeedsService, locale: string) => Promise<any>,
  ) {
    const { locale, run } = await readContext(strapi, ctx);
    await run(async () => {
      const format = feedFormat(ctx.params.format);
      const feeds = getService(strapi, 'feeds');
      await textCache(strapi).respond(ctx, `feed:${key}:${locale}:${format}`, async () => {
        const { documents, keys } = await build(feeds, locale);
        return { body: documents[format], type: FEED_TYPES[format], keys };
      });
    });
  }
  return {
    site: (ctx: Ctx) => respond(ctx, 'site', (feeds, locale) => feeds.site(locale)),
    channel: (ctx: Ctx) =>
      respond(ctx, `channel:${ctx.params.slug}`, (feeds, locale) =>
        feeds.channel(slugParam(ctx.params.slug, 'channel'), locale),
      ),
    series: (ctx: Ctx) =>
      respond(ctx, `series:${ctx.params.slug}`, (feeds, locale) =>
        feeds.series(parseRef(ctx.params.slug), locale),
      ),
  };
};

/** `/sitemaps/:page.xml`: a whole number from 1, as the index lists them. */
function sitemapNumber(raw: unknown): number {
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,5}$/.test(raw)) {
    throw new RuleError(`Sitemap ${quote(raw)} is not a sitemap number such as 1.`, ['page']);
  }
  return Number(raw);
}

const sitemap = ({ strapi }: { strapi: Core.Strapi }) => {
  const sitemaps = () => getService(strapi, 'sitemap');
  const xmlAnswer = async (ctx: Ctx, key: string, build: () => Promise<{ xml: string; keys: string[] }>) => {
    // Sitemaps list every locale; a locale they do not know is still a 400, as on every read.
    const { run } = await readContext(strapi, ctx);
    await run(() =>
      textCache(strapi).respond(ctx, key, async () => {
        const { xml, keys } = await build();
        return { body: xml, type: 'application/xml; charset=utf-8', keys };
      }),
    );
  };
  return {
    index: (ctx: Ctx) => xmlAnswer(ctx, 'sitemap', () => sitemaps().index()),
    page: async (ctx: Ctx) => {
      const number = await withHttpErrors(async () => sitemapNumber(ctx.params.page));
      await xmlAnswer(ctx, `sitemap:${number}`, () => sitemaps().page(number));
    },
    news: (ctx: Ctx) => {
      // Kept for a minute at most, as the 48-hour window moves with the clock; the window
      // itself ends now, not at the minute, so an article published seconds ago is in it.
      const now = DateTime.utc();
      const minute = now.startOf('minute').toISO();
      return xmlAnswer(ctx, `news-sitemap:${minute}`, () => sitemaps().news(now));
    },
  };
};

const timeline = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    const { run } = await readContext(strapi, ctx);
    await run(async () => {
      const at = instantParam(ctx.query, DateTime.utc());
      // Not httpCache: its fast path would replay "now" by URL long after it passed.
      await textCache(strapi).respond(ctx, `timelines:${at.toISO()}`, async () => {
        const body = await getService(strapi, 'timelines').list(at);
        const keys = ['timelines', ...body.data.map((t: any) => `timeline:${t.documentId}`)];
        return { body: JSON.stringify(body), type: JSON_TYPE, keys };
      });
    });
  },

  async findOne(ctx: Ctx) {
    const { locale, run } = await readContext(strapi, ctx);
    await run(async () => {
      const slug = slugParam(ctx.params.slug, 'timeline');
      const at = instantParam(ctx.query, DateTime.utc());
      await textCache(strapi).respond(ctx, `timeline:${slug}:${at.toISO()}:${locale}`, async () => {
        const body = await getService(strapi, 'timelines').findOne(slug, at, locale);
        const articles = body.data.articles.map((a: any) => `article:${a.documentId}`);
        // An article newly linked to the timeline emits "series-list" when published (services/publishing).
        return {
          body: JSON.stringify(body),
          type: JSON_TYPE,
          keys: [
            `locale:${locale}`,
            'timelines',
            'series-list',
            `timeline:${body.data.documentId}`,
            ...articles,
          ],
        };
      });
    });
  },
});

/** Controllers of permalinks, print views, feeds, sitemap and timelines. */
type Factory = ({ strapi }: { strapi: Core.Strapi }) => any;
const only =
  (factory: Factory, from: string, as: string): Factory =>
  ({ strapi }) => ({ [as]: factory({ strapi })[from] });

/**
 * Reads are exposed as find/findOne actions, so read-only API tokens (which
 * Strapi limits to those two names) may call them like the public role.
 */
export default {
  permalink: ({ strapi }: { strapi: Core.Strapi }) => {
    const c = permalink({ strapi });
    return { redirect: c.redirect, notFound: c.notFound, findOne: c.resolve };
  },
  articlePrint: only(print, 'article', 'findOne'),
  seriesPrint: only(print, 'series', 'findOne'),
  siteFeed: only(feed, 'site', 'find'),
  channelFeed: only(feed, 'channel', 'findOne'),
  seriesFeed: only(feed, 'series', 'findOne'),
  sitemap: only(sitemap, 'index', 'find'),
  sitemapPage: only(sitemap, 'page', 'findOne'),
  newsSitemap: only(sitemap, 'news', 'find'),
  timeline,
};
