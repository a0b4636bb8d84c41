import { ACTIONS, guardedRoute } from '../permissions';

const route = guardedRoute;

/**
 * The editorial calendar and its iCal feeds, under /newsroom. Moving an item
 * reschedules it (schedule.create); a feed is the caller's own, for as long
 * as they may read the schedule.
 */
export default [
  route('GET', '/calendar', 'calendar.grid', ACTIONS.scheduleRead),
  route('GET', '/calendar/summary', 'calendar.summary', ACTIONS.scheduleRead),
  route('POST', '/calendar/actions/:id/move', 'calendar.move', ACTIONS.scheduleCreate),
  route('GET', '/calendar/feeds', 'calendar.feeds', ACTIONS.scheduleRead),
  route('POST', '/calendar/feeds', 'calendar.createFeed', ACTIONS.scheduleRead),
  route('DELETE', '/calendar/feeds/:id', 'calendar.revokeFeed', ACTIONS.scheduleRead),
];
