import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { RuleError } from '../domain/errors';
import {
  renderArticlePreview,
  renderSeriesPreview,
  type PrintArticle,
  type PrintSeries,
} from '../domain/print';
import { parseDate } from '../domain/schedule/wall-clock';
import { plannedParts } from '../domain/series-parts';
import { seriesAsOf, type PendingChange, type SeriesPartState } from '../domain/share/series-as-of';
import type { PlannedPart } from '../domain/parts';
import { createPreviewRepository } from '../repositories/preview-repository';
import { ARTICLE, SERIES } from '../uids';
import { getService } from '../get-service';

/** What a preview renders, read once: a share link stores exactly this, so it shows the draft as it was. */
export type PreviewModel =
  | { type: 'article'; article: PrintArticle }
  | {
      type: 'series';
      series: PrintSeries;
      parts: SeriesPartState[];
      planned: PlannedPart[];
      pending: PendingChange[];
    };

export const PREVIEW_TYPES = [ARTICLE, SERIES] as const;

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** Reads drafts into preview models and renders them (the plugin's own rendering, for apps without a front end). */
export const createPreviewsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createPreviewRepository(strapi);
  const zone = () => strapi.config.get('plugin::newsroom.timezone') as string;
  const links = () => getService(strapi, 'links');
  const urls = () => getService(strapi, 'urls');

  async function articleModel(documentId: string, locale: string | null): Promise<PreviewModel> {
    const draft = await repo.articleDraft(documentId, locale);
    if (!draft)
      throw new RuleError(
        `There is no article draft "${documentId}" in "${locale}".`,
        ['documentId'],
        'not-found',
      );
    const series = draft.series ?? null;
    const highest = series ? await repo.highestPart(series.documentId) : 0;
    const of = series ? Math.max(series.plannedParts ?? 0, highest) || null : null;
    return {
      type: 'article',
      article: {
        title: draft.title,
        kicker: series?.kicker ?? null,
        series: series && draft.partNumber ? { title: series.title, part: draft.partNumber, of } : null,
        authors: (draft.authors ?? []).map((author: any) => author.name),
        publishedAt: iso(draft.publishedOn),
        pages: (draft.pages ?? []).map((page: any) => ({ title: page.title, body: page.body })),
        corrections: (draft.corrections ?? []).map((c: any) => ({
          date: iso(c.date) as string,
          note: c.note,
        })),
        partnerLine: draft.partnerLine ?? null,
        permalinkUrl: draft.permalinkId ? urls().permalink(draft.permalinkId) : null,
        canonicalUrl: null,
        locale: draft.locale,
      },
    };
  }

  async function seriesModel(documentId: string, locale: string | null): Promise<PreviewModel> {
    const draft = await repo.seriesDraft(documentId, locale);
    if (!draft)
      throw new RuleError(
        `There is no series draft "${documentId}" in "${locale}".`,
        ['documentId'],
        'not-found',
      );
    const rows = await repo.seriesPartRows(documentId, draft.locale);
    const byDocument = new Map<string, SeriesPartState>();
    for (const row of rows) {
      if (!row.partNumber) continue;
      const part = byDocument.get(row.documentId) ?? {
        documentId: row.documentId,
        number: row.partNumber,
        draftTitle: row.title,
        publishedTitle: null,
        publishedAt: null,
      };
      if (row.publishedAt) {
        part.publishedTitle = row.title;
        part.publishedAt = (row.publishedOn ?? row.publishedAt).toISOString();
      } else {
        part.draftTitle = row.title;
        part.number = row.partNumber;
      }
      byDocument.set(row.documentId, part);
    }
    const parts = [...byDocument.values()];
    return {
      type: 'series',
      series: {
        title: draft.title,
        kicker: draft.kicker,
        description: draft.description,
        locale: draft.locale,
      },
      parts,
      planned: plannedParts(draft.plannedPartList),
      pending: await repo.pendingChanges(
        parts.map((p) => p.documentId),
        draft.locale,
      ),
    };
  }

  return {
    /** Reads the draft as it is now. */
    model(uid: string, documentId: string, locale: string | null): Promise<PreviewModel> {
      if (uid === ARTICLE) return articleModel(documentId, locale);
      if (uid === SERIES) return seriesModel(documentId, locale);
      throw new RuleError(`Only articles and series have previews, not "${uid}".`, ['targetType']);
    },

    /**
     * The page for a model. `day` ("YYYY-MM-DD") picks the day a series is
     * shown at; by default the next day with a scheduled change (today when
     * nothing is scheduled). `href(day)` links the other days.
     */
    render(
      model: PreviewModel,
      savedAt: string,
      day: string | undefined,
      href: (day: string) => string,
    ): string {
      const options = { timezone: zone() };
      if (model.type === 'article') return renderArticlePreview(model.article, options, { savedAt });
      const now = links().now().setZone(zone());
      const dayOf = (at: string) =>
        DateTime.fromISO(at, { zone: 'utc' }).setZone(zone()).toISODate() as string;
      const changeDays = [...new Set(model.pending.map((change) => dayOf(change.dueAt)))].sort();
      const today = now.toISODate() as string;
      if (day !== undefined) parseDate(day, ['at']);
      const shown = day ?? changeDays.find((d) => d >= today) ?? today;
      const end = DateTime.fromISO(shown, { zone: zone() }).endOf('day').toMillis();
      const entries = seriesAsOf(model.parts, model.planned, model.pending, end);
      const otherDays = [today, ...changeDays]
        .filter((d, i, all) => d !== shown && all.indexOf(d) === i)
        .map((d) => ({ day: d, href: href(d) }));
      return renderSeriesPreview(model.series, entries, options, { savedAt, day: shown, otherDays });
    },
  };
};

export type PreviewsService = ReturnType<typeof createPreviewsService>;
