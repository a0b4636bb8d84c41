import type { Core } from '@strapi/strapi';
import { RuleError } from '../../domain/errors';
import { negotiateLocale, parsePermalinkId, PERMALINK_ID_MAX } from '../../domain/permalinks';
import * as query from '../../domain/query';
import { createViewsRepository } from '../../repositories/views-repository';
import { getService } from '../../get-service';

export interface PermalinkRequest {
  /** ctx.query: `locale` is read from it. */
  query: Record<string, unknown>;
  acceptLanguage?: string | null;
}

const notFound = (message: string) => new RuleError(message, ['permalinkId'], 'not-found');

/**
 * Resolves a permalink id to the published document holding it and the
 * locale to show: ?locale= first, then Accept-Language among the locales the
 * document is published in, then the site's default (or the document's first).
 */
export const createPermalinksService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createViewsRepository(strapi);

  return {
    async resolve(rawId: string, request: PermalinkRequest) {
      // Ids below today's permalinkStart may exist (the start can be raised), so any id >= 1 is looked up.
      const id = parsePermalinkId(rawId, { min: 1, max: PERMALINK_ID_MAX });
      const { codes, fallback } = await getService(strapi, 'locales').list();
      const asked = query.locale(request.query, codes, fallback);
      const explicit = request.query.locale !== undefined && request.query.locale !== '';

      const found = await repo.byPermalinkId(id);
      if (!found) throw notFound(`No published article or series has the permalink id ${id}.`);
      const available = found.rows.map((row: any) => row.locale as string);
      if (explicit && !available.includes(asked)) {
        throw notFound(
          `The document with permalink id ${id} is not published in locale "${asked}"; it is in ${available.join(', ')}.`,
        );
      }
      const locale = explicit
        ? asked
        : negotiateLocale({
            acceptLanguage: request.acceptLanguage ?? null,
            available,
            fallback: available.includes(fallback) ? fallback : available[0],
          });
      const row = found.rows.find((r: any) => r.locale === locale);
      const urls = getService(strapi, 'urls');
      let canonicalUrl: string;
      try {
        canonicalUrl = urls.canonical(found.type, row);
      } catch (error) {
        if (!(error instanceof RuleError)) throw error;
        throw notFound(`The document with permalink id ${id} has no canonical URL: ${error.message}`);
      }
      return {
        type: found.type,
        documentId: row.documentId as string,
        permalinkId: id,
        locale,
        slug: row.slug as string,
        canonicalUrl,
        permalinkUrl: urls.permalink(id),
        localizations: found.rows
          .filter((r: any) => r.locale !== locale)
          .map((r: any) => ({
            locale: r.locale,
            slug: r.slug,
            canonicalUrl: urls.forDocument(found.type, r).canonicalUrl,
          })),
      };
    },
  };
};

export type PermalinksService = ReturnType<typeof createPermalinksService>;
