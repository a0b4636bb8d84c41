import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import {
  assertPartOrder,
  assertSchedulable,
  assertZone,
  type Prefer,
  resolveWallClock,
  type WallClock,
} from '../../domain/schedule';
import type { ScheduleRepository } from '../../repositories/schedule-repository';
import { ARTICLE, isNewsroomUid } from '../../uids';
import { getService } from '../../get-service';

export interface WhenInput {
  /** "now", or an instant with an offset ("2026-10-22T14:49:00Z"), for clients that compute their own. */
  at?: string;
  date?: string;
  time?: string;
  zone?: string;
  prefer?: Prefer;
}

export type ResolvedTime = WallClock & { immediate: boolean };

/** The editor's time as the instant to store, and what was decided on the way (ambiguity, "now"). */
export function resolveTime(when: WhenInput, defaultZone: string, now: DateTime): ResolvedTime {
  const zone = assertZone(when.zone ?? defaultZone);
  const local = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  if (when.at !== undefined) {
    if (when.date !== undefined || when.time !== undefined) {
      throw new RuleError('Give either "at" or "date" and "time", not both.', ['at']);
    }
    if (when.at !== 'now' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(when.at)) {
      throw new RuleError(
        `"at" must be "now" or an instant with an offset such as "2026-10-22T14:49:00Z" (got ${JSON.stringify(when.at)}).`,
        ['at'],
      );
    }
    const { dueAt, immediate } = assertSchedulable(when.at, now, { path: ['at'], zone });
    const chosen = local(dueAt);
    const base = { ambiguous: false, chosen: null, otherDueAt: null, note: null };
    return {
      dueAt,
      wallClock: chosen.toFormat("yyyy-MM-dd'T'HH:mm"),
      zone,
      offset: chosen.toFormat('ZZ'),
      immediate,
      ...base,
    };
  }
  if (when.date === undefined || when.time === undefined) {
    throw new RuleError('Give "date" (YYYY-MM-DD) and "time" (HH:mm) in a zone, or "at": "now".', ['date']);
  }
  const resolved = resolveWallClock({ date: when.date, time: when.time, zone, prefer: when.prefer });
  // The admin's forms send wall-clock times and offer no "now": the refusal does not suggest it.
  const { dueAt, immediate } = assertSchedulable(resolved.dueAt, now, {
    path: ['time'],
    zone,
    offerNow: false,
  });
  return { ...resolved, dueAt, immediate };
}

export interface Target {
  uid: string;
  documentId: string;
  /** One entry per action to create; null for a type without locales. */
  locales: (string | null)[];
}

/** Checks the document and locale(s) an action is for: 400 for a wrong type, 404 for a missing document. */
export async function resolveTarget(
  strapi: Core.Strapi,
  repo: ScheduleRepository,
  input: { targetType: string; documentId: string; locale?: string },
): Promise<Target> {
  const { targetType: uid, documentId } = input;
  const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as any;
  if (!model) throw new RuleError(`There is no content type "${uid}".`, ['targetType']);
  if (!isNewsroomUid(uid)) {
    throw new RuleError(`"${uid}" is not a newsroom type; only newsroom documents can be scheduled.`, [
      'targetType',
    ]);
  }
  if (model.options?.draftAndPublish !== true) {
    throw new RuleError(`"${uid}" has no draft & publish, so there is nothing to publish.`, ['targetType']);
  }
  const localized = model.pluginOptions?.i18n?.localized === true;
  const rows = await repo.targetRows(uid, documentId, localized);
  const name = (model.info?.displayName ?? uid).toLowerCase();
  if (rows.length === 0)
    throw new RuleError(`There is no ${name} with documentId "${documentId}".`, ['documentId'], 'not-found');
  if (!localized) {
    if (input.locale !== undefined && input.locale !== 'all') {
      throw new RuleError(`A ${name} has no locales; leave "locale" out.`, ['locale']);
    }
    return { uid, documentId, locales: [null] };
  }
  const existing = [...new Set(rows.map((row) => row.locale as string))].sort();
  if (input.locale === 'all') return { uid, documentId, locales: existing };
  const locale = input.locale ?? (await getService(strapi, 'locales').defaultLocale());
  if (!existing.includes(locale)) {
    throw new RuleError(
      `The ${name} "${documentId}" has no "${locale}" version (it has ${existing.join(', ')}).`,
      ['locale'],
      'not-found',
    );
  }
  return { uid, documentId, locales: [locale] };
}

/** Series and part number an action is filed under, and the part order rule for publishing parts. */
export async function seriesPlacement(
  repo: ScheduleRepository,
  target: { uid: string; documentId: string; locale: string | null },
) {
  if (target.uid !== ARTICLE)
    return { seriesDocumentId: target.uid.endsWith('.series') ? target.documentId : null, partNumber: null };
  const part = await repo.partOf(ARTICLE, target.documentId, target.locale);
  return { seriesDocumentId: part?.seriesDocumentId ?? null, partNumber: part?.partNumber ?? null };
}

/**
 * Refuses a publish that would put a part before a lower one (409 unless
 * force). A publish of a part already live in the locale is an update: it
 * keeps its place, so neither it nor a pending one is checked as a part
 * going live.
 */
export async function checkPartOrder(
  repo: ScheduleRepository,
  input: {
    seriesDocumentId: string;
    locale: string;
    proposed: { number: number; documentId: string; at: string }[];
    force: boolean;
    zone: string;
    ignoreActionIds?: number[];
  },
) {
  if (input.force) return;
  const mine = new Set(input.proposed.map((part) => part.documentId));
  const ignored = new Set(input.ignoreActionIds ?? []);
  const pending = await repo.pendingPartPublishes(input.seriesDocumentId, input.locale);
  const parts = await repo.seriesParts(ARTICLE, input.seriesDocumentId, input.locale);
  const live = new Set(parts.filter((part) => part.published).map((part) => part.documentId));
  const goingLive = input.proposed.filter((part) => !live.has(part.documentId));
  if (goingLive.length === 0) return;
  assertPartOrder({
    proposed: goingLive.map(({ number, at }) => ({ number, at })),
    scheduled: pending
      .filter(
        (row) =>
          row.partNumber !== null &&
          !mine.has(row.targetDocumentId) &&
          !ignored.has(row.id) &&
          !live.has(row.targetDocumentId),
      )
      .map((row) => ({ number: row.partNumber as number, at: row.dueAt })),
    published: parts
      .filter((part) => part.published && part.partNumber !== null && part.publishedOn)
      .map((part) => ({ number: part.partNumber as number, at: part.publishedOn as Date })),
    force: input.force,
    zone: input.zone,
  });
}
