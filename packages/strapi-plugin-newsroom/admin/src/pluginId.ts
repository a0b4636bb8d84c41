export const PLUGIN_ID = 'newsroom';

/** The plugin's admin permissions, as useRBAC and addMenuLink want them. */
export const PERMISSIONS = {
  page: [{ action: 'plugin::newsroom.timeline.read', subject: null }],
  renumber: [{ action: 'plugin::newsroom.series.renumber', subject: null }],
  scheduleRead: [{ action: 'plugin::newsroom.schedule.read', subject: null }],
  scheduleCreate: [{ action: 'plugin::newsroom.schedule.create', subject: null }],
  scheduleDelete: [{ action: 'plugin::newsroom.schedule.delete', subject: null }],
};

export const ARTICLE_UID = 'plugin::newsroom.article';
export const TIMELINE_UID = 'plugin::newsroom.timeline';
export const SERIES_UID = 'plugin::newsroom.series';

/** The Content Manager's edit view of a document in one locale. */
export const editUrl = (uid: string, documentId: string, locale: string) =>
  `/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${locale}`;
