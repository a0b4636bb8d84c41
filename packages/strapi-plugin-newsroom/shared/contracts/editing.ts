/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * The plugin's own save endpoints (/newsroom/articles/:documentId/draft,
 * /newsroom/timelines/:documentId/milestones): every save sends back the
 * `version` it started from and is refused with 409 when someone else saved
 * in between. The answers are zod schemas (types inferred), for the OpenAPI
 * document too; the requests are checked by the controllers' zod schemas.
 */
import { z } from 'zod';

const instant = z.string().datetime({ offset: true });

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

export const articleDraft = z.object({
  documentId: z.string(),
  locale: z.string(),
  version: z.string().describe('The draft’s last save (UTC ISO, ms): send it back with the next save.'),
  published: z.boolean(),
  data: z
    .object({
      title: z.string(),
      slug: z.string().nullable(),
      teaser: z.string().nullable(),
      partnerLine: z.string().nullable(),
      publishedOn: instant.nullable(),
      partNumber: z.number().int().nullable(),
      pages: z.array(
        z.object({
          title: z.string(),
          body: z
            .array(z.unknown())
            .nullable()
            .optional()
            .describe('Strapi blocks, as the editor wrote them.'),
        }),
      ),
      corrections: z.array(z.object({ date: instant, note: z.string() })),
    })
    .partial()
    .describe('Only the fields the role may read in the Content Manager.'),
});
export type ArticleDraft = z.infer<typeof articleDraft>;
export const articleDraftResponse = z.object({ data: articleDraft });

export namespace GetArticleDraft {
  export type Response = z.infer<typeof articleDraftResponse>;
}

export namespace SaveArticleDraft {
  export interface Request {
    version: string;
    data: Partial<ArticleDraftFields>;
  }
  export type Response = z.infer<typeof articleDraftResponse>;
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

export const addMilestoneResponse = z.object({
  data: z.object({
    documentId: z.string(),
    version: z.string(),
    at: instant.describe('The new milestone’s instant, UTC ISO.'),
    milestones: z.array(
      z.object({
        kind: z.enum(['merge-window', 'rc', 'release', 'stable']),
        label: z.string(),
        at: instant,
        announcementUrl: z.string().nullable().optional(),
        note: z.string().nullable().optional(),
      }),
    ),
  }),
});

export namespace AddMilestone {
  export interface Request {
    version: string;
    milestone: MilestoneDraft;
  }
  export type Response = z.infer<typeof addMilestoneResponse>;
}
