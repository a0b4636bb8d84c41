export const SERIES = 'plugin::newsroom.series';
export const ARTICLE = 'plugin::newsroom.article';
export const AUTHOR = 'plugin::newsroom.author';
export const CHANNEL = 'plugin::newsroom.channel';
export const TIMELINE = 'plugin::newsroom.timeline';

export const NEWSROOM_TYPES = [SERIES, ARTICLE, AUTHOR, CHANNEL, TIMELINE] as const;
export type NewsroomUid = (typeof NEWSROOM_TYPES)[number];

/** Types whose slug is unique per locale (the others have one slug for all). */
export const LOCALIZED_TYPES: readonly string[] = [SERIES, ARTICLE];

export function isNewsroomUid(uid: string): uid is NewsroomUid {
  return (NEWSROOM_TYPES as readonly string[]).includes(uid);
}

/** Internal types, hidden from the admin. */
export const SLUG_REDIRECT = 'plugin::newsroom.slug-redirect';
export const SEQUENCE = 'plugin::newsroom.sequence';
export const PERMALINK = 'plugin::newsroom.permalink';
export const OUTBOX_MESSAGE = 'plugin::newsroom.outbox-message';
export const SCHEDULED_ACTION = 'plugin::newsroom.scheduled-action';
export const BUNDLE = 'plugin::newsroom.bundle';
