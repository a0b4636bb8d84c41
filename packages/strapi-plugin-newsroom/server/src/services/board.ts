import type { Core } from '@strapi/strapi';
import type {
  ArticleContext,
  BoardPart,
  BoardSeries,
  BoardSettings,
  LocaleChip,
  PendingAction,
  PlannedPartView,
} from '../../../shared/contracts/board';
import { RuleError } from '../domain/errors';
import { nextPartNumber } from '../domain/parts';
import { plannedParts } from '../domain/series-parts';
import {
  type BoardArticleRow,
  type BoardSeriesRow,
  createBoardRepository,
  type PendingRow,
} from '../repositories/board-repository';
import { ARTICLE, SERIES } from '../uids';
import type { Ability } from './access';
import { getService } from '../get-service';

/**
 * One chip per locale: published wins, then a pending publish, then the
 * draft. A locale with no version at all is "announced" when that locale's
 * series announces the part's number, otherwise "missing".
 */
export function localeChips(
  rows: BoardArticleRow[],
  pending: PendingRow[],
  locales: string[],
  announced: (locale: string, number: number | null) => boolean,
): LocaleChip[] {
  const number = rows.find((row) => row.partNumber !== null)?.partNumber ?? null;
  return locales.map((locale) => {
    const mine = rows.filter((row) => row.locale === locale);
    const published = mine.find((row) => row.publishedAt);
    const due = (action: string) =>
      pending.find((p) => p.action === action && (p.targetLocale ?? locale) === locale)?.dueAt ?? null;
    const chip: LocaleChip = { locale, state: 'draft', dueAt: null, publishedAt: null, unpublishAt: null };
    if (mine.length === 0) return { ...chip, state: announced(locale, number) ? 'announced' : 'missing' };
    if (published) {
      return {
        ...chip,
        state: 'published',
        publishedAt: new Date(published.publishedAt as string).toISOString(),
        unpublishAt: due('unpublish'),
      };
    }
    const publishAt = due('publish');
    return publishAt ? { ...chip, state: 'scheduled', dueAt: publishAt } : chip;
  });
}

const pick = <T extends { locale: string }>(rows: T[], locale: string): T | undefined =>
  rows.find((row) => row.locale === locale) ?? rows[0];

/** A pending action as the panel lists it; a publish of a locale already live is an update of it. */
const toPending = (row: PendingRow, live: Set<string | null>): PendingAction => ({
  id: row.documentId,
  action: row.action,
  update: row.action === 'publish' && live.has(row.targetLocale),
  locale: row.targetLocale,
  dueAt: row.dueAt,
  wallClock: row.wallClock,
  zone: row.zone,
});

const groupBy = <T>(items: T[], key: (item: T) => string | null) => {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    map.set(k, [...(map.get(k) ?? []), item]);
  }
  return map;
};

/**
 * Folds the rows of one series into its board entry: parts in order, chips,
 * unfilled announcements; titles and announcements in `locale` where that
 * version exists (the edited locale in the panel), else the default one.
 */
export function seriesBoard(
  seriesRows: BoardSeriesRow[],
  articleRows: BoardArticleRow[],
  pending: PendingRow[],
  settings: BoardSettings,
  locale = settings.defaultLocale,
): BoardSeries {
  const main = pick(seriesRows, locale) as BoardSeriesRow;
  const plannedByLocale = new Map(seriesRows.map((row) => [row.locale, plannedParts(row.plannedPartList)]));
  const announced = (locale: string, number: number | null) =>
    number !== null && (plannedByLocale.get(locale) ?? []).some((p) => p.number === number);
  const pendingByDocument = groupBy(pending, (p) => p.targetDocumentId);
  const parts: BoardPart[] = [...groupBy(articleRows, (row) => row.documentId).entries()]
    .map(([documentId, rows]) => {
      const drafts = rows.filter((row) => !row.publishedAt);
      const draft = pick(drafts, locale) ?? rows[0];
      return {
        documentId,
        number: rows.find((row) => row.partNumber !== null)?.partNumber ?? 0,
        // Another locale's title when the viewer may not read this one's (a German desk, say).
        title: draft.title ?? drafts.find((row) => row.title !== null)?.title ?? null,
        locales: localeChips(rows, pendingByDocument.get(documentId) ?? [], settings.locales, announced),
      };
    })
    .sort((a, b) => a.number - b.number || (a.title ?? '').localeCompare(b.title ?? ''));
  const filled = new Set(parts.map((part) => part.number));
  const planned: PlannedPartView[] = plannedParts(main.plannedPartList).filter((p) => !filled.has(p.number));
  return {
    documentId: main.documentId,
    title: main.title ?? seriesRows.find((row) => row.title !== null)?.title ?? null,
    slug: main.slug ?? null,
    state: main.state,
    plannedParts: main.plannedParts ?? null,
    parts,
    planned: planned.sort((a, b) => a.number - b.number),
  };
}

