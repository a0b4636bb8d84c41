import { ACTIONS, guardedRoute } from '../permissions';

const route = guardedRoute;

/**
 * Embargo bundles' admin routes, under /newsroom (spread into
 * routes/admin.ts): reading and checking need the schedule's read right,
 * creating and changing its create right, cancelling and taking entries
 * out its delete right; every entry also needs the Content Manager's right
 * on its document (services/scheduler/bundles.ts).
 */
export default [
  route('GET', '/schedule/bundles', 'bundles.find', ACTIONS.scheduleRead),
  route('GET', '/schedule/bundles/:id', 'bundles.findOne', ACTIONS.scheduleRead),
  route('POST', '/schedule/bundles', 'bundles.create', ACTIONS.scheduleCreate),
  route('PUT', '/schedule/bundles/:id', 'bundles.update', ACTIONS.scheduleCreate),
  route('POST', '/schedule/bundles/:id/entries', 'bundles.addEntries', ACTIONS.scheduleCreate),
  route('DELETE', '/schedule/bundles/:id/entries/:entryId', 'bundles.removeEntry', ACTIONS.scheduleDelete),
  route('DELETE', '/schedule/bundles/:id', 'bundles.cancel', ACTIONS.scheduleDelete),
  route('POST', '/schedule/bundles/:id/check', 'bundles.check', ACTIONS.scheduleRead),
];
