import type { Core } from '@strapi/strapi';
import { RuleError } from '../domain/errors';
import { pageMeta } from '../domain/query';
import type { Ref } from '../domain/refs';
import { articleTimeline } from '../domain/timeline/article-context';
import { articleDetail, channelArticle, seriesDetail, seriesSummary } from '../domain/views';
import { createPublishingRepository } from '../repositories/publishing-repository';
import { createReadRepository } from '../repositories/read-repository';
import { ARTICLE, SERIES } from '../uids';
import { getService } from '../get-service';

const notFound = (message: string) => new RuleError(message, [], 'not-found');

/** The front-end read API: published content only, one request per page. */
export const createReadService = ({ strapi }: { strapi: Core.Strapi }) => {
  const repo = createReadRepository(strapi);
  const redirects = createPublishingRepository(strapi);
  const urls = () => getService(strapi, 'urls');
  const structuredData = () => getService(strapi, 'structuredData');
  const timezone = () => strapi.config.get('plugin::newsroom.timezone') as string;

  /** Adds canonicalUrl and permalinkUrl to a document, its localizations and its published parts. */
  function withUrls(type: 'article' | 'series', data: any, locale: string) {
    const part = (entry: any) => {
      if (entry?.status === 'published')
        return { ...entry, ...urls().forDocument('article', { ...entry, locale }) };
      // An untranslated part: each language it exists in, with its canonical URL.
      if (entry?.status === 'untranslated') {
        return {
          ...entry,
          permalinkUrl: urls().permalink(entry.permalinkId),
          languages: entry.languages.map((language: any) => ({
            ...language,
            canonicalUrl: urls().forDocument('article', { ...entry, ...language }).canonicalUrl,
          })),
        };
      }
      return entry;
    };
    const out = { ...data, ...urls().forDocument(type, { ...data, locale }) };
    if (Array.isArray(data.localizations)) {
      out.localizations = data.localizations.map((l: any) => ({
        ...l,
        canonicalUrl: urls().forDocument(type, { ...data, locale: l.locale, slug: l.slug }).canonicalUrl,
      }));
    }
    if (Array.isArray(data.parts)) out.parts = data.parts.map(part);
    if (data.latestPart) out.latestPart = part(data.latestPart);
    if (Array.isArray(data.series?.parts)) {
      out.series = {
        ...data.series,
        previous: part(data.series.previous),
        next: part(data.series.next),
        parts: data.series.parts.map(part),
      };
    }
    return out;
  }

  /** Finds a published document by permalink id or slug, following old slugs. */
  async function resolve(
    uid: string,
    ref: Ref,
    locale: string,
    find: (where: Record<string, unknown>) => Promise<any>,
  ) {
    if (ref.permalinkId !== null) {
      const byId = await find({ permalinkId: ref.permalinkId, locale });
      if (byId) return { row: byId, redirect: null };
    }
    const bySlug = await find({ slug: ref.slug, locale });
    if (bySlug) return { row: bySlug, redirect: null };
    const target = await redirects.redirectTarget(uid, locale, ref.slug);
    const current = target ? await find({ documentId: target, locale }) : null;
    return { row: current, redirect: current ? { slug: current.slug } : null };
  }

  return {
    async listSeries(locale: string, page: number, pageSize: number) {
      const { rows, total } = await repo.seriesPage(locale, page, pageSize);
      const parts = await repo.partRows(rows.map((row: any) => row.documentId));
      return {
        data: rows.map((row: any) => withUrls('series', seriesSummary(row, parts), locale)),
        meta: { locale, pagination: pageMeta(page, pageSize, total) },
      };
    },

    async findSeries(ref: Ref, locale: string) {
      const { row, redirect } = await resolve(SERIES, ref, locale, (where) => repo.series(where));
      if (!row) throw notFound(`No published series "${ref.slug}" in locale "${locale}".`);
      const [parts, locales] = await Promise.all([
        repo.partRows([row.documentId]),
        repo.publishedLocales(SERIES, row.documentId),
      ]);
      const data = withUrls('series', seriesDetail(row, parts, locales), locale);
      data.jsonLd = structuredData().series(data);
      return { data, meta: { locale, ...(redirect ? { redirect } : {}) } };
    },

    async findArticle(ref: Ref, locale: string) {
      const { row, redirect } = await resolve(ARTICLE, ref, locale, (where) => repo.article(where));
      if (!row) throw notFound(`No published article "${ref.slug}" in locale "${locale}".`);
      const [parts, locales] = await Promise.all([
        row.series ? repo.partRows([row.series.documentId]) : Promise.resolve([]),
        repo.publishedLocales(ARTICLE, row.documentId),
      ]);
      const data = withUrls('article', articleDetail(row, parts, locales), locale);
      data.timeline = articleTimeline(row.timeline, row.publishedOn ?? row.publishedAt, timezone());
      data.jsonLd = structuredData().article(data);
      return { data, meta: { locale, ...(redirect ? { redirect } : {}) } };
    },

    async channelArticles(slug: string, locale: string, page: number, pageSize: number) {
      const channel = await repo.channel(slug);
      if (!channel) throw notFound(`No published channel "${slug}".`);
      const { rows, total } = await repo.channelArticles(channel.documentId, locale, page, pageSize);
      return {
        data: rows.map((row: any) => withUrls('article', channelArticle(row), locale)),
        meta: {
          locale,
          channel: {
            documentId: channel.documentId,
            name: channel.name,
            slug: channel.slug,
            description: channel.description ?? null,
          },
          pagination: pageMeta(page, pageSize, total),
        },
      };
    },
  };
};

export type ReadService = ReturnType<typeof createReadService>;
