import { AsyncLocalStorage } from 'async_hooks';
import type { Core } from '@strapi/strapi';
import { createPublishingRepository } from '../repositories/publishing-repository';
import { createSequenceRepository } from '../repositories/sequence-repository';
import type { DocumentFacts } from '../domain/cache-keys';
import { checkAllocatedPermalinkId } from '../domain/permalinks';
import { ARTICLE, SERIES } from '../uids';

type PublishParams = { documentId?: string; locale?: string | string[] };
type Snapshot = Map<string, string | null>;

const WITH_PERMALINK = [ARTICLE, SERIES];

/** Publishing ahead of an instant (the scheduler): publishes made inside `at()` are dated at that instant. */
const dated = new AsyncLocalStorage<Date>();

/**
 * What publishing adds to Strapi's own publish: a permalink id on first
 * publication, the first publication time, and a redirect from the slug a
 * published document had before, so old links keep working.
 */
export const createPublishingService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createPublishingRepository(strapi);
  const sequences = createSequenceRepository(strapi);
  const config = () => strapi.config.get('plugin::newsroom') as { permalinkStart: number };

  const locales = (params: PublishParams, rows: { locale: string }[]) => {
    if (typeof params.locale === 'string' && params.locale !== '*') return [params.locale];
    if (Array.isArray(params.locale)) return params.locale;
    return rows.map((row) => row.locale);
  };

  return {
    /** The document's permalink id, allocated on first call; one per document, shared by its locales. */
    async permalinkFor(uid: string, documentId: string): Promise<number> {
      const known = await repo.allocatedId(documentId);
      if (known) return known;
      const id = checkAllocatedPermalinkId(await sequences.next('permalink', config().permalinkStart));
      return repo.allocate(uid, documentId, id);
    },

    /** Publishes inside `work` are first published (publishedOn) at `instant`, not when they run. */
    at<T>(instant: Date, work: () => Promise<T>): Promise<T> {
      return dated.run(instant, work);
    },

    /**
     * Allocates the document's permalink now, in its own transaction: the
     * scheduler does it before a long transaction that publishes ahead, so
     * that transaction does not hold the permalink counter (and every other
     * first publish) until its instant.
     */
    async reservePermalink(uid: string, documentId: string): Promise<void> {
      if (WITH_PERMALINK.includes(uid)) await this.permalinkFor(uid, documentId);
    },

    /** Before Strapi publishes: returns the published slugs to compare with afterwards. */
    async beforePublish(uid: string, params: PublishParams): Promise<Snapshot | null> {
      if (!WITH_PERMALINK.includes(uid) || !params.documentId) return null;
      const { documentId } = params;
      const drafts = await repo.rows(uid, documentId, 'draft', ['permalinkId']);
      if (drafts.length === 0) return null;
      const permalinkId = await this.permalinkFor(uid, documentId);
      const now = dated.getStore() ?? new Date();
      for (const locale of locales(params, drafts)) {
        await repo.setPermalinkId(uid, documentId, locale, permalinkId);
        if (uid === ARTICLE) await repo.setPublishedOn(uid, documentId, locale, now);
      }
      const published = await repo.rows(uid, documentId, 'published', ['slug']);
      return new Map(published.map((row: any) => [row.locale, row.slug]));
    },

    /** What answers render around this document now (null when it is gone): see domain/cache-keys.ts. */
    async factsOf(uid: string, documentId: string): Promise<DocumentFacts | null> {
      const type = uid.split('.')[1] as DocumentFacts['type'];
      const rows = await repo.factRows(uid, documentId);
      if (rows.length === 0) return null;
      const ids = (name: string) =>
        [...new Set(rows.map((row) => row[name]?.documentId).filter(Boolean))] as string[];
      return {
        type,
        documentId,
        related: [...ids('series'), ...ids('timeline')],
        channelIds: ids('channel'),
        slugs: rows.filter((row) => row.slug).map((row) => ({ locale: row.locale ?? null, slug: row.slug })),
        permalinkId: rows.find((row) => row.permalinkId)?.permalinkId ?? null,
      };
    },

    async afterPublish(uid: string, params: PublishParams, before: Snapshot | null) {
      if (!before || !params.documentId) return;
      const published = await repo.rows(uid, params.documentId, 'published', ['slug']);
      for (const row of published as any[]) {
        const old = before.get(row.locale);
        if (old && row.slug && old !== row.slug) {
          await repo.addRedirect(uid, row.locale, old, params.documentId);
        }
      }
    },
  };
};

export type PublishingService = ReturnType<typeof createPublishingService>;
