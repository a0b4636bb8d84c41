/**
 * The plugin's admin permissions. Editors' roles get them in Settings →
 * Roles; every admin route checks one with the `has-permission` policy
 * (what `admin::hasPermissions` checks, refused with a sentence naming the
 * permission instead of "Policy Failed").
 */
export const ACTIONS = {
  seriesRenumber: 'plugin::newsroom.series.renumber',
  scheduleRead: 'plugin::newsroom.schedule.read',
  scheduleCreate: 'plugin::newsroom.schedule.create',
  scheduleDelete: 'plugin::newsroom.schedule.delete',
  timelineRead: 'plugin::newsroom.timeline.read',
} as const;

export const PERMISSION_ACTIONS = [
  {
    section: 'plugins',
    displayName: 'Reorder the parts of a series',
    uid: 'series.renumber',
    pluginName: 'newsroom',
  },
  { section: 'plugins', displayName: 'See scheduled actions', uid: 'schedule.read', pluginName: 'newsroom' },
  {
    section: 'plugins',
    displayName: 'Schedule and reschedule',
    uid: 'schedule.create',
    pluginName: 'newsroom',
  },
  {
    section: 'plugins',
    displayName: 'Cancel scheduled actions',
    uid: 'schedule.delete',
    pluginName: 'newsroom',
  },
  { section: 'plugins', displayName: 'Open the Newsroom page', uid: 'timeline.read', pluginName: 'newsroom' },
];

/** The 403 sentence for an admin whose role lacks one of the plugin's permissions. */
export function missingPermission(action: string): string {
  const name = PERMISSION_ACTIONS.find((p) => `plugin::newsroom.${p.uid}` === action)?.displayName ?? action;
  return `Your role may not do this: it needs the Newsroom permission "${name}" (Settings → Administration Panel → Roles → Plugins → Newsroom).`;
}

/** Route config for an admin route guarded by one of the plugin's permissions. */
export function guarded(action: string) {
  return {
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'plugin::newsroom.has-permission', config: { action } },
    ],
  };
}

/** An admin route that needs one of the plugin's permissions. */
export const guardedRoute = (method: string, path: string, handler: string, action: string) => ({
  method,
  path,
  handler,
  config: guarded(action),
});
