import type { Core } from '@strapi/strapi';
import { RuleError } from '../domain/errors';
import { assertImageUrls } from '../domain/blocks';
import { assertMilestones } from '../domain/milestones';
import { assertPartNumber, nextPartNumber } from '../domain/parts';
import { toOneChange } from '../domain/relations';
import { assertValidSlug, firstFreeSlug, makeSlug } from '../domain/slug';
import { createRulesRepository } from '../repositories/rules-repository';
import { ARTICLE, LOCALIZED_TYPES, SERIES, TIMELINE, isNewsroomUid } from '../uids';
import { getService } from '../get-service';

type Params = { documentId?: string; locale?: string | string[]; data?: Record<string, any> };

function titleFor(uid: string, data: Record<string, any>, existing: any): string | null {
  if (uid === TIMELINE) {
    const project = data.project ?? existing?.project;
    const version = data.version ?? existing?.version;
    return project && version ? `${project} ${version}` : null;
  }
  const title = data.title ?? data.name ?? existing?.title ?? existing?.name;
  return typeof title === 'string' && title.trim() ? title : null;
}

function wholeNumber(value: unknown): unknown {
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * The rules every save of a newsroom document obeys, whoever saves it (the
 * Content Manager, the plugin's own routes, the demo seed). They run before
 * the write, so a rejected save stores nothing.
 */
export const createRulesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createRulesRepository(strapi);

  async function localeOf(uid: string, params: Params): Promise<string | null> {
    if (!LOCALIZED_TYPES.includes(uid)) return null;
    if (typeof params.locale === 'string' && params.locale !== '*') return params.locale;
    return getService(strapi, 'locales').defaultLocale();
  }

  async function applySlug(
    uid: string,
    data: Record<string, any>,
    existing: any,
    locale: string | null,
    documentId?: string,
  ) {
    if (typeof data.slug === 'string' && data.slug.trim() !== '') {
      const slug = data.slug.trim();
      assertValidSlug(slug);
      if (await repo.slugTaken(uid, slug, locale, documentId)) {
        throw new RuleError(
          `slug "${slug}" is already used by another ${strapi.getModel(uid as any).info.displayName.toLowerCase()}${locale ? ` in locale "${locale}"` : ''}.`,
          ['slug'],
        );
      }
      data.slug = slug;
      return;
    }
    const keepsSlug = data.slug === undefined && existing?.slug;
    if (keepsSlug) return;
    const title = titleFor(uid, data, existing);
    if (!title) return;
    const base = makeSlug(title, locale ?? 'en');
    if (!base) return;
    data.slug = await firstFreeSlug(base, (candidate) => repo.slugTaken(uid, candidate, locale, documentId));
  }

  /** Permalink ids are handed out on first publication and never change. */
  async function guardPermalink(uid: string, data: Record<string, any>, documentId?: string) {
    if (data.permalinkId === undefined) return;
    const current = documentId ? await repo.permalinkOf(uid, documentId) : null;
    if (data.permalinkId === null || data.permalinkId === current) {
      delete data.permalinkId;
      return;
    }
    if (!documentId) {
      // A duplicated document arrives with the original's id: the copy gets its own on publication.
      delete data.permalinkId;
      return;
    }
    throw new RuleError(
      `permalinkId is assigned when a document is first published and cannot be changed (it is ${current ?? 'not assigned yet'}).`,
      ['permalinkId'],
    );
  }

  async function applyPartRules(
    data: Record<string, any>,
    existing: any,
    locale: string,
    documentId?: string,
  ) {
    const change = toOneChange(data.series);
    let seriesId: string | null = existing?.series?.documentId ?? null;
    if (change.kind === 'set') seriesId = change.ref ? await repo.documentIdOf(SERIES, change.ref) : null;

    let number = existing?.partNumber ?? null;
    if (data.partNumber !== undefined && data.partNumber !== null && data.partNumber !== '') {
      number = assertPartNumber(wholeNumber(data.partNumber));
      data.partNumber = number;
    } else if (data.partNumber === null || data.partNumber === '') {
      number = null;
      data.partNumber = null;
    }
    // A part number is shared by every locale of the article: it must be free in each
    // locale's series, not only in the locale being saved.
    const others = documentId ? await repo.otherLocaleSeries(documentId, locale) : [];
    const places = [...(seriesId ? [{ locale, seriesId }] : []), ...others];
    if (number === null) {
      if (!seriesId) return;
      const taken = await Promise.all(
        places.map((place) => repo.partNumbers(place.seriesId, place.locale, documentId)),
      );
      data.partNumber = nextPartNumber(taken.flat());
      return;
    }
    for (const place of places) {
      const holders = await repo.partHolders(place.seriesId, number, place.locale, 'draft', documentId);
      if (holders.length > 0) {
        const shared =
          place.locale === locale ? '' : ' (part numbers are shared by every locale of an article)';
        throw new RuleError(
          `partNumber ${number} is already taken in this series by "${holders[0].title}" (locale "${place.locale}")${shared}; choose another number or renumber the series.`,
          ['partNumber'],
        );
      }
    }
  }

  return {
    async beforeWrite(uid: string, action: 'create' | 'update', params: Params) {
      if (!isNewsroomUid(uid) || !params.data) return;
      const data = params.data;
      const locale = await localeOf(uid, params);
      const documentId = action === 'update' ? params.documentId : undefined;
      const existing = documentId
        ? await repo.currentDraft(uid, documentId, locale, uid === ARTICLE ? ['series'] : [])
        : null;
      await guardPermalink(uid, data, documentId);
      await applySlug(uid, data, existing, locale, documentId);
      if (uid === ARTICLE && locale) await applyPartRules(data, existing, locale, documentId);
      if (uid === TIMELINE && Array.isArray(data.milestones)) assertMilestones(data.milestones);
      if (uid === ARTICLE) assertImageUrls(data.pages);
    },

    /** Publishing must not put two published parts of one series on one number. */
    async beforePublish(uid: string, params: Params) {
      if (uid !== ARTICLE || !params.documentId) return;
      const locales = Array.isArray(params.locale) ? params.locale : [await localeOf(uid, params)];
      for (const locale of locales) {
        if (!locale || locale === '*') continue;
        const draft = await repo.currentDraft(uid, params.documentId, locale, ['series']);
        if (!draft?.series || !draft.partNumber) continue;
        const holders = await repo.partHolders(
          draft.series.documentId,
          draft.partNumber,
          locale,
          'published',
          params.documentId,
        );
        if (holders.length > 0) {
          throw new RuleError(
            `Part ${draft.partNumber} of this series is already published as "${holders[0].title}" (locale "${locale}"); renumber before publishing.`,
            ['partNumber'],
          );
        }
      }
    },
  };
};

export type RulesService = ReturnType<typeof createRulesService>;
