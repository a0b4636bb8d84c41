import type { ZodTypeAny } from 'zod';
import { z } from 'zod';
import {
  getArticleContextResponse,
  getBoardResponse,
  getNextPartResponse,
  getSettingsResponse,
  reorderResponse,
} from '../../../shared/contracts/board';
import {
  calendarFeedResponse,
  getCalendarResponse,
  getCalendarSummaryResponse,
  listCalendarFeedsResponse,
  moveCalendarItemResponse,
  revokeCalendarFeedResponse,
} from '../../../shared/contracts/calendar';
import { addMilestoneResponse, articleDraftResponse } from '../../../shared/contracts/editing';
import {
  listShareLinksResponse,
  previewUrlResponse,
  shareLinkResponse,
} from '../../../shared/contracts/preview';
import {
  actionResponse,
  listActionsResponse,
  planResponse,
  rescheduleResponse,
  scheduleResponse,
} from '../../../shared/contracts/schedule';
import { getBoardTimelineResponse, listTimelinesResponse } from '../../../shared/contracts/timelines';
import {
  bundleCheckResponse,
  bundleResponse,
  bundleTimedResponse,
  listBundlesResponse,
} from '../../../shared/contracts/bundles';
import { articleQuery } from '../controllers/board';
import { addEntriesBody, createBundleBody, listBundlesQuery, updateBundleBody } from '../controllers/bundles';
import { gridQuery, moveBody } from '../controllers/calendar';
import { addMilestone, saveArticle } from '../controllers/editing';
import { createBody, targetQuery } from '../controllers/previews';
import { listQuery, planBody, rescheduleBody, scheduleBody } from '../controllers/schedule';
import { reorderBody } from '../controllers/series-admin';
import { failures, json, type Operation } from './describe';

const documentId = z.object({ documentId: z.string().describe('The document’s documentId.') });
const id = z.object({ id: z.string().describe('The record’s id.') });
const slug = z.object({ slug: z.string().describe('The timeline’s slug.') });
const body = (schema: ZodTypeAny) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

interface Spec {
  method: Operation['method'];
  path: string;
  summary: string;
  /** The success answers by status. */
  ok: Record<number, ZodTypeAny>;
  request?: Operation['request'];
  /** The errors beyond 401 and 403 (every admin route's). */
  errors: number[];
}

/**
 * The admin API's routes, for signed-in editors (an admin JWT). Strapi mounts
 * a plugin's admin routes under /<plugin name>, so they sit under /newsroom.
 * Requests are described by the same zod schemas the controllers parse them with.
 */
