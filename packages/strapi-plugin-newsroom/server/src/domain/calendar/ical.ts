import ical, { ICalEventStatus } from 'ical-generator';
import type { CalendarItem } from '../../../../shared/contracts/calendar';

export interface FeedOptions {
  /** The calendar's name in editors' apps. */
  name: string;
  /** The newsroom's zone, shown by apps as the calendar's zone. */
  zone: string;
  /** Host name for event UIDs, so they stay unique across newsrooms. */
  host: string;
  /** Link to an item in the admin, or null. */
  adminUrl: (item: CalendarItem) => string | null;
  /** "Publish", "Update" (a publish of a published document's draft), "Unpublish"…, in the feed's language. */
  words: {
    publish: string;
    update: string;
    unpublish: string;
    published: string;
    late: string;
    failed: string;
  };
}

// What happened, in iCal's words: a failed action did not happen; a pending one may still move.
const EVENT_STATUS = {
  pending: ICalEventStatus.TENTATIVE,
  late: ICalEventStatus.TENTATIVE,
  done: ICalEventStatus.CONFIRMED,
  failed: ICalEventStatus.CANCELLED,
} as const;

/**
 * The schedule as an iCalendar (RFC 5545) feed: one 5-minute event per
 * action or publication, at its UTC instant (apps show it in their own
 * zone), with its status in the title so a phone's agenda tells late and
 * failed apart. ical-generator escapes and folds the text.
 */
export function scheduleFeed(items: CalendarItem[], options: FeedOptions, nowMs: number): string {
  const calendar = ical({
    name: options.name,
    timezone: options.zone,
    prodId: { company: 'strapi-plugin-newsroom', product: 'schedule', language: 'EN' },
    ttl: 15 * 60,
  });
  for (const item of items) {
    const start = new Date(item.at);
    const verb =
      item.kind === 'publication'
        ? options.words.published
        : item.action === 'unpublish'
          ? options.words.unpublish
          : item.update
            ? options.words.update
            : options.words.publish;
    const flag = item.status === 'late' || item.status === 'failed' ? ` (${options.words[item.status]})` : '';
    const where = item.locale ? ` [${item.locale.toUpperCase()}]` : '';
    const url = options.adminUrl(item);
    calendar.createEvent({
      id: `${item.id}@${options.host}`,
      start,
      end: new Date(start.getTime() + 5 * 60_000),
      stamp: new Date(nowMs),
      summary: `${verb}: ${item.title ?? item.documentId}${where}${flag}`,
      description: [
        item.series ? `${item.series.title}${item.partNumber ? `, #${item.partNumber}` : ''}` : null,
        item.wallClock && item.zone ? `${item.wallClock.replace('T', ' ')} ${item.zone}` : null,
        item.lastError,
      ]
        .filter(Boolean)
        .join('\n'),
      url: url ?? undefined,
      status: EVENT_STATUS[item.status],
    });
  }
  return calendar.toString();
}
