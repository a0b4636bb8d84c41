import { DateTime } from 'luxon';
import { RuleError } from '../errors';
import { parseInstant, rcNumber, type Milestone } from '../milestones';

/** One software release and its milestones, as stored (milestone instants are UTC ISO strings). */
export interface Timeline {
  project: string;
  version: string;
  previousVersion?: string | null;
  releaseStatus?: 'development' | 'released';
  milestones: Milestone[];
}

/** A milestone with its instant parsed once, so the arithmetic never re-reads strings. */
export interface DatedMilestone {
  milestone: Milestone;
  at: DateTime;
  /** For an rc: the number in its label, or its position among the rcs when the label has none. */
  rc: number | null;
}

/** Accepts a luxon DateTime or an ISO string; strings without an offset are UTC, like storage. */
export function toInstant(value: DateTime | string, path: string[] = ['at']): DateTime {
  const parsed = DateTime.isDateTime(value) ? (value.isValid ? value.toUTC() : null) : parseInstant(value);
  if (!parsed) {
    throw new RuleError(`${JSON.stringify(String(value))} is not a date and time (ISO 8601).`, path);
  }
  return parsed;
}

// Parsing instants is most of a timeline answer's cost (luxon's ISO parser): a
// list seen before (the same array, which callers never change) is not parsed again.
const datedOnce = new WeakMap<Milestone[], DatedMilestone[]>();

/**
 * Milestones in date order with parsed instants. Sorting here (stable, by
 * instant) means a caller's list that is merely unsorted still gives the right
 * answer; invalid dates are refused with the path of the milestone. The
 * result is shared between calls with the same list: treat both as read-only.
 */
export function datedMilestones(milestones: Milestone[]): DatedMilestone[] {
  const known = datedOnce.get(milestones);
  if (known) return known;
  const dated = parseAndSort(milestones);
  datedOnce.set(milestones, dated);
  return dated;
}

function parseAndSort(milestones: Milestone[]): DatedMilestone[] {
  const dated = milestones.map((milestone, index) => ({
    milestone,
    at: toInstant(milestone.at, ['milestones', String(index), 'at']),
  }));
  dated.sort((a, b) => a.at.toMillis() - b.at.toMillis());
  let rcSeen = 0;
  return dated.map(({ milestone, at }) => {
    if (milestone.kind !== 'rc') return { milestone, at, rc: null };
    rcSeen += 1;
    return { milestone, at, rc: rcNumber(milestone.label) ?? rcSeen };
  });
}

/** Days between two instants, as a fraction (luxon does the arithmetic). */
export function daysBetween(from: DateTime, to: DateTime): number {
  return to.diff(from, 'days').days;
}

export function sameProject(a: Timeline, b: Timeline): boolean {
  return a.project.trim().toLowerCase() === b.project.trim().toLowerCase();
}