const SPECS: Spec[] = [
  {
    method: 'put',
    path: '/series/:documentId/order',
    summary: 'Renumbers a series’ parts in the given order',
    ok: { 200: reorderResponse },
    request: { params: documentId, ...body(reorderBody) },
    errors: [400, 404, 409],
  },
  {
    method: 'get',
    path: '/schedule/actions',
    summary: 'Scheduled actions, filtered',
    ok: { 200: listActionsResponse },
    request: { query: listQuery },
    errors: [400],
  },
  {
    method: 'get',
    path: '/schedule/actions/:id',
    summary: 'One scheduled action',
    ok: { 200: actionResponse },
    request: { params: id },
    errors: [404],
  },
  {
    method: 'post',
    path: '/schedule/actions',
    summary: 'Schedules a publish or unpublish (200 when the same request is already stored)',
    ok: { 200: scheduleResponse, 201: scheduleResponse },
    request: body(scheduleBody),
    errors: [400, 404, 409],
  },
  {
    method: 'put',
    path: '/schedule/actions/:id',
    summary: 'Gives a pending action a new time',
    ok: { 200: rescheduleResponse },
    request: { params: id, ...body(rescheduleBody) },
    errors: [400, 404, 409],
  },
  {
    method: 'delete',
    path: '/schedule/actions/:id',
    summary: 'Cancels a pending action',
    ok: { 200: actionResponse },
    request: { params: id },
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/schedule/plans',
    summary: 'Schedules a series’ unpublished parts on a weekly plan',
    ok: { 201: planResponse },
    request: body(planBody),
    errors: [400, 404, 409],
  },
  {
    method: 'get',
    path: '/schedule/bundles',
    summary: 'Embargo bundles, newest due first',
    ok: { 200: listBundlesResponse },
    request: { query: listBundlesQuery },
    errors: [400],
  },
  {
    method: 'get',
    path: '/schedule/bundles/:id',
    summary: 'One embargo bundle with its entries',
    ok: { 200: bundleResponse },
    request: { params: id },
    errors: [404],
  },
  {
    method: 'post',
    path: '/schedule/bundles',
    summary: 'Creates an embargo bundle: entries that go out together at one time, or not at all',
    ok: { 201: bundleTimedResponse },
    request: body(createBundleBody),
    errors: [400, 404, 409],
  },
  {
    method: 'put',
    path: '/schedule/bundles/:id',
    summary: 'Renames a pending bundle or gives it (and every entry) a new time',
    ok: { 200: bundleTimedResponse },
    request: { params: id, ...body(updateBundleBody) },
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/schedule/bundles/:id/entries',
    summary: 'Adds entries to a pending bundle',
    ok: { 200: bundleResponse },
    request: { params: id, ...body(addEntriesBody) },
    errors: [400, 404, 409],
  },
  {
    method: 'delete',
    path: '/schedule/bundles/:id/entries/:entryId',
    summary: 'Takes an entry out of a pending bundle',
    ok: { 200: bundleResponse },
    request: {
      params: z.object({
        id: z.string().describe('The bundle’s id.'),
        entryId: z.string().describe('The entry’s id.'),
      }),
    },
    errors: [404, 409],
  },
  {
    method: 'delete',
    path: '/schedule/bundles/:id',
    summary: 'Cancels a pending bundle and its entries',
    ok: { 200: bundleResponse },
    request: { params: id },
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/schedule/bundles/:id/check',
    summary: 'What would stop the bundle if it went out now (a trial run, rolled back)',
    ok: { 200: bundleCheckResponse },
    request: { params: id },
    errors: [404],
  },
  {
    method: 'get',
    path: '/board/settings',
    summary: 'The newsroom’s zone and locales',
    ok: { 200: getSettingsResponse },
    errors: [],
  },
  {
    method: 'get',
    path: '/board/series',
    summary: 'The series board',
    ok: { 200: getBoardResponse },
    request: { query: articleQuery },
    errors: [400],
  },
  {
    method: 'get',
    path: '/board/articles/:documentId',
    summary: 'The article panel’s context',
    ok: { 200: getArticleContextResponse },
    request: { params: documentId, query: articleQuery },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/board/series/:documentId/next-part',
    summary: 'The number the next part of a series gets',
    ok: { 200: getNextPartResponse },
    request: { params: documentId, query: articleQuery },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/board/timelines',
    summary: 'Every release timeline (the readers’ view)',
    ok: { 200: listTimelinesResponse },
    errors: [],
  },
  {
    method: 'get',
    path: '/board/timelines/:slug',
    summary: 'A release timeline with its draft’s save version',
    ok: { 200: getBoardTimelineResponse },
    request: { params: slug },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/articles/:documentId/draft',
    summary: 'An article’s draft with its save version',
    ok: { 200: articleDraftResponse },
    request: { params: documentId, query: z.object({ locale: z.string().optional() }) },
    errors: [400, 404],
  },
  {
    method: 'put',
    path: '/articles/:documentId/draft',
    summary: 'Saves an article’s draft (409 when someone saved since)',
    ok: { 200: articleDraftResponse },
    request: { params: documentId, query: z.object({ locale: z.string().optional() }), ...body(saveArticle) },
    errors: [400, 404, 409],
  },
  {
    method: 'post',
    path: '/timelines/:documentId/milestones',
    summary: 'Adds a milestone to a timeline and publishes it (409 when stale)',
    ok: { 201: addMilestoneResponse },
    request: { params: documentId, ...body(addMilestone) },
    errors: [400, 404, 409],
  },
  {
    method: 'get',
    path: '/calendar',
    summary: 'The editorial calendar, a month or a week',
    ok: { 200: getCalendarResponse },
    request: { query: gridQuery },
    errors: [400],
  },
  {
    method: 'get',
    path: '/calendar/summary',
    summary: 'The next pending items and the recent problems',
    ok: { 200: getCalendarSummaryResponse },
    errors: [],
  },
  {
    method: 'post',
    path: '/calendar/actions/:id/move',
    summary: 'Moves a pending action to another day (or hour)',
    ok: { 200: moveCalendarItemResponse },
    request: { params: id, ...body(moveBody) },
    errors: [400, 404, 409],
  },
  {
    method: 'get',
    path: '/calendar/feeds',
    summary: 'The caller’s iCal feeds',
    ok: { 200: listCalendarFeedsResponse },
    errors: [],
  },
  {
    method: 'post',
    path: '/calendar/feeds',
    summary: 'Creates an iCal feed for the caller',
    ok: { 201: calendarFeedResponse },
    errors: [],
  },
  {
    method: 'delete',
    path: '/calendar/feeds/:id',
    summary: 'Revokes one of the caller’s iCal feeds',
    ok: { 200: revokeCalendarFeedResponse },
    request: { params: id },
    errors: [404],
  },
  {
    method: 'get',
    path: '/previews/url',
    summary: 'A short-lived preview URL of a draft',
    ok: { 200: previewUrlResponse },
    request: { query: targetQuery },
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/share-links',
    summary: 'A draft’s share links',
    ok: { 200: listShareLinksResponse },
    request: { query: targetQuery },
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/share-links',
    summary: 'Creates a share link of a draft',
    ok: { 201: shareLinkResponse },
    request: body(createBody),
    errors: [400, 404],
  },
  {
    method: 'delete',
    path: '/share-links/:id',
    summary: 'Revokes a share link',
    ok: { 200: shareLinkResponse },
    request: { params: id },
    errors: [404],
  },
];

export function adminOperations(): Operation[] {
  return SPECS.map((spec) => ({
    tags: ['Admin'],
    security: [{ adminJwt: [] }],
    method: spec.method,
    path: `/newsroom${spec.path}`,
    summary: spec.summary,
    request: spec.request,
    responses: {
      ...Object.fromEntries(
        Object.entries(spec.ok).map(([status, schema]) => [status, json(schema, 'Success.')]),
      ),
      ...failures([...spec.errors, 401, 403].sort()),
    },
  }));
}
