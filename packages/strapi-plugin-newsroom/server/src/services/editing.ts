import type { Core } from '@strapi/strapi';
import type { ArticleDraft, ArticleDraftFields, MilestoneDraft } from '../../../shared/contracts/editing';
import { pickPresent } from '../domain/access';
import { RuleError } from '../domain/errors';
import { resolveWallClock } from '../domain/schedule';
import { changedAttributes } from '../domain/unpublished';
import { assertCurrentVersion, nextVersion, versionOf } from '../domain/versions';
import { createEditingRepository } from '../repositories/editing-repository';
import { ARTICLE, TIMELINE } from '../uids';
import type { Ability } from './access';
import { getService } from '../get-service';

const ARTICLE_FIELDS = [
  'title',
  'slug',
  'teaser',
  'partnerLine',
  'publishedOn',
  'partNumber',
  'pages',
  'corrections',
] as const;

const stripIds = (items: any[] | null | undefined) => (items ?? []).map(({ id: _id, ...rest }) => rest);

/** What readers of a timeline see: a milestone must not publish anything else. */
const TIMELINE_CONTENT = ['project', 'version', 'previousVersion', 'slug', 'releaseStatus', 'milestones'];

/**
 * The plugin's own save endpoints for editors: a save names the version it
 * started from, and a save from a version someone else replaced is refused
 * (409) instead of overwriting their work. The check, the save and the new
 * version are one transaction that holds the draft row's write lock.
 */
export const createEditingService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createEditingRepository(strapi);
  const docs = (uid: string) => strapi.documents(uid as any) as any;
  const zone = () => strapi.config.get('plugin::newsroom.timezone') as string;
  const access = () => getService(strapi, 'access');

  const missing = (what: string, documentId: string, locale: string | null) =>
    new RuleError(
      `There is no ${what} "${documentId}"${locale ? ` in locale "${locale}"` : ''}.`,
      ['documentId'],
      'not-found',
    );

  /** Saves inside one transaction after checking the version; returns the new version. */
  async function saveDraft(
    uid: string,
    what: string,
    target: { documentId: string; locale: string | null },
    version: string,
    write: (current: any) => Promise<void>,
  ): Promise<string> {
    return strapi.db.transaction(async ({ trx }) => {
      const row = await repo.lockDraft(trx, uid, target.documentId, target.locale);
      if (!row) throw missing(what.toLowerCase(), target.documentId, target.locale);
      assertCurrentVersion(row.updatedAt, version, `This ${what.toLowerCase()}`);
      await write(row);
      const saved = nextVersion(row.updatedAt, new Date());
      await repo.setUpdatedAt(trx, uid, row.id, saved);
      return versionOf(saved);
    });
  }

  /** The draft as the role may read it: fields it may not read in the Content Manager are left out. */
  async function present(ability: Ability, draft: any): Promise<ArticleDraft> {
    const { documentId, locale } = draft;
    const published = await docs(ARTICLE).findOne({
      documentId,
      locale,
      status: 'published',
      fields: ['id'],
    });
    const readable = (await access().readable(ability, ARTICLE, draft)) as Record<string, any>;
    const data: Partial<ArticleDraftFields> = {};
    for (const field of pickPresent(ARTICLE_FIELDS, readable)) {
      (data as any)[field] =
        field === 'pages' || field === 'corrections' ? stripIds(readable[field]) : (readable[field] ?? null);
    }
    return { documentId, locale, version: versionOf(draft.updatedAt), published: Boolean(published), data };
  }

  const CONTENT = { pages: true, corrections: true };

  async function article(ability: Ability, documentId: string, locale: string): Promise<ArticleDraft> {
    const ref = { uid: ARTICLE, documentId, locale };
    const draft = await access().assert(ability, 'read', ref, { populate: CONTENT });
    if (!draft) throw missing('article', documentId, locale);
    return present(ability, draft);
  }

  return {
    article,

    /** The version of a draft (the timeline page sends it back with a new milestone). */
    async version(uid: string, documentId: string, locale: string | null): Promise<string | null> {
      return (await repo.draft(uid, documentId, locale))?.updatedAt ?? null;
    },

    /** Saves fields the role may update in the Content Manager; any other field is a 403 naming it, nothing saved. */
    async saveArticle(
      ability: Ability,
      documentId: string,
      locale: string,
      version: string,
      data: Partial<ArticleDraftFields>,
    ): Promise<ArticleDraft> {
      const current = await access().assert(ability, 'update', { uid: ARTICLE, documentId, locale });
      if (!current) throw missing('article', documentId, locale);
      await access().assertWritable(ability, ARTICLE, current, data);
      await saveDraft(ARTICLE, 'Article', { documentId, locale }, version, async () => {
        await docs(ARTICLE).update({ documentId, locale, data });
      });
      return present(
        ability,
        await docs(ARTICLE).findOne({ documentId, locale, status: 'draft', populate: CONTENT }),
      );
    },

    /**
     * Adds a milestone to a timeline's draft, at the editor's wall-clock time
     * in a zone (the newsroom's by default), and republishes a published
     * timeline so readers see it. That republish must carry this milestone
     * only: a draft with other unpublished edits is a 409. The timeline's own
     * rules (order, rc numbers, one release) still apply.
     */
    async addMilestone(ability: Ability, documentId: string, version: string, milestone: MilestoneDraft) {
      const { local, zone: zoneName, prefer, ...fields } = milestone;
      const at = resolveWallClock({ local, zone: zoneName ?? zone(), prefer }).dueAt;
      const ref = { uid: TIMELINE, documentId, locale: null };
      const current = await access().assert(ability, 'update', ref, { populate: { milestones: true } });
      if (!current) throw missing('timeline', documentId, null);
      const milestones = [...stripIds(current.milestones), { ...fields, at }];
      await access().assertWritable(ability, TIMELINE, current, { milestones });
      const published = await docs(TIMELINE).findOne({
        documentId,
        status: 'published',
        populate: { milestones: true },
      });
      if (published) {
        await access().assert(ability, 'publish', ref, {
          consequence: 'so it may not add a milestone to a published timeline (that republishes it)',
        });
      }
      const saved = await saveDraft(TIMELINE, 'Timeline', { documentId, locale: null }, version, async () => {
        // Read again under the draft's lock: what we compare is what we publish.
        const draft = await docs(TIMELINE).findOne({ documentId, status: 'draft', populate: ['milestones'] });
        if (published) {
          const changed = changedAttributes(draft, published, TIMELINE_CONTENT);
          if (changed.length) {
            throw new RuleError(
              `This timeline has unpublished changes (${changed.join(', ')}); adding a milestone republishes it and would publish them too. Publish or discard them in the Content Manager first.`,
              changed,
              'stale',
            );
          }
        }
        await docs(TIMELINE).update({
          documentId,
          data: { milestones: [...stripIds(draft.milestones), { ...fields, at }] },
        });
        if (published) await docs(TIMELINE).publish({ documentId });
      });
      const draft = await docs(TIMELINE).findOne({ documentId, status: 'draft', populate: ['milestones'] });
      return { documentId, version: saved, at, milestones: stripIds(draft.milestones) };
    },
  };
};

export type EditingService = ReturnType<typeof createEditingService>;
