/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * Request and response shapes of the admin board endpoints (/newsroom/board/*),
 * as zod schemas with the types inferred from them, shared by the server
 * controllers, the admin client and the OpenAPI document.
 */
import { z } from 'zod';

const instant = z.string().datetime({ offset: true });

/** What one locale of a part looks like to an editor. */
export const localeState = z.enum(['missing', 'draft', 'announced', 'scheduled', 'published']);
export type LocaleState = z.infer<typeof localeState>;

export const pendingAction = z.object({
  id: z.string(),
  action: z.enum(['publish', 'unpublish']),
  update: z
    .boolean()
    .describe('A publish of a locale that is already live: it puts the draft’s changes live.'),
  locale: z.string().nullable(),
  dueAt: instant.describe('UTC ISO.'),
  wallClock: z.string().nullable().describe('The editor’s wall-clock time, "2027-01-14T16:49", in `zone`.'),
  zone: z.string().nullable(),
});
export type PendingAction = z.infer<typeof pendingAction>;

export const localeChip = z.object({
  locale: z.string(),
  state: localeState,
  dueAt: instant
    .nullable()
    .describe('Set when the state is "scheduled": the next pending publish (UTC ISO).'),
  publishedAt: instant.nullable(),
  unpublishAt: instant.nullable().describe('A published locale with a pending unpublish.'),
});
export type LocaleChip = z.infer<typeof localeChip>;

export const plannedPartView = z.object({
  number: z.number().int(),
  workingTitle: z.string().nullable(),
  topic: z.string().nullable(),
  expectedAt: z.string().nullable(),
});
export type PlannedPartView = z.infer<typeof plannedPartView>;

export const boardPart = z.object({
  documentId: z.string(),
  number: z.number().int(),
  title: z
    .string()
    .nullable()
    .describe('Null when the viewer’s role may not read the title in the Content Manager.'),
  locales: z.array(localeChip),
});
export type BoardPart = z.infer<typeof boardPart>;

export const boardSeries = z.object({
  documentId: z.string(),
  title: z.string().nullable().describe('Null when the viewer’s role may not read the series’ title.'),
  slug: z.string().nullable(),
  state: z.string(),
  plannedParts: z.number().int().nullable(),
  parts: z.array(boardPart),
  planned: z.array(plannedPartView).describe('Announced parts no article fills yet.'),
});
export type BoardSeries = z.infer<typeof boardSeries>;

export const boardSettings = z.object({
  zone: z.string().describe('The newsroom’s IANA zone (plugin config `timezone`).'),
  locales: z.array(z.string()),
  defaultLocale: z.string(),
});
export type BoardSettings = z.infer<typeof boardSettings>;

export const getSettingsResponse = z.object({ data: boardSettings });
export const getBoardResponse = z.object({ data: z.array(boardSeries), meta: boardSettings });

export const partLink = z.object({
  documentId: z.string(),
  number: z.number().int(),
  title: z.string().nullable(),
});
export type PartLink = z.infer<typeof partLink>;

/** Everything the article edit-view panel shows, for one article in one locale. */
export const articleContext = z.object({
  documentId: z.string(),
  locale: z.string(),
  title: z.string().nullable(),
  series: z
    .object({ documentId: z.string(), title: z.string().nullable(), slug: z.string().nullable() })
    .nullable(),
  position: z
    .object({ number: z.number().int(), total: z.number().int().nullable() })
    .nullable()
    .describe('"Part 3 of 4"; total is null while unknown.'),
  previous: partLink.nullable(),
  next: partLink.nullable(),
  planned: z.array(plannedPartView),
  permalink: z
    .object({ id: z.number().int(), url: z.string().nullable(), printUrl: z.string().nullable() })
    .nullable(),
  pending: z.array(pendingAction),
  locales: z.array(localeChip),
});
export type ArticleContext = z.infer<typeof articleContext>;

export const getArticleContextResponse = z.object({ data: articleContext, meta: boardSettings });

export const getNextPartResponse = z.object({
  /** What an article added to the series now would be numbered (the save fills an empty number so). */
  data: z.object({
    series: z.object({ documentId: z.string(), title: z.string() }),
    number: z.number().int(),
    planned: plannedPartView.nullable(),
  }),
});

/** PUT /newsroom/series/:documentId/order: the parts with their new numbers. */
export const reorderResponse = z.object({
  data: z.object({
    documentId: z.string(),
    parts: z.array(z.object({ documentId: z.string(), number: z.number().int() })),
  }),
});

export namespace GetSettings {
  export type Response = z.infer<typeof getSettingsResponse>;
}

export namespace GetBoard {
  export type Response = z.infer<typeof getBoardResponse>;
}

export namespace GetArticleContext {
  export interface Request {
    params: { documentId: string };
    query: { locale?: string };
  }
  export type Response = z.infer<typeof getArticleContextResponse>;
}

export namespace GetNextPart {
  export type Response = z.infer<typeof getNextPartResponse>;
}
