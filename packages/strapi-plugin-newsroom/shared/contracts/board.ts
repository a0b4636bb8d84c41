/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * Request and response types of the admin board endpoints (/newsroom/board/*),
 * shared by the server controllers and the admin client. Plain types only.
 */

/** What one locale of a part looks like to an editor. */
export type LocaleState = 'missing' | 'draft' | 'announced' | 'scheduled' | 'published';

export interface PendingAction {
  id: string;
  action: 'publish' | 'unpublish';
  locale: string | null;
  /** UTC ISO. */
  dueAt: string;
  /** The editor's wall-clock time, "2027-01-14T16:49", in `zone`. */
  wallClock: string | null;
  zone: string | null;
}

export interface LocaleChip {
  locale: string;
  state: LocaleState;
  /** Set when the state is "scheduled": the next pending publish (UTC ISO). */
  dueAt: string | null;
  publishedAt: string | null;
  /** A published locale with a pending unpublish. */
  unpublishAt: string | null;
}

export interface PlannedPartView {
  number: number;
  workingTitle: string | null;
  topic: string | null;
  expectedAt: string | null;
}

export interface BoardPart {
  documentId: string;
  number: number;
  /** Null when the viewer's role may not read the title in the Content Manager. */
  title: string | null;
  locales: LocaleChip[];
}

export interface BoardSeries {
  documentId: string;
  /** Null when the viewer's role may not read the series' title in the Content Manager. */
  title: string | null;
  slug: string | null;
  state: string;
  plannedParts: number | null;
  parts: BoardPart[];
  /** Announced parts no article fills yet. */
  planned: PlannedPartView[];
}

export interface BoardSettings {
  /** The newsroom's IANA zone (plugin config `timezone`). */
  zone: string;
  locales: string[];
  defaultLocale: string;
}

export namespace GetSettings {
  export interface Response {
    data: BoardSettings;
  }
}

export namespace GetBoard {
  export interface Response {
    data: BoardSeries[];
    meta: BoardSettings;
  }
}

export interface PartLink {
  documentId: string;
  number: number;
  title: string | null;
}

/** Everything the article edit-view panel shows, for one article in one locale. */
export interface ArticleContext {
  documentId: string;
  locale: string;
  title: string | null;
  series: { documentId: string; title: string | null; slug: string | null } | null;
  /** "Part 3 of 4"; total is null while unknown. */
  position: { number: number; total: number | null } | null;
  previous: PartLink | null;
  next: PartLink | null;
  planned: PlannedPartView[];
  permalink: { id: number; url: string | null; printUrl: string | null } | null;
  pending: PendingAction[];
  locales: LocaleChip[];
}

export namespace GetArticleContext {
  export interface Request {
    params: { documentId: string };
    query: { locale?: string };
  }
  export interface Response {
    data: ArticleContext;
    meta: BoardSettings;
  }
}

export namespace GetNextPart {
  export interface Response {
    /** What an article added to the series now would be numbered (the save fills an empty number so). */
    data: { series: { documentId: string; title: string }; number: number; planned: PlannedPartView | null };
  }
}
