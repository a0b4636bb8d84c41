import type { Ctx } from '../http/context';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import type { CreateShareLink, GetPreviewUrl, ListShareLinks } from '../../../shared/contracts/preview';
import { ARTICLE, SERIES } from '../uids';
import { answerLinkPage } from './link-pages';
import { requestLocale } from '../http/request';
import { parseBody, parseQuery, parseParam } from './parse';
import { getService } from '../get-service';

const documentId = z.string().regex(/^[a-z0-9]{1,64}$/, 'is not a document id');
const targetType = z.enum([ARTICLE, SERIES]);
export const targetQuery = z
  .object({ targetType, documentId, locale: z.string().min(2).max(10).optional() })
  .strict();
export const createBody = z
  .object({
    targetType,
    documentId,
    locale: z.string().min(2).max(10).optional(),
    days: z.number().int().min(1).max(90).optional(),
  })
  .strict();
// Unknown parameters (a mail client's tracking) are ignored; `at` picks a series' day.
const pageQuery = z.object({ at: z.string().max(10).optional() }).passthrough();

/**
 * Previews show draft text, so the caller needs the Content Manager's read
 * permission on that type and locale, as for opening the draft itself.
 */
function assertMayRead(strapi: Core.Strapi, ctx: Ctx, uid: string, locale: string) {
  const checker = (strapi.plugin('content-manager').service('permission-checker') as any).create({
    userAbility: ctx.state.userAbility,
    model: uid,
  });
  if (checker.cannot.read({ locale })) {
    throw new errors.PolicyError(
      `Your role may not read ${uid === ARTICLE ? 'articles' : 'series'} in locale "${locale}" in the Content Manager, so it may not preview or share them.`,
    );
  }
}

/** Draft previews and share links: the admin routes (signed in, Content Manager read) and the public page. */
export default {
  previews: ({ strapi }: { strapi: Core.Strapi }) => {
    const shares = () => getService(strapi, 'shareLinks');
    const target = async (ctx: Ctx, input: { targetType: string; locale?: string }) => {
      const locale = await requestLocale(strapi, input.locale);
      assertMayRead(strapi, ctx, input.targetType, locale);
      return locale;
    };
    const who = (ctx: Ctx): string | null => ctx.state?.user?.email ?? null;

    return {
      async url(ctx: Ctx) {
        const query = parseQuery(targetQuery, ctx.query);
        const locale = await target(ctx, query);
        const body: GetPreviewUrl.Response = {
          data: shares().previewUrl(query.targetType, query.documentId, locale),
        };
        ctx.body = body;
      },

      async list(ctx: Ctx) {
        const query = parseQuery(targetQuery, ctx.query);
        const locale = await target(ctx, query);
        const body: ListShareLinks.Response = {
          data: await shares().list(query.targetType, query.documentId, locale),
        };
        ctx.body = body;
      },

      async create(ctx: Ctx) {
        const input = parseBody(createBody, ctx.request.body);
        const locale = await target(ctx, input);
        const body: CreateShareLink.Response = {
          data: await shares().create({ ...input, locale }, who(ctx)),
        };
        ctx.status = 201;
        ctx.body = body;
      },

      async revoke(ctx: Ctx) {
        const id = parseParam(z.string().min(1).max(64), ctx.params.id, 'id');
        const link = await shares().target(id);
        assertMayRead(strapi, ctx, link.targetType, link.targetLocale ?? '');
        ctx.body = { data: await shares().revoke(id) };
      },

      /** Public: a share link or preview page behind a signed token. */
      async page(ctx: Ctx) {
        await answerLinkPage(ctx, 'text/html; charset=utf-8', async () => {
          const token = parseParam(z.string().min(1).max(600), ctx.params.token, 'token');
          const { at } = parseQuery(pageQuery, ctx.query);
          return shares().page(token, at);
        });
      },
    };
  },
};
