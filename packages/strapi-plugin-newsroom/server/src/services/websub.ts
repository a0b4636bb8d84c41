import { createHash } from 'crypto';
import type { Core } from '@strapi/strapi';
import { websubConfig } from '../config/outbox';
import { changedUrls, websubPublishBody } from '../domain/outbox';
import { FEED_FORMATS } from '../domain/feeds';
import { createViewsRepository } from '../repositories/views-repository';
import type { FeedTarget } from './views/feeds';
import { getService } from '../get-service';

export const WEBSUB_TOPIC = 'websub';

/** The feeds a change of a document may touch, and what each of them was before it. */
export interface FeedSnapshot {
  uid: string;
  documentId: string;
  targets: FeedTarget[];
  documents: Map<string, string>;
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/**
 * WebSub publishing. Around every publish, unpublish and delete, the feeds
 * the document can appear in (the site, its channels and series, in every
 * locale) are built before and after the change, inside its transaction;
 * each feed URL whose document differs gets a hub ping, written to the
 * outbox in that same transaction. So exactly the feeds a change changed are
 * pinged, by the same code that serves them, and only once it committed.
 * Nothing of this runs while no hub is configured.
 */
export const createWebSubService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createViewsRepository(strapi);
  const config = () => websubConfig(strapi.config.get('plugin::newsroom.websub'));

  async function targetsOf(uid: string, documentId: string): Promise<FeedTarget[]> {
    const site: FeedTarget = { kind: 'site' };
    const related = await repo.feedsOf(uid, documentId);
    return [
      ...(related.site ? [site] : []),
      ...related.channels.map((id): FeedTarget => ({ kind: 'channel', documentId: id })),
      ...related.series.map((id): FeedTarget => ({ kind: 'series', documentId: id })),
    ];
  }

  async function documents(targets: FeedTarget[]): Promise<Map<string, string>> {
    const { codes } = await getService(strapi, 'locales').list();
    const feeds = getService(strapi, 'feeds');
    const out = new Map<string, string>();
    for (const target of targets) {
      for (const locale of codes) {
        const built = await feeds.byTarget(target, locale).catch((error) => {
          // A series without a version in this locale has no feed there.
          if ((error as { kind?: string })?.kind === 'not-found') return null;
          throw error;
        });
        if (!built) continue;
        for (const format of FEED_FORMATS) out.set(built.urls[format], sha1(built.documents[format]));
      }
    }
    return out;
  }

  const key = (target: FeedTarget) =>
    target.kind === 'site' ? 'site' : `${target.kind}:${target.documentId}`;

  return {
    /** Inside the change's transaction, before it: the feeds as readers see them now. */
    async before(uid: string, documentId: string | undefined): Promise<FeedSnapshot | null> {
      if (!config().hub || !documentId) return null;
      const targets = await targetsOf(uid, documentId);
      if (targets.length === 0) return null;
      return { uid, documentId, targets, documents: await documents(targets) };
    },

    /** Inside the change's transaction, after it: a ping for each feed URL that changed. */
    async after(snapshot: FeedSnapshot | null): Promise<string[]> {
      const hub = config().hub;
      if (!snapshot || !hub) return [];
      // A document may have joined a channel or series with this change.
      const later = await targetsOf(snapshot.uid, snapshot.documentId);
      const targets = new Map([...snapshot.targets, ...later].map((t) => [key(t), t]));
      const after = await documents([...targets.values()]);
      // A feed the document just joined has no "before": it appeared in it, so it changed.
      const urls = changedUrls(snapshot.documents, after);
      await getService(strapi, 'outbox').enqueue(
        urls.map((topic) => ({ topic: WEBSUB_TOPIC, payload: { hub, topic }, dedupeKey: `${hub} ${topic}` })),
      );
      return urls;
    },

    /** The outbox's delivery of one ping: a form-encoded POST to the hub. */
    async deliver(payload: { hub: string; topic: string }) {
      try {
        const res = await fetch(payload.hub, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: websubPublishBody(payload.topic),
          signal: AbortSignal.timeout(config().timeoutMs),
          redirect: 'manual',
        });
        await res.arrayBuffer().catch(() => undefined);
        return { status: res.status };
      } catch (error) {
        return { error: String((error as Error)?.message ?? error) };
      }
    },
  };
};

export type WebSubService = ReturnType<typeof createWebSubService>;
