/**
 * Embargo bundles (/newsroom/schedule/bundles/*): a named set of publish and
 * unpublish entries across documents, types and locales, due at one
 * wall-clock time in one zone, that goes out atomically: every entry in one
 * transaction, or none, with the entry that blocked it named.
 */
import { z } from 'zod';
import { ACTION_STATUSES, resolvedTime } from './schedule';

const instant = z.string().datetime({ offset: true });

/** A bundle's states are an action's: pending, running, done, failed (for good), cancelled. */
export const BUNDLE_STATUSES = ACTION_STATUSES;

export const bundleEntry = z.object({
  id: z.string().describe('The entry’s scheduled action id (remove it with DELETE …/entries/:id).'),
  targetType: z.string(),
  documentId: z.string(),
  locale: z.string().nullable(),
  action: z.enum(['publish', 'unpublish']),
  status: z.enum(ACTION_STATUSES),
  outcome: z.string().nullable().describe('published, updated, unpublished, already …; null until it ran.'),
  lastError: z.string().nullable(),
  title: z
    .string()
    .nullable()
    .describe('The target’s draft title; null when the viewer may not read it in the Content Manager.'),
});
export type BundleEntry = z.infer<typeof bundleEntry>;

export const bundle = z.object({
  id: z.string(),
  name: z.string(),
  dueAt: instant,
  wallClock: z.string().nullable(),
  zone: z.string().nullable(),
  status: z.enum(BUNDLE_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable().describe('Why it did not go out (the blocking entry’s problem).'),
  blockingEntry: z.string().nullable().describe('The id of the entry that stopped the bundle.'),
  retryAt: instant.nullable(),
  scheduledBy: z.string().nullable(),
  ranAt: instant.nullable(),
  ranBy: z.string().nullable().describe('The instance that ran it.'),
  latenessMs: z.number().nullable(),
  lateAlertedAt: instant.nullable().describe('When the late alert went out; null: never late.'),
  entries: z.array(bundleEntry),
});
export type Bundle = z.infer<typeof bundle>;

/** A problem found by a check: the entry it is about (null: the bundle itself) and a sentence. */
export const bundleProblem = z.object({ entry: z.string().nullable(), message: z.string() });
export type BundleProblem = z.infer<typeof bundleProblem>;

export const bundleResponse = z.object({ data: bundle });
export const bundleTimedResponse = z.object({ data: bundle, meta: z.object({ time: resolvedTime }) });
export const bundleCheckResponse = z.object({
  data: bundle,
  meta: z.object({
    problems: z.array(bundleProblem).describe('Empty when the bundle would go out now as it stands.'),
    checkedAt: instant,
  }),
});
export const listBundlesResponse = z.object({
  data: z.array(bundle),
  meta: z.object({
    pagination: z.object({
      page: z.number().int(),
      pageSize: z.number().int(),
      pageCount: z.number().int(),
      total: z.number().int(),
    }),
  }),
});

export interface BundleEntryRequest {
  targetType: string;
  documentId: string;
  /** A locale code, or "all" (one entry per locale the document has); default the default locale. */
  locale?: string;
  /** Default "publish". */
  action?: 'publish' | 'unpublish';
}

/** POST /newsroom/schedule/bundles */
export interface CreateBundleRequest {
  name: string;
  /** Wall clock in `zone`: date "2027-01-14" and time "16:49"; or an absolute `at` with an offset. */
  date?: string;
  time?: string;
  at?: string;
  zone?: string;
  prefer?: 'earlier' | 'later';
  /** Accept a part order the check would refuse (a later part before an earlier one). */
  force?: boolean;
  entries?: BundleEntryRequest[];
}

/** POST /newsroom/schedule/bundles/:id/entries */
export interface AddEntriesRequest {
  entries: BundleEntryRequest[];
  force?: boolean;
}

/** PUT /newsroom/schedule/bundles/:id: a new time (and optionally a new name) for a pending bundle. */
export interface UpdateBundleRequest {
  name?: string;
  date?: string;
  time?: string;
  at?: string;
  zone?: string;
  prefer?: 'earlier' | 'later';
  force?: boolean;
}
