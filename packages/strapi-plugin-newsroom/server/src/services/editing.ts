import type { Core } from '@strapi/strapi';
import type { ArticleDraft, ArticleDraftFields, MilestoneDraft } from '../../../shared/contracts/editing';
import { RuleError } from '../domain/errors';
import { resolveWallClock } from '../domain/schedule';
import { assertCurrentVersion, nextVersion, versionOf } from '../domain/versions';
import { createEditingRepository } from '../repositories/editing-repository';
import { ARTICLE, TIMELINE } from '../uids';

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

  async function article(documentId: string, locale: string): Promise<ArticleDraft> {
    const draft = await docs(ARTICLE).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: ['pages', 'corrections'],
    });
    if (!draft) throw missing('article', documentId, locale);
    const published = await docs(ARTICLE).findOne({
      documentId,
      locale,
      status: 'published',
      fields: ['id'],
    });
    const data = Object.fromEntries(ARTICLE_FIELDS.map((f) => [f, draft[f] ?? null])) as ArticleDraftFields;
    data.pages = stripIds(draft.pages);
    data.corrections = stripIds(draft.corrections);
    return { documentId, locale, version: versionOf(draft.updatedAt), published: Boolean(published), data };
  }

  return {
    article,

    /** The version of a draft (the timeline page sends it back with a new milestone). */
    async version(uid: string, documentId: string, locale: string | null): Promise<string | null> {
      return (await repo.draft(uid, documentId, locale))?.updatedAt ?? null;
    },

    async saveArticle(
      documentId: string,
      locale: string,
      version: string,
      data: Partial<ArticleDraftFields>,
    ): Promise<ArticleDraft> {
      await saveDraft(ARTICLE, 'Article', { documentId, locale }, version, async () => {
        await docs(ARTICLE).update({ documentId, locale, data });
      });
      return article(documentId, locale);
    },

    /**
     * Adds a milestone to a timeline's draft, at the editor's wall-clock time
     * in a zone (the newsroom's by default), and republishes a published
     * timeline so readers see it. The timeline's own rules (order, rc
     * numbers, one release) still apply.
     */
    async addMilestone(documentId: string, version: string, milestone: MilestoneDraft) {
      const { local, zone: zoneName, prefer, ...fields } = milestone;
      const at = resolveWallClock({ local, zone: zoneName ?? zone(), prefer }).dueAt;
      const saved = await saveDraft(TIMELINE, 'Timeline', { documentId, locale: null }, version, async () => {
        const current = await docs(TIMELINE).findOne({
          documentId,
          status: 'draft',
          populate: ['milestones'],
        });
        const published = await docs(TIMELINE).findOne({ documentId, status: 'published', fields: ['id'] });
        const milestones = [...stripIds(current.milestones), { ...fields, at }];
        await docs(TIMELINE).update({ documentId, data: { milestones } });
        if (published) await docs(TIMELINE).publish({ documentId });
      });
      const draft = await docs(TIMELINE).findOne({ documentId, status: 'draft', populate: ['milestones'] });
      return { documentId, version: saved, at, milestones: stripIds(draft.milestones) };
    },
  };
};

export type EditingService = ReturnType<typeof createEditingService>;
