import type { Core } from '@strapi/strapi';
import { missingKey, missingRefKeys } from '../../domain/cache-keys';
import { RuleError } from '../../domain/errors';
import { parseRef } from '../../domain/refs';
import { getService } from '../../get-service';
import { found } from '../../http/answers';
import type { Ctx } from '../../http/context';
import { readLocale } from '../../http/request';
import { FEED_FORMATS, FEED_TYPES, type FeedFormat } from '../../services/views/feeds';
import { quote, slugParam } from './params';

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

type Scope = 'site' | 'channel' | 'series';

/** Atom, RSS and JSON Feed of the site, a channel or a series. */
const feed =
  (scope: Scope) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    async [scope === 'site' ? 'find' : 'findOne'](ctx: Ctx) {
      const answers = getService(strapi, 'answers');
      const feeds = getService(strapi, 'feeds');
      const locale = await readLocale(strapi, ctx);
      const format = feedFormat(ctx.params.format);
      const slug = scope === 'site' ? '' : ctx.params.slug;
      const key = `feed:${scope}:${slug}:${locale}:${format}`;
      if (await answers.serve(ctx, key)) return;
      const building =
        scope === 'site'
          ? feeds.site(locale)
          : scope === 'channel'
            ? feeds.channel(slugParam(slug, 'channel'), locale)
            : feeds.series(parseRef(slug), locale);
      const missing =
        scope === 'channel'
          ? [missingKey({ type: 'channel', locale: null, slug })]
          : scope === 'series'
            ? missingRefKeys('series', locale, parseRef(slug))
            : [];
      const answer = await found(
        building,
        ({ documents, keys }) => ({
          status: 200 as const,
          type: FEED_TYPES[format],
          body: documents[format],
          keys,
          replayable: true,
        }),
        missing,
      );
      answers.send(ctx, key, answer);
    },
  });

export const siteFeed = feed('site');
export const channelFeed = feed('channel');
export const seriesFeed = feed('series');
