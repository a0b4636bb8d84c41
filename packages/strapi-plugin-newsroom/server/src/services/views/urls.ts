import type { Core } from '@strapi/strapi';
import { resolveViews, type ResolvedViews, type ViewsConfig } from '../../config/views';
import { RuleError } from '../../domain/errors';
import { canonicalUrl, type PermalinkType } from '../../domain/permalinks';

/** The fields a row or a read-API answer needs for its URLs. */
export interface UrlSource {
  documentId: string;
  locale: string;
  slug: string | null;
  permalinkId?: number | null;
  /** First publication wins: the date in a URL must not move when a correction is published. */
  publishedOn?: string | Date | null;
  publishedAt?: string | Date | null;
}

export interface DocumentUrls {
  canonicalUrl: string | null;
  permalinkUrl: string | null;
}

const iso = (value: unknown): string | null => {
  if (!value) return null;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

function canonicalDocument(source: UrlSource) {
  return {
    documentId: source.documentId,
    locale: source.locale,
    slug: source.slug ?? '',
    permalinkId: source.permalinkId ?? null,
    publishedAt: iso(source.publishedOn) ?? iso(source.publishedAt),
  };
}

export function permalinkUrl(views: ResolvedViews, id: number | null | undefined): string | null {
  return Number.isSafeInteger(id) && (id as number) > 0 ? `${views.permalinkBase}${views.prefix}${id}` : null;
}

/**
 * Canonical and permalink URL of a document. A URL that cannot be built (no
 * slug yet, a pattern needing an id the document lacks) is null, never a
 * guess: callers show no link rather than a wrong one.
 */
export function documentUrls(
  type: PermalinkType,
  source: UrlSource,
  views: ResolvedViews,
  timezone: string,
): DocumentUrls {
  let canonical: string | null = null;
  try {
    canonical = canonicalUrl(type, canonicalDocument(source), views.urls, { timezone });
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
  }
  return { canonicalUrl: canonical, permalinkUrl: permalinkUrl(views, source.permalinkId) };
}

/** Canonical and permalink URLs with the plugin's configuration. */
export const createUrlsService = ({ strapi }: { strapi: Core.Strapi }) => {
  // Resolved per call (cheap) so a test or an admin changing the config sees it at once.
  const views = () => resolveViews(strapi.config.get('plugin::newsroom.views') as ViewsConfig);
  const timezone = () => strapi.config.get('plugin::newsroom.timezone') as string;

  return {
    views,
    timezone,
    forDocument(type: PermalinkType, source: UrlSource): DocumentUrls {
      return documentUrls(type, source, views(), timezone());
    },
    /** Throws RuleError when the URL cannot be built (the permalink redirect needs to know why). */
    canonical(type: PermalinkType, source: UrlSource): string {
      return canonicalUrl(type, canonicalDocument(source), views().urls, { timezone: timezone() });
    },
    permalink(id: number | null | undefined): string | null {
      return permalinkUrl(views(), id);
    },
    /** forDocument with the configuration read once: for loops over many rows. */
    resolved(): (type: PermalinkType, source: UrlSource) => DocumentUrls {
      const fixed = views();
      const zone = timezone();
      return (type, source) => documentUrls(type, source, fixed, zone);
    },
  };
};

export type UrlsService = ReturnType<typeof createUrlsService>;
