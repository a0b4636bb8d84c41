import type { Milestone } from '../milestones';
import { parseInstant } from '../milestones';
import { type CalendarDay, calendarDay } from './calendar';
import { type Phase, type TimelineState, timelineState } from './state';
import type { Timeline } from './timeline';

/** A milestone as the API shows it: its instant in UTC and its calendar day in the newsroom's zone. */
export interface MilestoneView {
  kind: Milestone['kind'];
  label: string;
  at: string;
  announcementUrl: string | null;
  note: string | null;
  day: CalendarDay;
}

/** A timeline row as the database returns it (instants may be Date objects on PostgreSQL). */
export interface TimelineRow {
  documentId: string;
  slug?: string | null;
  project: string;
  version: string;
  previousVersion?: string | null;
  releaseStatus?: 'development' | 'released' | null;
  milestones?: unknown[] | null;
}

export interface ArticleTimeline {
  documentId: string;
  slug: string | null;
  project: string;
  version: string;
  /** Where the release stood when the article was first published ("written at 3.0-rc6"); null without a date. */
  atPublication: {
    at: string;
    phase: Phase;
    rc: number | null;
    label: string | null;
    daysSinceStart: number | null;
    weeksSinceRc1: number | null;
    milestone: MilestoneView | null;
  } | null;
  /** What came after the publication, in date order. */
  after: MilestoneView[];
  /** The release milestone, whether before or after the article; null while unreleased. */
  release: MilestoneView | null;
}

/**
 * Stored milestones in date order, as plain ISO strings. A row whose instant
 * cannot be read is left out: a read must not fail over one bad row (saves
 * are checked by the milestone rules, so this only guards old data).
 */
export function storedMilestones(raw: unknown[] | null | undefined): Milestone[] {
  const out: Milestone[] = [];
  for (const item of Array.isArray(raw) ? raw : []) {
    const m = item as Record<string, unknown>;
    const at = parseInstant(m?.at);
    if (!at || typeof m.label !== 'string' || typeof m.kind !== 'string') continue;
    out.push({
      kind: m.kind as Milestone['kind'],
      label: m.label,
      at: at.toISO() as string,
      announcementUrl: typeof m.announcementUrl === 'string' && m.announcementUrl ? m.announcementUrl : null,
      note: typeof m.note === 'string' && m.note ? m.note : null,
    });
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

export function toTimeline(row: TimelineRow): Timeline {
  return {
    project: row.project,
    version: row.version,
    previousVersion: row.previousVersion ?? null,
    releaseStatus: row.releaseStatus ?? undefined,
    milestones: storedMilestones(row.milestones),
  };
}

// A milestone's calendar day costs a zone conversion; a milestone object seen before keeps its view.
const viewsOnce = new WeakMap<Milestone, Map<string, MilestoneView>>();

/** A milestone as the API shows it (shared between calls with the same milestone: read-only). */
export function milestoneView(milestone: Milestone, zone: string): MilestoneView {
  const views = viewsOnce.get(milestone) ?? new Map<string, MilestoneView>();
  viewsOnce.set(milestone, views);
  const known = views.get(zone);
  if (known) return known;
  const view = buildView(milestone, zone);
  views.set(zone, view);
  return view;
}

function buildView(milestone: Milestone, zone: string): MilestoneView {
  return {
    kind: milestone.kind,
    label: milestone.label,
    at: milestone.at,
    announcementUrl: milestone.announcementUrl ?? null,
    note: milestone.note ?? null,
    day: calendarDay(milestone.at, zone),
  };
}

const withoutLists = ({ latest: _latest, after: _after, ...rest }: ReturnType<typeof stateView>) => rest;

/** A state at an instant as the API shows it, milestones with their calendar day. */
export function stateView(state: TimelineState, zone: string) {
  const view = (m: Milestone) => milestoneView(m, zone);
  return {
    at: state.at,
    phase: state.phase,
    rc: state.rc,
    label: state.label,
    daysSinceStart: state.daysSinceStart,
    weeksSinceRc1: state.weeksSinceRc1,
    latest: state.latest ? view(state.latest) : null,
    after: state.after.map(view),
  };
}

/**
 * What an article page shows about the release it covers: the state at the
 * article's first publication and the milestones that followed. `publishedAt`
 * is the first publication (a correction published later does not move it).
 */
export function articleTimeline(
  row: TimelineRow | null | undefined,
  publishedAt: string | Date | null | undefined,
  zone: string,
): ArticleTimeline | null {
  if (!row) return null;
  const milestones = storedMilestones(row.milestones);
  const view = (m: Milestone) => milestoneView(m, zone);
  const release = milestones.find((m) => m.kind === 'release') ?? null;
  const at = parseInstant(publishedAt ?? null);
  const state = at ? stateView(timelineState(milestones, at), zone) : null;
  return {
    documentId: row.documentId,
    slug: row.slug ?? null,
    project: row.project,
    version: row.version,
    atPublication: state ? { ...withoutLists(state), milestone: state.latest } : null,
    after: state ? state.after : [],
    release: release ? view(release) : null,
  };
}
