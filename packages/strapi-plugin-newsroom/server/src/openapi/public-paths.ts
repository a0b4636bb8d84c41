import { z } from 'zod';
import {
  channelArticlesResponse,
  getArticleResponse,
  getPermalinkResponse,
  getSeriesResponse,
  listSeriesResponse,
} from '../../../shared/contracts/read';
import {
  atQuery,
  feedFormat,
  localeQuery,
  pageQuery,
  refParam,
  slugParam,
  tokenParam,
} from '../../../shared/contracts/read-requests';
import { getTimelineResponse, listTimelinesResponse } from '../../../shared/contracts/timelines';
import { failures, json, text, type Operation } from './describe';

const HTML = ['text/html'];
const XML = ['application/xml'];
const ref = z.object({ slug: refParam });
const slug = z.object({ slug: slugParam });
const read = { tags: ['Read API'], security: [] };
const views = { tags: ['Views'], security: [] };

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): the fields every feed has. */
const jsonFeed = z
  .object({
    version: z.literal('https://jsonfeed.org/version/1.1'),
    title: z.string(),
    items: z.array(z.object({ id: z.string(), url: z.string().url().optional() }).catchall(z.unknown())),
  })
  .catchall(z.unknown());

const feedAnswer = {
  description: 'The feed: Atom, RSS 2.0, or JSON Feed 1.1 (by the path’s extension).',
  content: {
    'application/atom+xml': { schema: z.string() },
    'application/rss+xml': { schema: z.string() },
    'application/feed+json': { schema: jsonFeed },
  },
};

