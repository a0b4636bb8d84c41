import type { Core } from '@strapi/strapi';
import type { ActionStatus } from '../domain/schedule/status';
import { ARTICLE, CHANNEL, SCHEDULED_ACTION, SERIES } from '../uids';
import { createScheduleRepository } from './schedule-repository';
import { asDate } from './schedule-targets-repository';

export interface CalendarActionRow {
  documentId: string;
  targetType: string;
  targetDocumentId: string;
  targetLocale: string | null;
  action: 'publish' | 'unpublish';
  dueAt: Date;
  wallClock: string | null;
  zone: string | null;
  status: ActionStatus;
  lastError: string | null;
  latenessMs: number | null;
  ranAt: Date | null;
  ranBy: string | null;
  outcome: string | null;
}

/** A version of a newsroom document as the calendar labels it. */
export interface CalendarTargetRow {
  documentId: string;
  locale: string | null;
  title: string;
  publishedAt: Date | null;
  partNumber: number | null;
  series: { documentId: string; title: string } | null;
  channel: { slug: string; name: string } | null;
}

const ACTION_FIELDS = [
  'documentId',
  'targetType',
  'targetDocumentId',
  'targetLocale',
  'action',
  'dueAt',
  'wallClock',
  'zone',
  'status',
  'lastError',
  'latenessMs',
  'ranAt',
  'ranBy',
  'outcome',
];

/** The calendar's reads: actions due in a range, the documents they touch, publications in the range. */
export const createCalendarRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);
  const scheduling = () => Boolean(strapi.contentTypes[SCHEDULED_ACTION as keyof typeof strapi.contentTypes]);

  const toTarget = (row: any): CalendarTargetRow => ({
    documentId: row.documentId,
    locale: row.locale ?? null,
    title: row.title,
    publishedAt: asDate(row.publishedAt),
    partNumber: row.partNumber ?? null,
    series: row.series ? { documentId: row.series.documentId, title: row.series.title } : null,
    channel: row.channel ? { slug: row.channel.slug, name: row.channel.name } : null,
  });

  return {
    /** Every action (cancelled ones left out) due in [from, to), optionally of one series or locale. */
    async actions(range: { from: Date; to: Date }, filters: { series?: string; locale?: string }) {
      if (!scheduling()) return [];
      const where: Record<string, unknown> = {
        dueAt: { $gte: range.from, $lt: range.to },
        status: { $ne: 'cancelled' },
      };
      // The series as it is now: a part moved since it was scheduled is filed under its new series.
      if (filters.series)
        Object.assign(where, await createScheduleRepository(strapi).ofSeries(filters.series));
      if (filters.locale) where.targetLocale = filters.locale;
      const rows = await query(SCHEDULED_ACTION).findMany({
        where,
        select: ACTION_FIELDS,
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        limit: 2000,
      });
      return rows.map((row: any): CalendarActionRow => ({
        ...row,
        dueAt: asDate(row.dueAt) as Date,
        ranAt: asDate(row.ranAt),
        ranBy: row.ranBy ?? null,
        latenessMs: row.latenessMs === null || row.latenessMs === undefined ? null : Number(row.latenessMs),
      }));
    },

    /** Draft and published versions of the given articles, with series and channel. */
    async articles(documentIds: string[]): Promise<CalendarTargetRow[]> {
      if (documentIds.length === 0) return [];
      const rows = await query(ARTICLE).findMany({
        where: { documentId: { $in: documentIds } },
        select: ['documentId', 'locale', 'title', 'publishedAt', 'partNumber'],
        populate: {
          series: { select: ['documentId', 'title'] },
          channel: { select: ['slug', 'name'] },
        },
      });
      return rows.map(toTarget);
    },

    /** Draft and published versions of the given series. */
    async series(documentIds: string[]): Promise<CalendarTargetRow[]> {
      if (documentIds.length === 0) return [];
      const rows = await query(SERIES).findMany({
        where: { documentId: { $in: documentIds } },
        select: ['documentId', 'locale', 'title', 'publishedAt'],
        populate: { channel: { select: ['slug', 'name'] } },
      });
      return rows.map((row: any) => ({
        ...toTarget(row),
        series: { documentId: row.documentId, title: row.title },
      }));
    },

    /** Published article versions whose publication time falls in [from, to). */
    async publications(range: { from: Date; to: Date }, filters: { locale?: string }) {
      const where: Record<string, unknown> = { publishedAt: { $gte: range.from, $lt: range.to } };
      if (filters.locale) where.locale = filters.locale;
      const rows = await query(ARTICLE).findMany({
        where,
        select: ['documentId', 'locale', 'title', 'publishedAt', 'partNumber'],
        populate: {
          series: { select: ['documentId', 'title'] },
          channel: { select: ['slug', 'name'] },
        },
        orderBy: [{ publishedAt: 'asc' }],
        limit: 2000,
      });
      return rows.map(toTarget);
    },

    /** The filter choices: every series (draft titles) and channel. */
    async options(locale: string) {
      const series = await query(SERIES).findMany({
        where: { publishedAt: null },
        select: ['documentId', 'locale', 'title'],
        orderBy: [{ title: 'asc' }],
      });
      const channels = await query(CHANNEL).findMany({
        where: { publishedAt: null },
        select: ['slug', 'name'],
        orderBy: [{ name: 'asc' }],
      });
      const byId = new Map<string, { value: string; label: string }>();
      for (const row of series as any[]) {
        if (!byId.has(row.documentId) || row.locale === locale)
          byId.set(row.documentId, { value: row.documentId, label: row.title });
      }
      return {
        series: [...byId.values()].sort((a, b) => a.label.localeCompare(b.label)),
        channels: (channels as any[]).map((row) => ({ value: row.slug, label: row.name })),
      };
    },
  };
};

export type CalendarRepository = ReturnType<typeof createCalendarRepository>;
