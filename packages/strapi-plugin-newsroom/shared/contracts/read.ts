/**
 * What the public read API (/api/newsroom/...) answers, as zod schemas: the
 * one definition behind the types front ends use (`z.infer`), the typed
 * client's parsing (strapi-plugin-newsroom/client) and the OpenAPI document
 * (GET /api/newsroom/openapi.json). Plain zod, no Strapi import.
 */
import { z } from 'zod';

/** UTC ISO 8601 date and time, as every read answers them ("2011-07-07T14:49:00.000Z"). */
export const instant = z.string().datetime({ offset: true }).describe('UTC ISO 8601 date and time.');
const id = z.string().min(1).describe('Strapi documentId.');
const permalinkId = z.number().int().positive().nullable().describe('The numeric permalink id, or null.');
const url = z.string().url();

export const named = z.object({ documentId: id, name: z.string(), slug: z.string() });

/** Canonical front-end URL and permalink URL; null when one cannot be built (never a guess). */
const urls = {
  canonicalUrl: url.nullable().describe('The canonical front-end URL, or null when it cannot be built.'),
  permalinkUrl: url.nullable().describe('The short permalink URL (e.g. https://www.example.com/-1275003).'),
};

export const localization = z.object({ locale: z.string(), slug: z.string(), canonicalUrl: url.nullable() });

export const publishedPart = z
  .object({
    number: z.number().int().positive(),
    status: z.literal('published'),
    documentId: id,
    title: z.string(),
    slug: z.string(),
    teaser: z.string().nullable(),
    publishedAt: instant,
    permalinkId,
    ...urls,
  })
  .describe('A part published in the answer’s language.');

export const announcedPart = z
  .object({
    number: z.number().int().positive(),
    status: z.literal('announced'),
    workingTitle: z.string().nullable(),
    topic: z.string().nullable(),
    expectedAt: z.string().nullable().describe('The expected day or time as the editor entered it.'),
  })
  .describe('An announced part: no text yet, only what the editor announced.');

export const untranslatedPart = z
  .object({
    number: z.number().int().positive(),
    status: z.literal('untranslated'),
    documentId: id,
    permalinkId,
    permalinkUrl: urls.permalinkUrl,
    languages: z.array(
      z.object({
        locale: z.string(),
        title: z.string(),
        slug: z.string(),
        publishedAt: instant,
        canonicalUrl: url.nullable(),
      }),
    ),
  })
  .describe('A part published, but not in this language: the languages it can be read in.');

/** One entry of a series' table of contents, in order of part number. */
export const tocEntry = z.discriminatedUnion('status', [publishedPart, announcedPart, untranslatedPart]);

/**
 * schema.org structured data (https://schema.org), ready for a <script type="application/ld+json">.
 * Open (catchall): its properties follow schema.org, not this plugin; the OpenAPI document says so.
 */
export const jsonLd = z
  .object({ '@context': z.literal('https://schema.org'), '@type': z.string() })
  .catchall(z.unknown())
  .describe('schema.org JSON-LD for the page (NewsArticle, CreativeWorkSeries).');

const pagination = z.object({
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});

/** An answer found under an old slug names the current one (the front end redirects). */
const readMeta = z.object({
  locale: z.string(),
  redirect: z.object({ slug: z.string() }).optional().describe('Set when the request used an old slug.'),
});

export const seriesSummary = z.object({
  documentId: id,
  permalinkId,
  slug: z.string(),
  title: z.string(),
  kicker: z.string().nullable(),
  description: z.string().nullable(),
  state: z.enum(['running', 'complete']),
  channel: named.nullable(),
  partsTotal: z
    .number()
    .int()
    .nonnegative()
    .describe('Parts published, announced or written, whichever is most.'),
  publishedParts: z.number().int().nonnegative(),
  untranslatedParts: z.number().int().nonnegative(),
  plannedParts: z.number().int().nonnegative(),
  latestPart: publishedPart.nullable(),
  ...urls,
});

export const seriesDetail = seriesSummary.extend({
  locale: z.string(),
  localizations: z.array(localization),
  parts: z.array(tocEntry),
  jsonLd,
});

/** A Strapi "blocks" node (paragraph, heading, list, link, text ...), as the editor wrote it. */
export const block = z
  .object({ type: z.string() })
  .catchall(z.unknown())
  .describe('A Strapi blocks node: { type, children?, text?, level?, url?, ... }.');

export const milestone = z.object({
  kind: z.string().describe('merge-window, rc, release, ...'),
  label: z.string(),
  at: instant,
  announcementUrl: z.string().nullable(),
  note: z.string().nullable(),
  day: z.object({
    date: z.string().describe('YYYY-MM-DD in the newsroom’s zone.'),
    weekday: z.string(),
    isoWeekday: z.number().int().min(1).max(7),
    zone: z.string(),
  }),
});

