/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * Release timelines as readers (GET /api/newsroom/timelines[/:slug]) and the
 * admin's Timelines tab (GET /newsroom/board/timelines[/:slug], with the
 * draft's save version) read them. Zod schemas, the types inferred from
 * them; the server checks that what it returns fits (services/views/timelines.ts).
 */
import { z } from 'zod';
import { instant, milestone, stateAt, timelinePhase } from './read';

export { milestone as timelineMilestone, timelinePhase };

export const timelineSummary = z.object({
  documentId: z.string(),
  slug: z.string().nullable(),
  project: z.string(),
  version: z.string(),
  previousVersion: z.string().nullable(),
  releaseStatus: z.string().nullable(),
  startedAt: instant.nullable(),
  releasedAt: instant.nullable(),
  milestoneCount: z.number().int().nonnegative(),
  state: z.object({ phase: timelinePhase, label: z.string().nullable(), rc: z.number().int().nullable() }),
});

export const timelineDetail = timelineSummary.extend({
  milestones: z.array(milestone),
  state: stateAt.extend({
    latest: milestone.nullable().describe('The last milestone reached at `at`.'),
    after: z.array(milestone).describe('The milestones still to come after `at`.'),
  }),
  projection: z
    .object({
      version: z.string(),
      asOf: instant,
      expected: instant,
      earliest: instant,
      latest: instant,
      furtherRcs: z.object({ expected: z.number(), min: z.number(), max: z.number() }),
      basis: z.object({
        rcsSoFar: z.number().int().nonnegative(),
        lastRc: z.string().nullable(),
        cadenceDays: z.number(),
        cadenceSteps: z.object({ own: z.number().int(), earlier: z.number().int() }),
        stepSpreadDays: z.number(),
        history: z.array(
          z.object({ version: z.string(), rcs: z.number().int(), daysAfterLastRc: z.number() }),
        ),
        summary: z.string(),
      }),
    })
    .nullable()
    .describe('When an unreleased timeline is likely to come out; null once released or without history.'),
  articles: z.array(
    z.object({
      documentId: z.string(),
      title: z.string(),
      slug: z.string(),
      teaser: z.string().nullable(),
      permalinkId: z.number().int().positive().nullable(),
      publishedAt: instant.nullable(),
      canonicalUrl: z.string().url().nullable(),
      permalinkUrl: z.string().url().nullable(),
      writtenAt: z.string().nullable().describe('The release state’s label when the article came out.'),
    }),
  ),
});

export const listTimelinesResponse = z.object({
  data: z.array(timelineSummary),
  meta: z.object({ at: instant.nullable(), zone: z.string() }),
});

export const getTimelineResponse = z.object({
  data: timelineDetail,
  meta: z.object({ at: instant.nullable(), locale: z.string(), zone: z.string() }),
});

export const getBoardTimelineResponse = z.object({
  /** With the draft's version, for a milestone added from the tab (PUT's version check). */
  data: timelineDetail.extend({ saveVersion: z.string() }),
  meta: getTimelineResponse.shape.meta,
});

export type TimelinePhase = z.infer<typeof timelinePhase>;
export type TimelineMilestone = z.infer<typeof milestone>;
export type TimelineSummary = z.infer<typeof timelineSummary>;
export type TimelineDetail = z.infer<typeof timelineDetail>;

export declare namespace ListTimelines {
  export type Response = z.infer<typeof listTimelinesResponse>;
}

export declare namespace GetTimeline {
  export type Response = z.infer<typeof getTimelineResponse>;
}

export declare namespace GetBoardTimeline {
  export type Response = z.infer<typeof getBoardTimelineResponse>;
}
