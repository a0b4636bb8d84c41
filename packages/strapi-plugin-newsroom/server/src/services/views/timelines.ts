import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import type { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import { projectRelease, timelineState } from '../../domain/timeline';
import {
  milestoneView,
  stateView,
  toTimeline,
  type TimelineRow,
} from '../../domain/timeline/article-context';
import { createViewsTimelineRepository } from '../../repositories/views-timeline-repository';
import { getService } from '../../get-service';
import type { GetTimeline, ListTimelines } from '../../../../shared/contracts/timelines';

/** A timeline as read for one content generation: rows and parsed milestones, shared by every `at`. */
interface Loaded {
  generation: number;
  row: TimelineRow;
  timeline: ReturnType<typeof toTimeline>;
  history: ReturnType<typeof toTimeline>[];
  articles: any[];
}

const iso = (value: unknown): string | null => (value ? new Date(value as string).toISOString() : null);

function summary(row: TimelineRow, at: DateTime, timeline = toTimeline(row)) {
  const state = timelineState(timeline.milestones, at);
  const release = timeline.milestones.find((m) => m.kind === 'release') ?? null;
  return {
    documentId: row.documentId,
    slug: row.slug ?? null,
    project: timeline.project,
    version: timeline.version,
    previousVersion: timeline.previousVersion ?? null,
    releaseStatus: row.releaseStatus ?? null,
    startedAt: timeline.milestones[0]?.at ?? null,
    releasedAt: release?.at ?? null,
    milestoneCount: timeline.milestones.length,
    state: { phase: state.phase, label: state.label, rc: state.rc },
  };
}

/**
 * Release timelines for readers: milestones with their calendar day in the
 * newsroom's zone, the state and release projection at an instant (history:
 * the other timelines of the same project), and the articles linked to it.
 */
export const createTimelinesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createViewsTimelineRepository(strapi);
  const zone = () => strapi.config.get('plugin::newsroom.timezone') as string;
  const urls = () => getService(strapi, 'urls');
  const changes = () => getService(strapi, 'changes');
  // Only what the `at` does not change is kept (per published timeline and locale, a bounded number),
  // so a request for another instant costs the arithmetic, not the reads and parsing again.
  const loaded = new LRUCache<string, Loaded>({ max: 64 });

  async function load(slug: string, locale: string): Promise<Loaded> {
    const generation = await changes().generation();
    const key = `${slug}\n${locale}`;
    const known = loaded.get(key);
    if (known && known.generation === generation) return known;
    const row = (await repo.timeline(slug)) as TimelineRow | null;
    if (!row) throw new RuleError(`No published timeline "${slug}".`, ['slug'], 'not-found');
    const [history, articles] = await Promise.all([
      repo.projectTimelines(row.project),
      repo.linkedArticles(row.documentId, locale),
    ]);
    const fresh = { generation, row, timeline: toTimeline(row), history: history.map(toTimeline), articles };
    loaded.set(key, fresh);
    return fresh;
  }

  return {
    async list(at: DateTime) {
      const rows = await repo.timelines();
      return {
        data: rows.map((row: TimelineRow) => summary(row, at)),
        meta: { at: at.toISO(), zone: zone() },
      };
    },

    async findOne(slug: string, at: DateTime, locale: string) {
      const { row, timeline, history, articles } = await load(slug, locale);
      const view = (m: Parameters<typeof milestoneView>[0]) => milestoneView(m, zone());
      const state = timelineState(timeline.milestones, at);
      const projection = projectRelease(timeline, history, at);
      return {
        data: {
          ...summary(row, at, timeline),
          milestones: timeline.milestones.map(view),
          state: stateView(state, zone()),
          projection,
          articles: articles.map((article: any) => {
            const publishedAt = iso(article.publishedOn ?? article.publishedAt);
            return {
              documentId: article.documentId,
              title: article.title,
              slug: article.slug,
              teaser: article.teaser ?? null,
              permalinkId: article.permalinkId ?? null,
              publishedAt,
              ...urls().forDocument('article', article),
              writtenAt: publishedAt ? timelineState(timeline.milestones, publishedAt).label : null,
            };
          }),
        },
        meta: { at: at.toISO(), locale, zone: zone() },
      };
    },
  };
};

export type TimelinesService = ReturnType<typeof createTimelinesService>;

/** The admin's contract must fit what this service returns: a change that breaks it fails the type check. */
type Fits<T extends U, U> = T;
export type ListTimelinesChecked = Fits<
  Awaited<ReturnType<TimelinesService['list']>>,
  ListTimelines.Response
>;
export type GetTimelineChecked = Fits<Awaited<ReturnType<TimelinesService['findOne']>>, GetTimeline.Response>;
