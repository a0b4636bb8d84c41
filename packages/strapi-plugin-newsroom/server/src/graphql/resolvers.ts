import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DateTime } from 'luxon';
import { answerKeys, type List } from '../domain/cache-keys';
import { RuleError } from '../domain/errors';
import * as query from '../domain/query';
import { parseRef, type Ref } from '../domain/refs';
import { expiresAt, instantParam, slugParam } from '../controllers/views/params';
import { getService } from '../get-service';
import type { CacheConfig } from '../http/cache-headers';
import { toStrapiError } from '../http/errors';
import { requestLocale } from '../http/request';
import { cacheAnswer, type GraphqlContext } from './cache';
import type { QueryName } from './schema';

/**
 * At most this many newsroom queries in one GraphQL request: each is a
 * page's worth of reads, so a request of a thousand aliases is refused
 * after the first few instead of costing a thousand pages. Page sizes are
 * capped as in REST (pageSize ≤ 100), and the types have no cycles, so an
 * answer's depth is bounded by the schema itself.
 */
export const MAX_NEWSROOM_QUERIES = 10;

type Args = Record<string, unknown>;
const given = (value: unknown) => (value === null || value === undefined ? undefined : value);

/** A REST parameter check's error, its sentence naming a GraphQL argument instead. */
function asArgumentError(error: unknown): unknown {
  if (error instanceof RuleError && error.message.startsWith('Query parameter'))
    return new RuleError(error.message.replace(/^Query parameter/, 'Argument'), error.path);
  return error;
}

/** The REST parameter checks, with their sentences naming a GraphQL argument. */
function asArgument<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw asArgumentError(error);
  }
}

const pagination = (args: Args) =>
  asArgument(() =>
    query.pagination({
      page: given(args.page) === undefined ? undefined : String(args.page),
      pageSize: given(args.pageSize) === undefined ? undefined : String(args.pageSize),
    }),
  );

const instant = (args: Args) => asArgument(() => instantParam({ at: given(args.at) }, DateTime.utc()));

function articleRef(args: Args): Ref {
  const slug = given(args.slug);
  const id = given(args.permalinkId);
  if ((slug === undefined) === (id === undefined))
    throw new RuleError('newsroomArticle takes either "slug" or "permalinkId", exactly one of them.', [
      'slug',
    ]);
  if (id !== undefined) {
    if (typeof id !== 'number' || id < 1)
      throw new RuleError(`Argument "permalinkId" must be a whole number of at least 1, not ${id}.`, [
        'permalinkId',
      ]);
    return { slug: String(id), permalinkId: id };
  }
  return { slug: slugParam(slug, 'article'), permalinkId: null };
}

/** An answer, the surrogate keys it carries and, for "now", when it stops being true. */
interface Answered {
  body: unknown;
  keys: string[];
  expiresAt?: number;
}

const answered = (body: unknown, lists: List[] = [], expiresAt?: number): Answered => ({
  body,
  keys: answerKeys(body, lists),
  expiresAt,
});

/**
 * The Query fields. Each one calls the service its REST route calls, with
 * the same checks; the users-permissions check comes before it (resolversConfig).
 */
export function createQueryResolvers(strapi: Core.Strapi) {
  const read = () => getService(strapi, 'read');
  const timelines = () => getService(strapi, 'timelines');
  const locale = (args: Args) =>
    requestLocale(strapi, given(args.locale)).catch((error) => Promise.reject(asArgumentError(error)));
  const counted = new WeakMap<object, number>();

  const work: Record<QueryName, (args: Args, context: GraphqlContext) => Promise<Answered>> = {
    async newsroomSeriesList(args) {
      const [code, { page, pageSize }] = [await locale(args), pagination(args)];
      return answered(await read().listSeries(code, page, pageSize), [{ name: 'series' }]);
    },
    async newsroomSeries(args) {
      const code = await locale(args);
      return answered(await read().findSeries(parseRef(String(args.slug)), code));
    },
    async newsroomArticle(args) {
      const ref = articleRef(args);
      return answered(await read().findArticle(ref, await locale(args)));
    },
    async newsroomChannelArticles(args) {
      const code = await locale(args);
      const slug = slugParam(args.slug, 'channel');
      const { page, pageSize } = pagination(args);
      const body = await read().channelArticles(slug, code, page, pageSize);
      return answered(body, [{ name: 'channel', channelId: body.meta.channel.documentId }]);
    },
    async newsroomTimelines(args) {
      const at = instant(args);
      return answered(await timelines().list(at), [{ name: 'timelines' }], expiresAt(args.at, at));
    },
    async newsroomTimeline(args) {
      const code = await locale(args);
      const slug = slugParam(args.slug, 'timeline');
      const at = instant(args);
      return answered(await timelines().findOne(slug, at, code), [], expiresAt(args.at, at));
    },
    async newsroomPermalink(args, context) {
      context.koaContext?.vary('Accept-Language');
      const target = await getService(strapi, 'permalinks').resolve(String(args.id), {
        query: { locale: given(args.locale) },
        acceptLanguage: context.koaContext?.get('Accept-Language') ?? '',
      });
      return answered({ data: target, meta: { locale: target.locale } });
    },
  };

  const resolvers: Record<string, unknown> = {};
  for (const [name, produce] of Object.entries(work)) {
    resolvers[name] = async (_parent: unknown, args: Args, context: GraphqlContext, info: any) => {
      const seen = (counted.get(context) ?? 0) + 1;
      counted.set(context, seen);
      if (seen > MAX_NEWSROOM_QUERIES)
        throw new errors.ValidationError(
          `A GraphQL request may ask at most ${MAX_NEWSROOM_QUERIES} newsroom queries; this one asks for more.`,
        );
      try {
        const { body, keys, expiresAt } = await produce(args, context);
        cacheAnswer(
          context,
          info,
          strapi.config.get('plugin::newsroom.cache') as CacheConfig,
          keys,
          expiresAt,
        );
        return body;
      } catch (error) {
        throw toStrapiError(error);
      }
    };
  }
  return resolvers;
}
