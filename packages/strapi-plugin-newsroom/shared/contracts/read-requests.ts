/**
 * The parameters of the public read API, as zod schemas for the OpenAPI
 * document and the typed client. The server reads them with the domain's
 * own parsers (domain/query.ts, domain/refs.ts), whose bounds these reuse.
 */
import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../server/src/domain/query';

const digits = z.string().regex(/^[1-9]\d*$/);

export const localeQuery = z.object({
  locale: z
    .string()
    .optional()
    .describe('One of the app’s locales (400 for any other); absent means the default locale.'),
});

export const pageQuery = localeQuery.extend({
  page: digits.optional().describe('Page number from 1 (default 1).'),
  pageSize: digits
    .optional()
    .describe(`Entries per page, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`),
});

export const atQuery = localeQuery.extend({
  at: z
    .string()
    .optional()
    .describe(
      'An ISO 8601 date and time such as 2011-07-07T12:00:00Z; absent means now (read to the minute).',
    ),
});

export const refParam = z
  .string()
  .describe(
    'A slug (lowercase words joined by hyphens) or a numeric permalink id; an old slug still finds it.',
  );
export const slugParam = z.string().describe('A slug: lowercase letters and digits joined by hyphens.');
export const feedFormat = z.enum(['atom', 'rss', 'json']).describe('atom, rss or json (404 for any other).');
export const tokenParam = z.string().describe('The signed token of the link.');

export type LocaleQuery = z.infer<typeof localeQuery>;
export type PageQuery = z.infer<typeof pageQuery>;
export type AtQuery = z.infer<typeof atQuery>;
export type FeedFormat = z.infer<typeof feedFormat>;
