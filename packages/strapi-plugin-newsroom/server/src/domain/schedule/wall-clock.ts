import { DateTime, FixedOffsetZone, IANAZone } from 'luxon';
import { RuleError } from '../errors';
import { toStored } from './instant';
import { assertZone } from './zone';

/** Which instant a wall-clock time that happens twice (autumn repeat) means. */
export type Prefer = 'earlier' | 'later';

export type WallClockInput = { zone: string; prefer?: Prefer } & (
  { date: string; time: string } | { local: string }
);

export interface WallClock {
  /** The instant to store, UTC ISO. */
  dueAt: string;
  /** What the editor asked for, "YYYY-MM-DDTHH:mm". */
  wallClock: string;
  /** Canonical IANA name. */
  zone: string;
  /** The zone's offset at dueAt, e.g. "+02:00". */
  offset: string;
  ambiguous: boolean;
  /** Set only when ambiguous. */
  chosen: Prefer | null;
  /** The instant not chosen, when ambiguous. */
  otherDueAt: string | null;
  /** A sentence for the editor when the time needed a decision. */
  note: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;
const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
export function parseDate(value: unknown, path: string[] = ['date']) {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  const fields = match && { year: +match[1], month: +match[2], day: +match[3] };
  if (!fields || !DateTime.fromObject(fields, { zone: 'utc' }).isValid) {
    throw new RuleError(
      `The date ${JSON.stringify(value)} is not a calendar date in the form YYYY-MM-DD.`,
      path,
    );
  }
  return fields;
}

/** A 24-hour wall-clock time "HH:mm"; "24:00" is refused, write 00:00 of the next day. */
export function parseTime(value: unknown, path: string[] = ['time']) {
  const match = typeof value === 'string' ? TIME.exec(value) : null;
  const fields = match && { hour: +match[1], minute: +match[2] };
  if (!fields || fields.hour > 23 || fields.minute > 59) {
    throw new RuleError(`The time ${JSON.stringify(value)} is not a 24-hour time in the form HH:mm.`, path);
  }
  return fields;
}

/**
 * Turns an editor's wall-clock time in a zone into the UTC instant to store.
 * A time skipped by spring-forward is refused (we never move it silently).
 * A time that happens twice in autumn means the EARLIER instant (the first
 * occurrence, still on summer time) unless prefer is 'later'; editors think
 * "02:30 that night" happens once, and the first one is when it first shows.
 */
export function resolveWallClock(input: WallClockInput): WallClock {
  const { date, time } = splitInput(input);
  const zoneName = assertZone(input.zone);
  const prefer = input.prefer ?? 'earlier';
  if (prefer !== 'earlier' && prefer !== 'later') {
    throw new RuleError(`prefer must be "earlier" or "later" (got ${JSON.stringify(input.prefer)}).`, [
      'prefer',
    ]);
  }
  const local = 'local' in input;
  const dateFields = parseDate(date, local ? ['local'] : ['date']);
  const timeFields = parseTime(time, local ? ['local'] : ['time']);
  const zone = IANAZone.create(zoneName);
  // The wall-clock fields read as if they were UTC; each real instant is that minus an offset.
  const naive = DateTime.fromObject({ ...dateFields, ...timeFields }, { zone: 'utc' }).toMillis();
  const offsets = new Set([-DAY_MS, 0, DAY_MS].map((shift) => zone.offset(naive + shift)));
  const instants = [...offsets]
    .map((offset) => naive - offset * 60_000)
    .filter((instant) => naive - zone.offset(instant) * 60_000 === instant)
    .sort((a, b) => a - b);
  const wallClock = `${date}T${time}`;
  const at = (ms: number) => DateTime.fromMillis(ms, { zone, locale: 'en' });

  if (instants.length === 0) throw gapError(zone, naive, date, time, local ? ['local'] : ['time']);
  if (instants.length === 1) {
    const only = at(instants[0]);
    return {
      dueAt: toStored(only),
      wallClock,
      zone: zoneName,
      offset: only.toFormat('ZZ'),
      ambiguous: false,
      chosen: null,
      otherDueAt: null,
      note: null,
    };
  }

  const [earlier, later] = [instants[0], instants[instants.length - 1]];
  const chosen = at(prefer === 'earlier' ? earlier : later);
  const other = at(prefer === 'earlier' ? later : earlier);
  const change = transition(zone, earlier, later, date);
  const describe = (dt: DateTime) => `${time} at ${dt.toFormat('ZZ')} (${dt.toUTC().toFormat('HH:mm')} UTC)`;
  const note =
    `${time} on ${date} happens twice in ${zoneName} (the clocks go back from ${change.from} to ${change.to}). ` +
    `Chose the ${prefer} one, ${describe(chosen)}; pass prefer "${prefer === 'earlier' ? 'later' : 'earlier'}" for ${describe(other)}.`;
  return {
    dueAt: toStored(chosen),
    wallClock,
    zone: zoneName,
    offset: chosen.toFormat('ZZ'),
    ambiguous: true,
    chosen: prefer,
    otherDueAt: toStored(other),
    note,
  };
}

function splitInput(input: WallClockInput): { date: string; time: string } {
  if ('local' in input) {
    const match = typeof input.local === 'string' ? LOCAL.exec(input.local) : null;
    if (!match) {
      throw new RuleError(
        `The local time ${JSON.stringify(input.local)} must look like "2026-10-22T16:49", without an offset: the zone is given apart.`,
        ['local'],
      );
    }
    return { date: match[1], time: match[2] };
  }
  return { date: input.date, time: input.time };
}

function gapError(zone: IANAZone, naive: number, date: string, time: string, path: string[]): RuleError {
  // The local time falls between two readings of the clock: search the instant the offset changed.
  const before = zone.offset(naive - DAY_MS);
  const after = zone.offset(naive + DAY_MS);
  const change = transition(zone, naive - after * 60_000, naive - before * 60_000, date);
  return new RuleError(
    `${date} ${time} does not exist in ${zone.name}: the clocks go forward from ${change.from} to ${change.to}. ` +
      `Choose ${change.lastBefore} or earlier, or ${change.to} or later.`,
    path,
  );
}

/**
 * Finds when the zone's offset changes between two instants (binary search)
 * and how the wall clock reads either side of it; readings on another day
 * than the requested one carry their date (Samoa skipped a whole day in 2011).
 */
function transition(zone: IANAZone, low: number, high: number, date: string) {
  const offsetBefore = zone.offset(low);
  let [lo, hi] = [low, high];
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2);
    if (zone.offset(mid) === offsetBefore) lo = mid;
    else hi = mid;
  }
  const moment = DateTime.fromMillis(hi, { zone, locale: 'en' }).startOf('second');
  const read = (dt: DateTime) =>
    dt.toISODate() === date ? dt.toFormat('HH:mm') : dt.toFormat('yyyy-MM-dd HH:mm');
  return {
    from: read(moment.setZone(FixedOffsetZone.instance(offsetBefore))),
    to: read(moment),
    lastBefore: read(moment.minus({ minutes: 1 })),
  };
}
