/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * The release timelines as the admin's Timelines tab reads them
 * (GET /newsroom/board/timelines and /newsroom/board/timelines/:slug; the
 * readers' views, with the draft's save version). The server checks that
 * what it returns fits these types (services/views/timelines.ts).
 */

export type TimelinePhase = 'not-started' | 'merge-window' | 'stabilising' | 'released' | 'stable';

export interface TimelineMilestone {
  kind: string;
  label: string;
  /** UTC ISO. */
  at: string;
  announcementUrl: string | null;
  note: string | null;
  /** The calendar day in the newsroom's zone. */
  day: { date: string; weekday: string; isoWeekday: number };
}

export interface TimelineSummary {
  documentId: string;
  slug: string | null;
  project: string;
  version: string;
  previousVersion: string | null;
  releaseStatus: string | null;
  startedAt: string | null;
  releasedAt: string | null;
  milestoneCount: number;
  state: { phase: TimelinePhase; label: string | null; rc: number | null };
}

export interface TimelineDetail extends Omit<TimelineSummary, 'state'> {
  milestones: TimelineMilestone[];
  state: {
    at: string;
    phase: TimelinePhase;
    rc: number | null;
    label: string | null;
    daysSinceStart: number | null;
    weeksSinceRc1: number | null;
  };
  /** When an unreleased timeline is likely to come out; null once released or without history. */
  projection: { version: string; asOf: string; expected: string; earliest: string; latest: string } | null;
}

export declare namespace ListTimelines {
  export interface Response {
    data: TimelineSummary[];
    meta: { at: string | null; zone: string };
  }
}

export declare namespace GetTimeline {
  export interface Response {
    data: TimelineDetail;
    meta: { at: string | null; locale: string; zone: string };
  }
}

export declare namespace GetBoardTimeline {
  export interface Response {
    /** With the draft's version, for a milestone added from the tab (PUT's version check). */
    data: TimelineDetail & { saveVersion: string };
    meta: GetTimeline.Response['meta'];
  }
}