/** The public read API, under `api` (Strapi's REST prefix, "/api" by default) + "/newsroom". */
export function publicOperations(api: string): Operation[] {
  const at = (path: string) => `${api}/newsroom${path}`;
  return [
    {
      ...read,
      method: 'get',
      path: at('/series'),
      summary: 'Published series, newest first, with their part counts and latest part',
      request: { query: pageQuery },
      responses: { 200: json(listSeriesResponse, 'A page of series.'), ...failures([400]) },
    },
    {
      ...read,
      method: 'get',
      path: at('/series/:slug'),
      summary: 'A series with every part in order (published, untranslated and announced)',
      request: { params: ref, query: localeQuery },
      responses: { 200: json(getSeriesResponse, 'The series.'), ...failures([400, 404]) },
    },
    {
      ...read,
      method: 'get',
      path: at('/articles/:slug'),
      summary: 'An article with its pages, series position, previous/next and release timeline',
      request: { params: ref, query: localeQuery },
      responses: { 200: json(getArticleResponse, 'The article.'), ...failures([400, 404]) },
    },
    {
      ...read,
      method: 'get',
      path: at('/channels/:slug/articles'),
      summary: 'The latest articles of a channel',
      request: { params: slug, query: pageQuery },
      responses: { 200: json(channelArticlesResponse, 'A page of articles.'), ...failures([400, 404]) },
    },
    {
      ...read,
      method: 'get',
      path: at('/permalinks/:id'),
      summary: 'What a permalink id points to (in ?locale=, else by Accept-Language)',
      request: {
        params: z.object({ id: z.string().describe('The permalink id, digits.') }),
        query: localeQuery,
      },
      responses: { 200: json(getPermalinkResponse, 'The permalink’s target.'), ...failures([400, 404]) },
    },
    ...(['articles', 'series'] as const).map((kind): Operation => ({
      ...views,
      method: 'get',
      path: at(`/${kind}/:slug/print`),
      summary: `The print view of ${kind === 'articles' ? 'an article' : 'a whole series'}, one HTML page`,
      request: { params: ref, query: localeQuery },
      responses: { 200: text(HTML, 'The print page.'), ...failures([400, 404]) },
    })),
    {
      ...views,
      method: 'get',
      path: at('/feeds/site.:format'),
      summary: 'The site’s feed',
      request: { params: z.object({ format: feedFormat }), query: localeQuery },
      responses: { 200: feedAnswer, ...failures([400, 404]) },
    },
    ...(['channels', 'series'] as const).map((scope): Operation => ({
      ...views,
      method: 'get',
      path: at(`/feeds/${scope}/:slug.:format`),
      summary: `The feed of a ${scope === 'channels' ? 'channel' : 'series'}`,
      request: {
        params: z.object({ slug: scope === 'series' ? refParam : slugParam, format: feedFormat }),
        query: localeQuery,
      },
      responses: { 200: feedAnswer, ...failures([400, 404]) },
    })),
    {
      ...views,
      method: 'get',
      path: at('/sitemap.xml'),
      summary: 'The sitemap index',
      request: { query: localeQuery },
      responses: { 200: text(XML, 'A sitemap index.'), ...failures([400]) },
    },
    {
      ...views,
      method: 'get',
      path: at('/sitemaps/:page.xml'),
      summary: 'One sitemap file of the index',
      request: {
        params: z.object({ page: z.string().describe('The sitemap number, from 1.') }),
        query: localeQuery,
      },
      responses: { 200: text(XML, 'A sitemap.'), ...failures([400]) },
    },
    {
      ...views,
      method: 'get',
      path: at('/news-sitemap.xml'),
      summary: 'The Google News sitemap (the last 48 hours)',
      request: { query: localeQuery },
      responses: { 200: text(XML, 'A news sitemap.'), ...failures([400]) },
    },
    {
      ...read,
      method: 'get',
      path: at('/timelines'),
      summary: 'Every release timeline with its state at an instant',
      request: { query: atQuery },
      responses: { 200: json(listTimelinesResponse, 'The timelines.'), ...failures([400]) },
    },
    {
      ...read,
      method: 'get',
      path: at('/timelines/:slug'),
      summary: 'A release timeline: milestones, state and projection at an instant, linked articles',
      request: { params: slug, query: atQuery },
      responses: { 200: json(getTimelineResponse, 'The timeline.'), ...failures([400, 404]) },
    },
    {
      ...views,
      method: 'get',
      path: at('/previews/:token'),
      summary: 'A shared draft preview (the signed token is the credential)',
      request: { params: z.object({ token: tokenParam }), query: z.object({ at: z.string().optional() }) },
      responses: { 200: text(HTML, 'The preview page.'), ...failures([400, 401], true) },
    },
    {
      ...views,
      method: 'get',
      path: at('/calendar/:token.ics'),
      summary: 'An editor’s iCal feed of the schedule (the signed token is the credential)',
      request: { params: z.object({ token: tokenParam }) },
      responses: { 200: text(['text/calendar'], 'An iCalendar file.'), ...failures([400, 401], true) },
    },
    {
      tags: ['Document'],
      security: [],
      method: 'get',
      path: at('/openapi.json'),
      summary: 'This document',
      responses: {
        200: {
          description: 'The OpenAPI 3.1 document.',
          content: { 'application/json': { schema: { type: 'object', required: ['openapi', 'paths'] } } },
        },
      },
    },
  ];
}

/** The permalink redirect at the site root, e.g. GET /-1275463 (`prefix` from the plugin's views config). */
export function permalinkOperations(prefix: string): Operation[] {
  const id = z.object({ id: z.string().describe('The permalink id, digits.') });
  return [
    {
      tags: ['Permalinks'],
      security: [],
      method: 'get',
      path: `${prefix}:id`,
      summary: 'Redirects a permalink to the canonical front-end URL',
      request: { params: id, query: localeQuery },
      responses: {
        301: {
          description: 'To the canonical URL (Location).',
          headers: z.object({ Location: z.string().url() }),
          content: { 'text/html': { schema: z.string() } },
        },
        ...failures([400, 404], true),
      },
    },
    {
      tags: ['Permalinks'],
      security: [],
      method: 'get',
      path: `${prefix}:id/:rest`,
      summary: 'Anything below a permalink is not one',
      request: { params: id.extend({ rest: z.string() }) },
      responses: failures([404], true),
    },
  ];
}
