/**
 * The plugin's admin permissions. Editors' roles get them in Settings →
 * Roles; every admin route checks one with `admin::hasPermissions`.
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

/** Route config for an admin route guarded by one of the plugin's permissions. */
export function guarded(action: string) {
  return {
    policies: [
      'admin::isAuthenticatedAdmin',
      { name: 'admin::hasPermissions', config: { actions: [action] } },
    ],
  };
}
