import type { DateTime } from 'luxon';
import { type DatedMilestone, datedMilestones, daysBetween, type Timeline } from './timeline';

/** What a finished release cycle tells about the next one. */
export interface CycleStats {
  version: string;
  releasedAt: DateTime;
  /** The highest rc number: how many rcs the cycle needed. */
  rcs: number;
  /** Days per rc step, one entry per pair of consecutive rcs. */
  rcIntervalsDays: number[];
  /** Days from the last rc to the release. */
  daysAfterLastRc: number;
  /** Days from the cycle's first milestone (the merge window) to its first rc. */
  daysToFirstRc: number;
}

/**
 * Days per rc step between consecutive rcs. A gap in the numbering (rc3 then
 * rc5 in incomplete data) is spread over its steps rather than read as one
 * long interval.
 */
export function rcIntervals(rcs: DatedMilestone[]): number[] {
  const intervals: number[] = [];
  for (let i = 1; i < rcs.length; i++) {
    const steps = (rcs[i].rc as number) - (rcs[i - 1].rc as number);
    if (steps > 0) intervals.push(daysBetween(rcs[i - 1].at, rcs[i].at) / steps);
  }
  return intervals;
}

/**
 * Statistics of a released timeline, or null when it has no release or no rc
 * before it (nothing to learn a count or a cadence from).
 */
export function cycleStats(timeline: Timeline): CycleStats | null {
  const dated = datedMilestones(timeline.milestones);
  const release = dated.find((m) => m.milestone.kind === 'release');
  if (!release) return null;
  const rcs = dated.filter((m) => m.rc !== null && m.at <= release.at);
  if (rcs.length === 0) return null;
  const last = rcs[rcs.length - 1];
  return {
    version: timeline.version,
    releasedAt: release.at,
    rcs: last.rc as number,
    rcIntervalsDays: rcIntervals(rcs),
    daysAfterLastRc: daysBetween(last.at, release.at),
    daysToFirstRc: daysBetween(dated[0].at, rcs[0].at),
  };
}
