/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * The plugin's own save endpoints (/newsroom/articles/:documentId/draft,
 * /newsroom/timelines/:documentId/milestones): every save sends back the
 * `version` it started from and is refused with 409 when someone else saved
 * in between. Plain types only.
 */

export interface PageDraft {
  title: string;
  /** Strapi blocks. */
  body?: unknown[] | null;
}

export interface CorrectionDraft {
  /** ISO instant. */
  date: string;
  note: string;
}

export interface ArticleDraftFields {
  title: string;
  slug: string | null;
  teaser: string | null;
  partnerLine: string | null;
  publishedOn: string | null;
  partNumber: number | null;
  pages: PageDraft[];
  corrections: CorrectionDraft[];
}

export interface ArticleDraft {
  documentId: string;
  locale: string;
  /** The draft's last save (UTC ISO, ms): send it back with the next save. */
  version: string;
  published: boolean;
  /** Only the fields the role may read in the Content Manager. */
  data: Partial<ArticleDraftFields>;
}

export namespace GetArticleDraft {
  export interface Response {
    data: ArticleDraft;
  }
}

export namespace SaveArticleDraft {
  export interface Request {
    version: string;
    data: Partial<ArticleDraftFields>;
  }
  export interface Response {
    data: ArticleDraft;
  }
}

export type MilestoneKind = 'merge-window' | 'rc' | 'release' | 'stable';

export interface MilestoneDraft {
  kind: MilestoneKind;
  label: string;
  /** The editor's wall-clock time "YYYY-MM-DDTHH:mm" in `zone`. */
  local: string;
  /** IANA zone; the newsroom's when left out. */
  zone?: string;
  /** For a time that happens twice when clocks go back. */
  prefer?: 'earlier' | 'later';
  announcementUrl?: string;
  note?: string;
}

export namespace AddMilestone {
  export interface Request {
    version: string;
    milestone: MilestoneDraft;
  }
  export interface Response {
    data: {
      documentId: string;
      version: string;
      /** The new milestone's instant, UTC ISO. */
      at: string;
      milestones: {
        kind: MilestoneKind;
        label: string;
        at: string;
        announcementUrl?: string | null;
        note?: string | null;
      }[];
    };
  }
}
