import { z } from 'zod';
import { getBoardTimelineResponse, listTimelinesResponse } from '../../../shared/contracts/timelines';
import { failures, json, type Operation } from './describe';

const admin = { tags: ['Admin'], security: [{ adminJwt: [] }] };
const documentId = z.object({ documentId: z.string().describe('The document’s documentId.') });
const id = z.object({ id: z.string().describe('The record’s id.') });
const locale = z.object({
  locale: z.string().optional().describe('A locale code; absent means the default.'),
});

/**
 * An answer whose body this document does not describe yet: said so, with
 * the TypeScript contract that types it, instead of a schema that accepts anything.
 */
const undescribed = (contract: string) => ({
  description: `Success. The body is not described in this document yet; its type is ${contract} in shared/contracts.`,
});

type Spec = [
  method: Operation['method'],
  path: string,
  summary: string,
  success: Operation['responses'],
  extra?: Partial<Operation>,
];

/** The admin API's routes (Strapi's admin prefix: none, so under /newsroom), for signed-in editors. */
export function adminOperations(): Operation[] {
  const specs: Spec[] = [
    [
      'put',
      '/series/:documentId/order',
      'Renumbers a series’ parts',
      { 200: undescribed('(renumber result)') },
      { request: { params: documentId } },
    ],
    ['get', '/schedule/actions', 'Scheduled actions', { 200: undescribed('schedule.ts ListActions') }],
    [
      'get',
      '/schedule/actions/:id',
      'One scheduled action',
      { 200: undescribed('schedule.ts ScheduledActionView') },
      { request: { params: id } },
    ],
    [
      'post',
      '/schedule/actions',
      'Schedules a publish or unpublish (200 when the same request is already stored)',
      {
        200: undescribed('schedule.ts ScheduledActionView[]'),
        201: undescribed('schedule.ts ScheduledActionView[]'),
      },
    ],
    [
      'put',
      '/schedule/actions/:id',
      'Reschedules an action',
      { 200: undescribed('schedule.ts ScheduledActionView') },
      { request: { params: id } },
    ],
    [
      'delete',
      '/schedule/actions/:id',
      'Cancels an action',
      { 200: undescribed('schedule.ts ScheduledActionView') },
      { request: { params: id } },
    ],
    [
      'post',
      '/schedule/plans',
      'Schedules a series’ parts on a weekly plan',
      { 201: undescribed('schedule.ts PlanResult') },
    ],
    [
      'get',
      '/board/settings',
      'The newsroom’s zone and locales',
      { 200: undescribed('board.ts GetSettings.Response') },
    ],
    [
      'get',
      '/board/series',
      'The series board',
      { 200: undescribed('board.ts GetBoard.Response') },
      { request: { query: locale } },
    ],
    [
      'get',
      '/board/articles/:documentId',
      'The article panel’s context',
      { 200: undescribed('board.ts GetArticleContext.Response') },
      { request: { params: documentId, query: locale } },
    ],
    [
      'get',
      '/board/series/:documentId/next-part',
      'The next part number of a series',
      { 200: undescribed('board.ts GetNextPart.Response') },
      { request: { params: documentId, query: locale } },
    ],
    [
      'get',
      '/board/timelines',
      'Every release timeline (the readers’ view)',
      { 200: json(listTimelinesResponse, 'The timelines.') },
    ],
    [
      'get',
      '/board/timelines/:slug',
      'A release timeline with its draft’s save version',
      { 200: json(getBoardTimelineResponse, 'The timeline.') },
      { request: { params: z.object({ slug: z.string() }) } },
    ],
    [
      'get',
      '/articles/:documentId/draft',
      'An article’s draft with its save version',
      { 200: undescribed('editing.ts GetArticleDraft.Response') },
      { request: { params: documentId, query: locale } },
    ],
    [
      'put',
      '/articles/:documentId/draft',
      'Saves an article’s draft (409 when stale)',
      { 200: undescribed('editing.ts SaveArticleDraft.Response') },
      { request: { params: documentId, query: locale } },
    ],
    [
      'post',
      '/timelines/:documentId/milestones',
      'Adds a milestone to a timeline’s draft',
      { 201: undescribed('editing.ts AddMilestone.Response') },
      { request: { params: documentId } },
    ],
    [
      'get',
      '/calendar',
      'The editorial calendar (month or week)',
      { 200: undescribed('calendar.ts GetCalendar.Response') },
    ],
    [
      'get',
      '/calendar/summary',
      'Counts of the calendar’s items',
      { 200: undescribed('calendar.ts GetCalendarSummary.Response') },
    ],
    [
      'post',
      '/calendar/actions/:id/move',
      'Moves a scheduled item to another day',
      { 200: undescribed('calendar.ts MoveItem.Response') },
      { request: { params: id } },
    ],
    [
      'get',
      '/calendar/feeds',
      'The caller’s iCal feeds',
      { 200: undescribed('calendar.ts ListFeeds.Response') },
    ],
    [
      'post',
      '/calendar/feeds',
      'Creates an iCal feed for the caller',
      { 201: undescribed('calendar.ts CreateFeed.Response') },
    ],
    [
      'delete',
      '/calendar/feeds/:id',
      'Revokes an iCal feed',
      { 200: undescribed('calendar.ts RevokeFeed.Response') },
      { request: { params: id } },
    ],
    [
      'get',
      '/previews/url',
      'The preview URL of a draft',
      { 200: undescribed('preview.ts GetPreviewUrl.Response') },
    ],
    [
      'get',
      '/share-links',
      'A draft’s share links',
      { 200: undescribed('preview.ts ListShareLinks.Response') },
    ],
    [
      'post',
      '/share-links',
      'Creates a share link for a draft',
      { 201: undescribed('preview.ts CreateShareLink.Response') },
    ],
    [
      'delete',
      '/share-links/:id',
      'Revokes a share link',
      { 200: undescribed('preview.ts RevokeShareLink.Response') },
      { request: { params: id } },
    ],
  ];
  return specs.map(([method, path, summary, success, extra]) => ({
    ...admin,
    method,
    path: `/newsroom${path}`,
    summary,
    ...extra,
    responses: { ...success, ...failures([400, 401, 403, 404]) },
  }));
}
