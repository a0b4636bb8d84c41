import type { Core } from '@strapi/strapi';
import { asDate } from './schedule-targets-repository';

const SHARE_LINK = 'plugin::newsroom.share-link';
const CALENDAR_FEED = 'plugin::newsroom.calendar-feed';

export interface ShareLinkRow {
  id: number;
  documentId: string;
  targetType: string;
  targetDocumentId: string;
  targetLocale: string | null;
  snapshot: unknown;
  snapshotAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  createdByEmail: string | null;
}

export interface CalendarFeedRow {
  id: number;
  documentId: string;
  userId: number;
  createdAt: Date;
  revokedAt: Date | null;
}

const shareLink = (row: any): ShareLinkRow => ({
  ...row,
  targetLocale: row.targetLocale ?? null,
  snapshotAt: asDate(row.snapshotAt) as Date,
  expiresAt: asDate(row.expiresAt) as Date,
  revokedAt: asDate(row.revokedAt),
  snapshot: typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot,
});

const feed = (row: any): CalendarFeedRow => ({
  ...row,
  createdAt: asDate(row.createdAt) as Date,
  revokedAt: asDate(row.revokedAt),
});

/** Share links and calendar feeds: the stored half of signed links, so each can be listed and revoked. */
export const createLinksRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);
  return {
    async createShareLink(data: Omit<ShareLinkRow, 'id' | 'documentId' | 'revokedAt'>) {
      return shareLink(await query(SHARE_LINK).create({ data: { ...data, revokedAt: null } }));
    },
    async shareLink(documentId: string): Promise<ShareLinkRow | null> {
      const row = await query(SHARE_LINK).findOne({ where: { documentId } });
      return row ? shareLink(row) : null;
    },
    /** A document's links, newest first, revoked ones included (the edit view shows them struck out). */
    async shareLinks(targetType: string, targetDocumentId: string, targetLocale: string | null) {
      const rows = await query(SHARE_LINK).findMany({
        where: { targetType, targetDocumentId, targetLocale },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        limit: 100,
      });
      return rows.map(shareLink);
    },
    async revokeShareLink(id: number, at: Date) {
      await query(SHARE_LINK).update({ where: { id, revokedAt: null }, data: { revokedAt: at } });
    },

    async createFeed(userId: number) {
      return feed(await query(CALENDAR_FEED).create({ data: { userId, revokedAt: null } }));
    },
    async feed(documentId: string): Promise<CalendarFeedRow | null> {
      const row = await query(CALENDAR_FEED).findOne({ where: { documentId } });
      return row ? feed(row) : null;
    },
    async feeds(userId: number) {
      const rows = await query(CALENDAR_FEED).findMany({
        where: { userId, revokedAt: null },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      return rows.map(feed);
    },
    async revokeFeed(id: number, at: Date) {
      await query(CALENDAR_FEED).update({ where: { id }, data: { revokedAt: at } });
    },
  };
};

export type LinksRepository = ReturnType<typeof createLinksRepository>;
