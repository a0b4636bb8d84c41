import type { Core } from '@strapi/strapi';
import type { CalendarFeed, CalendarItem } from '../../../shared/contracts/calendar';
import { RuleError } from '../domain/errors';
import { LinkError } from '../domain/share/token';
import { ACTIONS } from '../permissions';
import { createLinksRepository, type CalendarFeedRow } from '../repositories/links-repository';
import { getService } from '../get-service';

/**
 * Private iCal feeds of the schedule, one per admin user who asks: the URL
 * carries a signed token naming the feed; it works until it is revoked, and
 * only while its owner is active and may still read the schedule.
 */
export const createCalendarFeedsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createLinksRepository(strapi);
  const links = () => getService(strapi, 'links');
  const calendar = () => getService(strapi, 'calendar');

  const present = (row: CalendarFeedRow): CalendarFeed => ({
    id: row.documentId,
    url: links().absolute(
      links().apiPath(`/calendar/${links().sign({ kind: 'feed', id: row.documentId })}.ics`),
    ),
    createdAt: row.createdAt.toISOString(),
  });

  async function ownerMayRead(userId: number): Promise<boolean> {
    const user = await strapi.service('admin::user').findOne(userId);
    if (!user || !user.isActive || user.blocked) return false;
    const permissions = await strapi.service('admin::permission').findUserPermissions(user);
    return permissions.some((p: { action: string }) => p.action === ACTIONS.scheduleRead);
  }

  return {
    list: async (userId: number) => (await repo.feeds(userId)).map(present),
    create: async (userId: number) => present(await repo.createFeed(userId)),

    async revoke(userId: number, id: string) {
      const row = await repo.feed(id);
      // Another user's feed is as unknown as a missing one.
      if (!row || row.userId !== userId || row.revokedAt)
        throw new RuleError(`There is no calendar feed "${id}" of yours.`, ['id'], 'not-found');
      await repo.revokeFeed(row.id, links().now().toJSDate());
      return { id, revokedAt: links().now().toISO() };
    },

    /** The feed's text for a token; a forged token is a 401, a revoked or orphaned feed a 404. */
    async serve(token: string): Promise<string> {
      const payload = links().verify(token);
      if (payload.kind !== 'feed') throw new LinkError('This link is not a calendar feed.', 'forged');
      const row = await repo.feed(payload.id);
      if (!row) throw new LinkError('This calendar feed does not exist (any more).', 'unknown');
      if (row.revokedAt) throw new LinkError('This calendar feed was revoked.', 'revoked');
      if (!(await ownerMayRead(row.userId)))
        throw new LinkError("This calendar feed's owner may no longer read the schedule.", 'revoked');
      const admin = String(strapi.config.get('admin.absoluteUrl') ?? '').replace(/\/$/, '');
      const adminUrl = (item: CalendarItem) =>
        admin
          ? `${admin}/content-manager/collection-types/${item.targetType}/${item.documentId}${
              item.locale ? `?plugins[i18n][locale]=${item.locale}` : ''
            }`
          : null;
      // The feed shows what its owner may read in the Content Manager, as the calendar does.
      const access = getService(strapi, 'access');
      return calendar().feed(adminUrl, await access.abilityOf(row.userId));
    },
  };
};

export type CalendarFeedsService = ReturnType<typeof createCalendarFeedsService>;
