/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * The editorial calendar (/newsroom/calendar*) and its iCal feeds, shared by
 * the server controllers and the admin client. Plain types and constants only.
 */

/**
 * How the calendar colours an item. "late": still pending (or running) a
 * minute after its due time, the runner missed it; "done" and "failed" ran.
 */
export const CALENDAR_STATUSES = ['pending', 'late', 'done', 'failed'] as const;

/** A pending action this long past its due time has been missed: the calendar and the widget say "late". */
export const LATE_AFTER_MS = 60_000;
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

export type CalendarView = 'month' | 'week';

/** One hour row of a day in the week grid, in the newsroom's zone. */
export interface CalendarHour {
  /** The wall-clock hour, 0-23. */
  hour: number;
  /** UTC ISO bounds; two entries share an hour when the clocks go back. */
  start: string;
  end: string;
  /** "+02:00": tells the two 02:00 rows of an October night apart. */
  offset: string;
}

/** One calendar day in the newsroom's zone: 23, 24 or 25 hours long. */
export interface CalendarDay {
  /** "2026-03-29" */
  date: string;
  /** UTC ISO bounds of the day. */
  start: string;
  end: string;
  hours: number;
  /** False for the leading and trailing days of a month grid. */
  inRange: boolean;
  /** Filled for the week view only. */
  slots: CalendarHour[];
}

export interface CalendarItem {
  /** The scheduled action's id, or "publication:<documentId>:<locale>". */
  id: string;
  kind: 'action' | 'publication' | 'bundle';
  status: CalendarStatus;
  action: 'publish' | 'unpublish';
  /** UTC ISO: the due time of an action, the time of a publication. */
  at: string;
  /** The editor's wall-clock time and zone, for actions. */
  wallClock: string | null;
  zone: string | null;
  targetType: string;
  documentId: string;
  locale: string | null;
  /** Null when the viewer may not read it in the Content Manager. */
  title: string | null;
  series: { documentId: string; title: string | null } | null;
  partNumber: number | null;
  channel: { slug: string; name: string } | null;
  lastError: string | null;
  latenessMs: number | null;
  /** UTC ISO: when a done or failed action ran, by the database's clock. */
  ranAt: string | null;
  /** The instance that ran it (its scheduler.instanceId). */
  ranBy: string | null;
  /** A publish of a document already published: it puts the draft's changes live. */
  update: boolean;
  /** Whether it can be dragged to another time (pending actions only). */
  movable: boolean;
}

export interface CalendarFilters {
  series?: string;
  channel?: string;
  locale?: string;
  status?: CalendarStatus[];
}

export interface CalendarOption {
  value: string;
  label: string;
}

export namespace GetCalendar {
  export interface Query extends CalendarFilters {
    view: CalendarView;
    /** Any day inside the month or week to show, "2026-03-29". */
    date: string;
  }
  export interface Response {
    data: { view: CalendarView; zone: string; title: string; days: CalendarDay[]; items: CalendarItem[] };
    meta: { series: CalendarOption[]; channels: CalendarOption[]; locales: string[]; now: string };
  }
}

export namespace MoveCalendarItem {
  /** Drop target: a day of the grid, and in the week view an hour row (its UTC start). */
  export interface Request {
    date: string;
    /** Week view: the start (UTC ISO) of the hour row dropped on. */
    slot?: string;
  }
}

export namespace GetCalendarSummary {
  /** The homepage widget: the next pending items and the late or failed ones of the last seven days. */
  export interface Response {
    data: { next: CalendarItem[]; problems: CalendarItem[]; zone: string; now: string };
  }
}

export interface CalendarFeed {
  id: string;
  /** Absolute URL with its signed token. */
  url: string;
  createdAt: string;
}

export namespace ListCalendarFeeds {
  export interface Response {
    data: CalendarFeed[];
  }
}
