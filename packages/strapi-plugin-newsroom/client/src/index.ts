/**
 * A typed client of the newsroom's public read API for front ends: fetch
 * only, no Strapi import. Every JSON answer is checked against the zod
 * schemas of shared/contracts (the same ones the OpenAPI document is made
 * from), so a front end gets the types it was compiled against or an error.
 *
 *   const newsroom = createNewsroomClient({ baseUrl: 'https://cms.example.com' });
 *   const { data } = await newsroom.series.get('kernel-log-coming-in-3-0', { locale: 'de' });
 */
import type { z } from 'zod';
import {
  channelArticlesResponse,
  getArticleResponse,
  getPermalinkResponse,
  getSeriesResponse,
  listSeriesResponse,
} from '../../shared/contracts/read';
import type { AtQuery, FeedFormat, LocaleQuery, PageQuery } from '../../shared/contracts/read-requests';
import { getTimelineResponse, listTimelinesResponse } from '../../shared/contracts/timelines';
import { errorFrom, NewsroomError } from './error';

export { NewsroomError };
export * from '../../shared/contracts/read';
export type { AtQuery, FeedFormat, LocaleQuery, PageQuery } from '../../shared/contracts/read-requests';
export type {
  GetTimeline,
  ListTimelines,
  TimelineDetail,
  TimelineMilestone,
  TimelineSummary,
} from '../../shared/contracts/timelines';

export interface ClientOptions {
  /** The Strapi app's origin, e.g. "https://cms.example.com". */
  baseUrl: string;
  /** Strapi's REST prefix (default "/api"). */
  apiPrefix?: string;
  /** Sent with every request, e.g. { Authorization: 'Bearer <API token>' }. */
  headers?: Record<string, string>;
  /** Another fetch (default: the global one). */
  fetch?: typeof fetch;
  /** Check JSON answers against the contract (default true). */
  validate?: boolean;
}

type Query = Record<string, string | number | undefined>;
type Extra = { headers?: Record<string, string> };

const segment = (value: string | number) => encodeURIComponent(String(value));

export function createNewsroomClient(options: ClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '') + (options.apiPrefix ?? '/api') + '/newsroom';
  const doFetch = options.fetch ?? fetch;
  const validate = options.validate ?? true;

  async function get(path: string, query: Query = {}, extra: Extra = {}): Promise<Response> {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query))
      if (value !== undefined) search.set(name, String(value));
    const url = `${base}${path}${search.size ? `?${search}` : ''}`;
    const response = await doFetch(url, { headers: { ...options.headers, ...extra.headers } });
    if (!response.ok) throw await errorFrom(response, url);
    return response;
  }

  async function json<S extends z.ZodTypeAny>(
    schema: S,
    path: string,
    query?: Query,
    extra?: Extra,
  ): Promise<z.infer<S>> {
    const response = await get(path, query, extra);
    const body: unknown = await response.json();
    if (!validate) return body as z.infer<S>;
    const parsed = schema.safeParse(body);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new NewsroomError(
      0,
      `The answer of ${path} does not fit the contract: ${issue.path.join('.') || 'body'}: ${issue.message}`,
      response.url || path,
    );
  }

  const textOf = async (path: string, query?: Query) => (await get(path, query)).text();

  return {
    series: {
      list: (query: PageQuery = {}) => json(listSeriesResponse, '/series', query),
      /** By slug (an old slug is followed: meta.redirect names the current one) or permalink id. */
      get: (ref: string | number, query: LocaleQuery = {}) =>
        json(getSeriesResponse, `/series/${segment(ref)}`, query),
    },
    articles: {
      get: (ref: string | number, query: LocaleQuery = {}) =>
        json(getArticleResponse, `/articles/${segment(ref)}`, query),
    },
    channels: {
      articles: (slug: string, query: PageQuery = {}) =>
        json(channelArticlesResponse, `/channels/${segment(slug)}/articles`, query),
    },
    permalinks: {
      /** Without ?locale=, the server picks the language by Accept-Language. */
      get: (id: string | number, query: LocaleQuery & { acceptLanguage?: string } = {}) =>
        json(
          getPermalinkResponse,
          `/permalinks/${segment(id)}`,
          { locale: query.locale },
          query.acceptLanguage ? { headers: { 'Accept-Language': query.acceptLanguage } } : {},
        ),
    },
    timelines: {
      list: (query: AtQuery = {}) => json(listTimelinesResponse, '/timelines', query),
      get: (slug: string, query: AtQuery = {}) =>
        json(getTimelineResponse, `/timelines/${segment(slug)}`, query),
    },
    /** Atom, RSS (text) or JSON Feed (parsed). */
    feeds: {
      site: (format: FeedFormat, query: LocaleQuery = {}) => textOf(`/feeds/site.${format}`, query),
      channel: (slug: string, format: FeedFormat, query: LocaleQuery = {}) =>
        textOf(`/feeds/channels/${segment(slug)}.${format}`, query),
      series: (ref: string | number, format: FeedFormat, query: LocaleQuery = {}) =>
        textOf(`/feeds/series/${segment(ref)}.${format}`, query),
    },
    /** HTML pages. */
    print: {
      article: (ref: string | number, query: LocaleQuery = {}) =>
        textOf(`/articles/${segment(ref)}/print`, query),
      series: (ref: string | number, query: LocaleQuery = {}) =>
        textOf(`/series/${segment(ref)}/print`, query),
    },
    /** XML. */
    sitemaps: {
      index: () => textOf('/sitemap.xml'),
      page: (page: number) => textOf(`/sitemaps/${segment(page)}.xml`),
      news: () => textOf('/news-sitemap.xml'),
    },
    /** The OpenAPI 3.1 document of every newsroom route. */
    openapi: async (): Promise<Record<string, unknown>> => (await get('/openapi.json')).json(),
  };
}

export type NewsroomClient = ReturnType<typeof createNewsroomClient>;
