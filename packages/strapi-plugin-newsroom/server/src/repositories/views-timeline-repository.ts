import type { Core } from '@strapi/strapi';
import { ARTICLE, TIMELINE } from '../uids';

const PUBLISHED = { $notNull: true };
const TIMELINE_FIELDS = ['documentId', 'slug', 'project', 'version', 'previousVersion', 'releaseStatus'];
/** More timelines than a newsroom records in decades; keeps one answer bounded. */
export const TIMELINES_MAX = 500;

/** Reads of the timelines API: published rows only, a fixed number of queries each. */
export const createViewsTimelineRepository = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as any);

  return {
    async timelines() {
      return query(TIMELINE).findMany({
        where: { publishedAt: PUBLISHED },
        select: TIMELINE_FIELDS,
        populate: { milestones: true },
        orderBy: [{ project: 'asc' }, { id: 'asc' }],
        limit: TIMELINES_MAX,
      });
    },

    async timeline(slug: string) {
      return query(TIMELINE).findOne({
        where: { slug, publishedAt: PUBLISHED },
        select: TIMELINE_FIELDS,
        populate: { milestones: true },
      });
    },

    /** The other timelines of a project: the projection's history. */
    async projectTimelines(project: string) {
      return query(TIMELINE).findMany({
        where: { project: { $eqi: project.trim() }, publishedAt: PUBLISHED },
        select: TIMELINE_FIELDS,
        populate: { milestones: true },
        limit: TIMELINES_MAX,
      });
    },

    /** Published articles linked to a timeline, oldest first. */
    async linkedArticles(timelineDocumentId: string, locale: string) {
      return query(ARTICLE).findMany({
        where: { locale, publishedAt: PUBLISHED, timeline: { documentId: timelineDocumentId } },
        select: [
          'documentId',
          'locale',
          'title',
          'slug',
          'teaser',
          'permalinkId',
          'publishedAt',
          'publishedOn',
        ],
        orderBy: [{ publishedOn: 'asc' }, { id: 'asc' }],
        limit: TIMELINES_MAX,
      });
    },
  };
};

export type ViewsTimelineRepository = ReturnType<typeof createViewsTimelineRepository>;