export const timelinePhase = z.enum(['not-started', 'merge-window', 'stabilising', 'released', 'stable']);

/** Where a release stood at an instant: its phase, release candidate and label. */
export const stateAt = z.object({
  at: instant,
  phase: timelinePhase,
  rc: z.number().int().nullable(),
  label: z.string().nullable(),
  daysSinceStart: z.number().int().nullable(),
  weeksSinceRc1: z.number().int().nullable(),
});

/** The release an article covers: its state when the article first came out, and what followed. */
export const articleTimeline = z.object({
  documentId: id,
  slug: z.string().nullable(),
  project: z.string(),
  version: z.string(),
  atPublication: stateAt.extend({ milestone: milestone.nullable() }).nullable(),
  after: z.array(milestone),
  release: milestone.nullable(),
});

export const articleDetail = z.object({
  documentId: id,
  permalinkId,
  locale: z.string(),
  slug: z.string(),
  title: z.string(),
  teaser: z.string().nullable(),
  publishedAt: instant.nullable().describe('First publication (a later correction does not move it).'),
  updatedAt: instant.nullable(),
  authors: z.array(named),
  channel: named.nullable(),
  partnerLine: z.string().nullable(),
  pages: z.array(z.object({ number: z.number().int().positive(), title: z.string(), body: z.array(block) })),
  corrections: z.array(z.object({ date: instant.nullable(), note: z.string() })),
  localizations: z.array(localization),
  series: z
    .object({
      documentId: id,
      slug: z.string(),
      title: z.string(),
      kicker: z.string().nullable(),
      part: z.object({ number: z.number().int().positive(), of: z.number().int().positive() }),
      previous: publishedPart.nullable(),
      next: tocEntry.nullable(),
      parts: z.array(tocEntry),
    })
    .nullable()
    .describe('The series it is a part of, with its position, neighbours and every part; null if none.'),
  timeline: articleTimeline.nullable(),
  jsonLd,
  ...urls,
});

export const channelArticle = z.object({
  documentId: id,
  permalinkId,
  slug: z.string(),
  title: z.string(),
  teaser: z.string().nullable(),
  publishedAt: instant.nullable(),
  authors: z.array(named),
  series: z
    .object({
      documentId: id,
      slug: z.string(),
      title: z.string(),
      part: z.number().int().positive().nullable(),
    })
    .nullable(),
  ...urls,
});

export const permalinkTarget = z.object({
  type: z.enum(['article', 'series']),
  documentId: id,
  permalinkId: z.number().int().positive(),
  locale: z.string(),
  slug: z.string(),
  canonicalUrl: url,
  permalinkUrl: url.nullable(),
  localizations: z.array(localization),
});

export const listSeriesResponse = z.object({
  data: z.array(seriesSummary),
  meta: z.object({ locale: z.string(), pagination }),
});
export const getSeriesResponse = z.object({ data: seriesDetail, meta: readMeta });
export const getArticleResponse = z.object({ data: articleDetail, meta: readMeta });
export const channelArticlesResponse = z.object({
  data: z.array(channelArticle),
  meta: z.object({
    locale: z.string(),
    channel: named.extend({ description: z.string().nullable() }),
    pagination,
  }),
});
export const getPermalinkResponse = z.object({
  data: permalinkTarget,
  meta: z.object({ locale: z.string() }),
});

/** Every error answer: Strapi's envelope, with a sentence naming the problem. */
export const errorResponse = z.object({
  data: z.null(),
  error: z.object({
    status: z.number().int().min(400).max(599),
    name: z.string().describe('ValidationError, NotFoundError, ConflictError, ForbiddenError, ...'),
    message: z.string().min(1).describe('A sentence naming the problem.'),
    details: z.record(z.string(), z.unknown()),
  }),
});

export type TocEntry = z.infer<typeof tocEntry>;
export type PublishedPart = z.infer<typeof publishedPart>;
export type SeriesSummary = z.infer<typeof seriesSummary>;
export type SeriesDetail = z.infer<typeof seriesDetail>;
export type ArticleDetail = z.infer<typeof articleDetail>;
export type ChannelArticle = z.infer<typeof channelArticle>;
export type PermalinkTarget = z.infer<typeof permalinkTarget>;
export type ListSeriesResponse = z.infer<typeof listSeriesResponse>;
export type GetSeriesResponse = z.infer<typeof getSeriesResponse>;
export type GetArticleResponse = z.infer<typeof getArticleResponse>;
export type ChannelArticlesResponse = z.infer<typeof channelArticlesResponse>;
export type GetPermalinkResponse = z.infer<typeof getPermalinkResponse>;
export type ErrorResponse = z.infer<typeof errorResponse>;