/** The admin board and the article panel: every locale, drafts included, with pending scheduled actions. */
export const createBoardService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createBoardRepository(strapi);
  const urls = () => getService(strapi, 'urls');
  const access = () => getService(strapi, 'access');
  const key = (row: { documentId: string; locale: string }) => `${row.documentId}:${row.locale}`;

  /**
   * Blanks what the viewer may not read in the Content Manager: a part's or
   * a series' title, a series' planned parts (working titles and topics).
   * The entry itself (numbers, states, times) stays: the board is the plugin's.
   */
  async function redact(
    viewer: Ability | null,
    seriesRows: BoardSeriesRow[],
    articleRows: BoardArticleRow[],
  ) {
    if (!viewer) return;
    const titles = await access().readableKeys(viewer, ARTICLE, articleRows, 'title');
    for (const row of articleRows) if (!titles.has(key(row))) row.title = null;
    const seriesTitles = await access().readableKeys(viewer, SERIES, seriesRows, 'title');
    // A component's fields are permitted one by one ("plannedPartList.topic"), never as the component's name.
    const workingTitles = await access().readableKeys(
      viewer,
      SERIES,
      seriesRows,
      'plannedPartList.workingTitle',
    );
    const topics = await access().readableKeys(viewer, SERIES, seriesRows, 'plannedPartList.topic');
    for (const row of seriesRows) {
      if (!seriesTitles.has(key(row))) row.title = null;
      row.plannedPartList = (row.plannedPartList ?? []).map((part: any) => ({
        ...part,
        workingTitle: workingTitles.has(key(row)) ? part.workingTitle : null,
        topic: topics.has(key(row)) ? part.topic : null,
      }));
    }
  }

  async function settings(): Promise<BoardSettings> {
    const { codes, fallback } = await getService(strapi, 'locales').list();
    return {
      zone: strapi.config.get('plugin::newsroom.timezone') as string,
      locales: codes,
      defaultLocale: fallback,
    };
  }

  async function boards(
    viewer: Ability | null,
    seriesIds?: string[],
    locale?: string,
  ): Promise<BoardSeries[]> {
    const meta = await settings();
    const seriesRows = await repo.seriesRows(seriesIds);
    const articleRows = await repo.partRows(seriesIds);
    await redact(viewer, seriesRows, articleRows);
    const pending = await repo.pending([...new Set(articleRows.map((row) => row.documentId))]);
    // A part belongs to the series its rows link to (a new locale may not be linked yet).
    const seriesOf = new Map<string, string>();
    for (const row of articleRows)
      if (row.seriesDocumentId) seriesOf.set(row.documentId, row.seriesDocumentId);
    const bySeries = groupBy(seriesRows, (row) => row.documentId);
    return [...bySeries.entries()].map(([id, rows]) =>
      seriesBoard(
        rows,
        articleRows.filter((row) => seriesOf.get(row.documentId) === id),
        pending,
        meta,
        locale,
      ),
    );
  }

  return {
    settings,
    /** Every series; titles the viewer may not read in the Content Manager are null (a null viewer is code). */
    board: (viewer: Ability | null, locale?: string) => boards(viewer, undefined, locale),

    /** The number an article added to the series now would get: after every part and announcement. */
    async nextPart(seriesDocumentId: string, locale: string, viewer: Ability | null) {
      const [series] = await boards(viewer, [seriesDocumentId], locale);
      if (!series)
        throw new RuleError(`There is no series "${seriesDocumentId}".`, ['documentId'], 'not-found');
      const number = nextPartNumber(series.parts.map((p) => p.number));
      return {
        series: { documentId: series.documentId, title: series.title },
        number,
        planned: series.planned.find((p) => p.number === number) ?? null,
      };
    },

    async article(documentId: string, locale: string, viewer: Ability | null): Promise<ArticleContext> {
      const meta = await settings();
      const rows = await repo.articleRows([documentId]);
      await redact(viewer, [], rows);
      if (rows.length === 0)
        throw new RuleError(`There is no article "${documentId}".`, ['documentId'], 'not-found');
      const pending = await repo.pending([documentId]);
      const mine = rows.filter((row) => row.locale === locale);
      const seriesId = rows.find((row) => row.seriesDocumentId)?.seriesDocumentId ?? null;
      const [series] = seriesId ? await boards(viewer, [seriesId], locale) : [];
      const part = series?.parts.find((p) => p.documentId === documentId);
      const index = series && part ? series.parts.indexOf(part) : -1;
      const link = (p: BoardPart | undefined) =>
        p ? { documentId: p.documentId, number: p.number, title: p.title } : null;
      const highest = series
        ? Math.max(0, ...series.parts.map((p) => p.number), ...series.planned.map((p) => p.number))
        : 0;
      const permalinkId = rows.find((row) => row.permalinkId)?.permalinkId ?? null;
      const published = mine.find((row) => row.publishedAt);
      const live = new Set(rows.filter((row) => row.publishedAt).map((row) => row.locale as string | null));
      return {
        documentId,
        locale,
        title: (mine[0] ?? rows[0]).title ?? null,
        series: series ? { documentId: series.documentId, title: series.title, slug: series.slug } : null,
        position: part
          ? { number: part.number, total: Math.max(series.plannedParts ?? 0, highest) || null }
          : null,
        previous: index > 0 ? link(series.parts[index - 1]) : null,
        next: index >= 0 ? link(series.parts[index + 1]) : null,
        planned: series && part ? series.planned.filter((p) => p.number > part.number) : [],
        permalink: permalinkId
          ? {
              id: permalinkId,
              url: urls().permalink(permalinkId),
              printUrl: published?.slug
                ? `/api/newsroom/articles/${encodeURIComponent(published.slug)}/print?locale=${locale}`
                : null,
            }
          : null,
        pending: pending.map((row) => toPending(row, live)),
        locales: part ? part.locales : localeChips(rows, pending, meta.locales, () => false),
      };
    },
  };
};

export type BoardService = ReturnType<typeof createBoardService>;

export default { board: createBoardService };
