import type { DateTime } from 'luxon';
import type { Milestone } from '../milestones';
import { datedMilestones, daysBetween, toInstant } from './timeline';

export type Phase = 'not-started' | 'merge-window' | 'stabilising' | 'released' | 'stable';

/** Where a timeline stood at one instant, e.g. when an article was published. */
export interface TimelineState {
  /** The instant asked about, UTC ISO. */
  at: string;
  phase: Phase;
  /** The highest rc at or before `at` (kept after the release: "released after rc7"); null before rc1. */
  rc: number | null;
  /** The latest milestone at or before `at`; null before the cycle began. */
  latest: Milestone | null;
  /** A short label of where it stood, e.g. "3.0-rc6"; null before the cycle began. */
  label: string | null;
  /** Whole days since the first milestone (the cycle's start); null before it. */
  daysSinceStart: number | null;
  /** Whole weeks since rc1; null before rc1. */
  weeksSinceRc1: number | null;
  /** What came after `at`, in date order. */
  after: Milestone[];
}

const PHASE_OF_KIND: Record<Milestone['kind'], Phase> = {
  'merge-window': 'merge-window',
  rc: 'stabilising',
  release: 'released',
  stable: 'stable',
};

/**
 * The state of a timeline at `at`. A milestone dated exactly at `at` has
 * happened: an article published the minute rc6 was tagged was written at rc6.
 */
export function timelineState(milestones: Milestone[], at: DateTime | string): TimelineState {
  const instant = toInstant(at);
  const dated = datedMilestones(milestones);
  const before = dated.filter((m) => m.at <= instant);
  const after = dated.filter((m) => m.at > instant).map((m) => m.milestone);
  const latest = before.at(-1) ?? null;
  const rcs = before.filter((m) => m.rc !== null);
  // Counted from rc1 itself, not from whichever rc happens to come first in incomplete data.
  const rc1 = rcs.find((m) => m.rc === 1) ?? null;

  return {
    at: instant.toISO() as string,
    phase: latest ? PHASE_OF_KIND[latest.milestone.kind] : 'not-started',
    rc: rcs.at(-1)?.rc ?? null,
    latest: latest?.milestone ?? null,
    label: latest?.milestone.label ?? null,
    daysSinceStart: before.length ? Math.floor(daysBetween(before[0].at, instant)) : null,
    weeksSinceRc1: rc1 ? Math.floor(daysBetween(rc1.at, instant) / 7) : null,
    after,
  };
}
