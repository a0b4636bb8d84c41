import type { DateTime } from 'luxon';
import { type CycleStats, cycleStats, rcIntervals } from './cycle';
import { datedMilestones, sameProject, toInstant, type Timeline } from './timeline';

export interface ProjectionBasis {
  /** The highest rc reached by the time of the projection; 0 before rc1. */
  rcsSoFar: number;
  lastRc: string | null;
  /** Mean days per rc step, pooled from the timeline's own rcs and the earlier cycles'. */
  cadenceDays: number;
  /** How many rc steps went into the cadence: the timeline's own, and the earlier cycles'. */
  cadenceSteps: { own: number; earlier: number };
  /** Standard deviation of a single rc step, in days; it widens the range. */
  stepSpreadDays: number;
  /** The earlier cycles the projection learnt from. */
  history: { version: string; rcs: number; daysAfterLastRc: number }[];
  /** The same in one sentence, for an editor. */
  summary: string;
}

/** When an unreleased timeline is likely to be released, as seen at `asOf`. Instants are UTC ISO. */
export interface Projection {
  version: string;
  asOf: string;
  expected: string;
  earliest: string;
  latest: string;
  furtherRcs: { expected: number; min: number; max: number };
  basis: ProjectionBasis;
}

const DAY_MS = 86_400_000;

/**
 * Projects the release of `target` using only what was known at `at`: its
 * milestones up to then, and earlier timelines of the same project released by
 * then (the rest of `history` is ignored, so an evaluation cannot peek ahead).
 *
 * Each earlier cycle is a scenario: "it needed N rcs and shipped d days after
 * the last one". The days per rc are pooled from every observed rc step, the
 * timeline's own and the earlier cycles' alike, so two early rcs three days
 * apart cannot set the pace for the rest. The expected date is the mean of the
 * scenarios; the range spans them, widened by the step-to-step variation over
 * the steps still to come (a random walk: spread × √steps), so a single
 * earlier cycle does not give a falsely exact range.
 *
 * Returns null when there is nothing to project from: the target is released
 * by `at`, has no milestone yet, or no earlier released cycle is known.
 */
export function projectRelease(
  target: Timeline,
  history: Timeline[],
  at: DateTime | string,
): Projection | null {
  const asOf = toInstant(at);
  const known = datedMilestones(target.milestones).filter((m) => m.at <= asOf);
  if (known.length === 0 || known.some((m) => m.milestone.kind === 'release')) return null;

  const past = history
    .filter((h) => h !== target && h.version !== target.version && sameProject(h, target))
    .map(cycleStats)
    .filter((s): s is CycleStats => s !== null && s.releasedAt <= asOf);
  if (past.length === 0) return null;

  const rcs = known.filter((m) => m.rc !== null);
  const lastRc = rcs.at(-1) ?? null;
  const rcsSoFar = lastRc?.rc ?? 0;
  const own = rcIntervals(rcs);
  const steps = [...own, ...past.flatMap((s) => s.rcIntervalsDays)];
  if (steps.length === 0) return null;
  const cadence = mean(steps);
  const spread = standardDeviation(steps);

  // Before rc1 a scenario also has to reach rc1, as its own cycle did.
  const further = past.map((s) => (lastRc ? Math.max(s.rcs - rcsSoFar, 0) : s.rcs));
  const remaining = past.map((s, i) =>
    lastRc
      ? further[i] * cadence + s.daysAfterLastRc
      : s.daysToFirstRc + (s.rcs - 1) * cadence + s.daysAfterLastRc,
  );
  const jitter = spread * Math.sqrt(Math.max(...further) + 1);
  const anchor = lastRc ? lastRc.at : known[0].at;
  const shift = (days: number) => anchor.plus({ milliseconds: Math.round(days * DAY_MS) });
  // Not released by asOf, so nothing earlier is possible.
  const notBefore = (d: DateTime) => (d < asOf ? asOf : d);

  const expected = notBefore(shift(mean(remaining)));
  const earliest = notBefore(shift(Math.min(...remaining) - jitter));
  const latest = shift(Math.max(...remaining) + jitter);

  const basis: ProjectionBasis = {
    rcsSoFar,
    lastRc: lastRc?.milestone.label ?? null,
    cadenceDays: round1(cadence),
    cadenceSteps: { own: own.length, earlier: steps.length - own.length },
    stepSpreadDays: round1(spread),
    history: past.map((s) => ({
      version: s.version,
      rcs: s.rcs,
      daysAfterLastRc: round1(s.daysAfterLastRc),
    })),
    summary: '',
  };
  basis.summary = summarise(target.version, basis);

  // Whole UTC days: the inputs are mostly dates, so hours would be false precision.
  return {
    version: target.version,
    asOf: asOf.toISO() as string,
    expected: expected.plus({ hours: 12 }).startOf('day').toISO() as string,
    earliest: earliest.startOf('day').toISO() as string,
    latest: (latest < expected ? expected : latest).endOf('day').toISO() as string,
    furtherRcs: { expected: Math.round(mean(further)), min: Math.min(...further), max: Math.max(...further) },
    basis,
  };
}

function summarise(version: string, basis: ProjectionBasis): string {
  const where = basis.lastRc ? `${version} had reached ${basis.lastRc}` : `${version} had no rc yet`;
  const versions = basis.history.map((h) => h.version).join(', ');
  const counts = basis.history.map((h) => h.rcs).join(', ');
  const gaps = basis.history.map((h) => Math.round(h.daysAfterLastRc)).join(', ');
  return (
    `${where}; rcs came every ${basis.cadenceDays} days on average. ` +
    `Earlier cycles (${versions}) needed ${counts} rcs and were released ${gaps} days after their last rc.`
  );
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Sample standard deviation; 0 for fewer than two values (no variation seen yet). */
function standardDeviation(values: number[]): number {
  if (values.length < 2) return 0;
  const m = mean(values);
  return Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1));
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
