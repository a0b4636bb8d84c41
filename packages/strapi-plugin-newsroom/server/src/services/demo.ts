import type { Core } from '@strapi/strapi';
import * as demo from '../demo/content';
import { ARTICLE, AUTHOR, CHANNEL, SERIES, TIMELINE } from '../uids';
import { getService } from '../get-service';

/**
 * Seeds the demo newsroom into an empty database, through the Document
 * Service so every save rule applies. A second start finds content and adds nothing.
 */
export const createDemoService = ({ strapi }: { strapi: Core.Strapi }) => {
  const docs = (uid: string) => strapi.documents(uid as any) as any;

  async function createPublished(uid: string, data: Record<string, unknown>, locale?: string) {
    const created = await docs(uid).create({ data, locale });
    await docs(uid).publish({ documentId: created.documentId, locale });
    return created.documentId as string;
  }

  async function translate(uid: string, documentId: string, locale: string, data: Record<string, unknown>) {
    await docs(uid).update({ documentId, locale, data });
    await docs(uid).publish({ documentId, locale });
  }

  return {
    async isEmpty() {
      for (const uid of [SERIES, ARTICLE, CHANNEL, AUTHOR, TIMELINE]) {
        if ((await strapi.db.query(uid as any).count()) > 0) return false;
      }
      return true;
    },

    /**
     * English text goes into "en" (the default locale when the app has no
     * "en"), German into "de" when the app has it; other locales stay empty.
     */
    async seed(): Promise<boolean> {
      if (!(await this.isEmpty())) return false;
      const { codes, fallback } = await getService(strapi, 'locales').list();
      const english = codes.includes('en') ? 'en' : fallback;
      const german = codes.includes('de') && english !== 'de' ? 'de' : null;

      const channelIds = [];
      for (const channel of demo.channels) channelIds.push(await createPublished(CHANNEL, channel));
      const authorIds = [];
      for (const author of demo.authors) authorIds.push(await createPublished(AUTHOR, author));
      // Every shipped timeline, so the 3.0 projection has earlier cycles to learn from.
      let timelineId = '';
      for (const timeline of demo.timelines) {
        const id = await createPublished(TIMELINE, { ...timeline, milestones: [...timeline.milestones] });
        if (timeline === demo.linkedTimeline) timelineId = id;
      }

      const channel = channelIds[0];
      const seriesShared = { plannedParts: demo.series.plannedParts, state: demo.series.state, channel };
      const seriesId = await createPublished(SERIES, { ...demo.series.en, ...seriesShared }, english);
      if (german) await translate(SERIES, seriesId, german, { ...demo.series.de, ...seriesShared });

      for (const part of demo.parts) {
        const links = { series: seriesId, channel, authors: authorIds, timeline: timelineId };
        const shared = { partNumber: part.number, publishedOn: part.publishedOn };
        const articleId = await createPublished(
          ARTICLE,
          { ...part.en, ...links, ...shared, partnerLine: demo.partnerLine.en },
          english,
        );
        if (part.de && german) {
          await translate(ARTICLE, articleId, german, {
            ...part.de,
            ...links,
            ...shared,
            partnerLine: demo.partnerLine.de,
          });
        }
      }
      strapi.log.info('[newsroom] Seeded the demo newsroom ("Kernel Log: Coming in 3.0").');
      return true;
    },
  };
};

export type DemoService = ReturnType<typeof createDemoService>;
