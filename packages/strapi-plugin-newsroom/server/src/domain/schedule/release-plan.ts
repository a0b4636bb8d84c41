import { DateTime } from 'luxon';
import { RuleError } from '../errors';
import { checkNow } from './instant';
import { assertSchedulable } from './schedulable';
import { parseDate, parseTime, type Prefer, resolveWallClock, type WallClock } from './wall-clock';
import { assertZone } from './zone';

export interface PlanPart {
  number: number;
  documentId: string;
}

export interface ReleasePlanInput {
  /** The remaining announced or unpublished parts, in any order. */
  parts: PlanPart[];
  /** ISO weekday 1 (Monday) to 7 (Sunday), or an English name ("Thursday", "thu"). */
  weekday: number | string;
  time: string;
  zone: string;
  /** A date "YYYY-MM-DD" (used if it is that weekday), or "next-week" (the ISO week after now, in the zone). */
  startingFrom: string;
  /** Weeks between parts; default 1. */
  every?: number;
  prefer?: Prefer;
}

export interface PlannedRelease extends WallClock {
  number: number;
  documentId: string;
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * "The remaining parts, one every Thursday at 16:49 Europe/Berlin, starting
 * next week": one due time per part, in part order. Each date is resolved on
 * its own wall clock, so a plan across a DST change keeps 16:49 local and the
 * UTC time moves by the hour; a date in a gap refuses the whole plan.
 */
export function releasePlan(input: ReleasePlanInput, now: DateTime): PlannedRelease[] {
  const current = checkNow(now);
  const zone = assertZone(input.zone);
  parseTime(input.time);
  const weekday = parseWeekday(input.weekday);
  const every = input.every ?? 1;
  if (!Number.isInteger(every) || every < 1 || every > 52) {
    throw new RuleError(
      `every must be a whole number of weeks from 1 to 52 (got ${JSON.stringify(input.every)}).`,
      ['every'],
    );
  }
  const parts = orderedParts(input.parts);
  const first = firstDate(input.startingFrom, weekday, zone, current);

  return parts.map(({ part, index }, position) => {
    const date = first.plus({ weeks: every * position }).toISODate() as string;
    try {
      const resolved = resolveWallClock({ date, time: input.time, zone, prefer: input.prefer });
      assertSchedulable(resolved.dueAt, current, { allowNow: false, zone });
      return { number: part.number, documentId: part.documentId, ...resolved };
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      throw new RuleError(`Part ${part.number} (${date}): ${error.message}`, ['parts', String(index)]);
    }
  });
}

export function parseWeekday(value: unknown): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 7) return value;
  if (typeof value === 'string' && value.trim().length >= 3) {
    const name = value.trim().toLowerCase();
    const found = WEEKDAYS.findIndex((day) => day.startsWith(name) && (name.length === 3 || day === name));
    if (found >= 0) return found + 1;
  }
  throw new RuleError(
    `weekday must be 1 (Monday) to 7 (Sunday) or a day name such as "Thursday" (got ${JSON.stringify(value)}).`,
    ['weekday'],
  );
}

/** Sorted by part number, remembering each part's place in the request for error paths. */
function orderedParts(parts: PlanPart[]): { part: PlanPart; index: number }[] {
  if (!Array.isArray(parts) || parts.length === 0) {
    throw new RuleError('There are no remaining parts to schedule.', ['parts']);
  }
  const seen = new Set<number>();
  parts.forEach((part, index) => {
    if (!Number.isInteger(part?.number) || part.number < 1) {
      throw new RuleError(`Each part needs a number of at least 1 (got ${JSON.stringify(part?.number)}).`, [
        'parts',
        String(index),
        'number',
      ]);
    }
    if (typeof part.documentId !== 'string' || part.documentId === '') {
      throw new RuleError(`Part ${part.number} needs a documentId.`, ['parts', String(index), 'documentId']);
    }
    if (seen.has(part.number)) {
      throw new RuleError(`Part ${part.number} is listed twice.`, ['parts', String(index), 'number']);
    }
    seen.add(part.number);
  });
  return parts.map((part, index) => ({ part, index })).sort((a, b) => a.part.number - b.part.number);
}

/** The first date on the weekday, as a calendar date (UTC is used only to count days). */
function firstDate(startingFrom: string, weekday: number, zone: string, now: DateTime): DateTime {
  let start: DateTime;
  if (startingFrom === 'next-week') {
    // "Next week" is the editor's week, so today is read in the newsroom's zone.
    const today = DateTime.fromISO(now.setZone(zone).toISODate() as string, { zone: 'utc' });
    start = today.startOf('week').plus({ weeks: 1 });
  } else {
    try {
      start = DateTime.fromObject(parseDate(startingFrom, ['startingFrom']), { zone: 'utc' });
    } catch {
      throw new RuleError(
        `startingFrom must be a date in the form YYYY-MM-DD or "next-week" (got ${JSON.stringify(startingFrom)}).`,
        ['startingFrom'],
      );
    }
  }
  return start.plus({ days: (weekday - start.weekday + 7) % 7 });
}
