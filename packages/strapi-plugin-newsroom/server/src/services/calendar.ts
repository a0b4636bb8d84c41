import type { Ability } from './access';
import { schedulerConfig } from '../config/scheduler';
import type { Scheduler } from './scheduler/rights';
import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import type {
  CalendarFilters,
  CalendarItem,
  CalendarView,
  GetCalendar,
} from '../../../shared/contracts/calendar';
import { calendarGrid, gridTitle } from '../domain/calendar/grid';
import { scheduleFeed } from '../domain/calendar/ical';
import { calendarItems } from '../domain/calendar/items';
import { movedTime, type DropTarget } from '../domain/calendar/move';
import { RuleError } from '../domain/errors';
import { createCalendarRepository } from '../repositories/calendar-repository';
import { ARTICLE, SERIES } from '../uids';
import { getService } from '../get-service';

/**
 * The editorial calendar: month and week grids in the newsroom's zone with
 * every scheduled action and publication on them, drag-to-reschedule through
 * the schedule API (so its rules and sentences apply), and the items of the
 * iCal feed.
 */
export const createCalendarService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createCalendarRepository(strapi);
  const zone = () => strapi.config.get('plugin::newsroom.timezone') as string;
  const links = () => getService(strapi, 'links');
  const schedule = () => getService(strapi, 'schedule');

  const access = () => getService(strapi, 'access');

  /**
   * Titles the viewer may not read in the Content Manager come back null, as
   * on the board and in the schedule list (a null viewer is code).
   */
  async function redact(viewer: Ability | null, list: CalendarItem[]): Promise<CalendarItem[]> {
    if (!viewer) return list;
    const readable = new Map<string, Set<string>>();
    const refs = new Map<string, { documentId: string; locale: string | null }[]>();
    const want = (uid: string, documentId: string, locale: string | null) =>
      refs.set(uid, [...(refs.get(uid) ?? []), { documentId, locale }]);
    for (const item of list) {
      want(item.targetType, item.documentId, item.locale);
      if (item.series) want(SERIES, item.series.documentId, item.locale);
    }
    for (const [uid, wanted] of refs) {
      const field = (strapi.getModel(uid as any) as any)?.attributes?.title ? 'title' : 'name';
      readable.set(uid, await access().readableKeys(viewer, uid, wanted, field));
    }
    const may = (uid: string, documentId: string, locale: string | null) =>
      readable.get(uid)?.has(`${documentId}:${locale ?? ''}`) ?? false;
    return list.map((item) => ({
      ...item,
      title: may(item.targetType, item.documentId, item.locale) ? item.title : null,
      series:
        item.series && !may(SERIES, item.series.documentId, item.locale)
          ? { ...item.series, title: null }
          : item.series,
    }));
  }

  async function items(
    range: { from: Date; to: Date },
    filters: CalendarFilters,
    viewer: Ability | null,
  ): Promise<CalendarItem[]> {
    const actions = await repo.actions(range, filters);
    const ids = (uid: string) => [
      ...new Set(actions.filter((a) => a.targetType === uid).map((a) => a.targetDocumentId)),
    ];
    const targets = [...(await repo.articles(ids(ARTICLE))), ...(await repo.series(ids(SERIES)))];
    const publications = await repo.publications(range, filters);
    return redact(
      viewer,
      calendarItems(
        { actions, targets, publications },
        links().now().toMillis(),
        filters,
        schedulerConfig(strapi.config.get('plugin::newsroom.scheduler')).lateAfterMs,
      ),
    );
  }

  return {
    async grid(
      query: { view: CalendarView; date: string } & CalendarFilters,
      language: string,
      viewer: Ability | null,
    ): Promise<GetCalendar.Response> {
      const grid = calendarGrid(query.view, query.date, zone());
      const { codes } = await getService(strapi, 'locales').list();
      if (query.locale && !codes.includes(query.locale))
        throw new RuleError(`There is no locale "${query.locale}" (the app has ${codes.join(', ')}).`, [
          'locale',
        ]);
      const range = { from: new Date(grid.from), to: new Date(grid.to) };
      return {
        data: {
          view: grid.view,
          zone: grid.zone,
          title: gridTitle(grid, language),
          days: grid.days,
          items: await items(range, query, viewer),
        },
        meta: { ...(await repo.options(language)), locales: codes, now: links().now().toISO() as string },
      };
    },

    /** Reschedules a pending action dropped on another day or hour; the schedule API's errors come back as they are. */
    async move(id: string, target: DropTarget, by: Scheduler) {
      const action = await schedule().get(id, by.ability);
      if (action.status !== 'pending') {
        throw new RuleError(
          `Only a pending action can be moved; this one is ${action.status}.`,
          ['id'],
          'conflict',
        );
      }
      const when = movedTime(
        { dueAt: action.dueAt as string, wallClock: action.wallClock, zone: action.zone },
        target,
        zone(),
      );
      return schedule().reschedule(id, when, by);
    },

    /** The feed: the last 30 days and the next year, as iCalendar text. */
    async feed(adminUrl: (item: CalendarItem) => string | null, viewer: Ability | null): Promise<string> {
      const now = links().now();
      const range = { from: now.minus({ days: 30 }).toJSDate(), to: now.plus({ days: 366 }).toJSDate() };
      const host = new URL(links().absolute('/') || 'http://localhost').hostname;
      return scheduleFeed(
        await items(range, {}, viewer),
        {
          name: `${strapi.config.get('plugin::newsroom.views.siteName') ?? 'Newsroom'} schedule`,
          zone: zone(),
          host,
          adminUrl,
          words: {
            publish: 'Publish',
            update: 'Update',
            unpublish: 'Unpublish',
            published: 'Published',
            late: 'late',
            failed: 'failed',
          },
        },
        now.toMillis(),
      );
    },

    /** For the homepage widget: statuses decided here, on the server's clock, as on the calendar. */
    async summary(viewer: Ability | null) {
      const now = links().now();
      const all = await items(
        { from: now.minus({ days: 7 }).toJSDate(), to: now.plus({ days: 90 }).toJSDate() },
        {},
        viewer,
      );
      return {
        next: all.filter((item) => item.status === 'pending').slice(0, 5),
        problems: all.filter((item) => item.status === 'late' || item.status === 'failed'),
        zone: zone(),
        now: now.toISO() as string,
      };
    },

    /** Today's date in the newsroom's zone, the calendar's default. */
    today: () => links().now().setZone(zone()).toISODate() as string,
    zone,
    now: (): DateTime => links().now(),
  };
};

export type CalendarService = ReturnType<typeof createCalendarService>;
