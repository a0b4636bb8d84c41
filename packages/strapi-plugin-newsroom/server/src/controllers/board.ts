import type { Ctx } from '../http/context';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { GetArticleContext, GetBoard, GetSettings } from '../../../shared/contracts/board';
import { DateTime } from 'luxon';
import { TIMELINE } from '../uids';
import { requestLocale } from '../http/request';
import { parseQuery, parseParam } from './parse';
import { getService } from '../get-service';

export const articleQuery = z.object({ locale: z.string().min(2).max(10).optional() }).passthrough();
const slug = z.string().min(1).max(120);
const documentId = z.string().min(1).max(64);

/** Admin API behind the Newsroom page and the article panel: parse, call the board service, shape. */
export default {
  board: ({ strapi }: { strapi: Core.Strapi }) => {
    const board = () => getService(strapi, 'board');
    const timelines = () => getService(strapi, 'timelines');
    const editing = () => getService(strapi, 'editing');
    return {
      async settings(ctx: Ctx) {
        const body: GetSettings.Response = { data: await board().settings() };
        ctx.body = body;
      },

      async series(ctx: Ctx) {
        const query = parseQuery(articleQuery, ctx.query);
        // Titles and announcements in this locale where it exists (the series panel asks for the edited one).
        const locale = query.locale === undefined ? undefined : await requestLocale(strapi, query.locale);
        const [data, meta] = await Promise.all([
          board().board(ctx.state.userAbility, locale),
          board().settings(),
        ]);
        const body: GetBoard.Response = { data, meta };
        ctx.body = body;
      },

      async article(ctx: Ctx) {
        const query = parseQuery(articleQuery, ctx.query);
        const id = parseParam(documentId, ctx.params.documentId, 'documentId');
        const meta = await board().settings();
        const locale = await requestLocale(strapi, query.locale);
        const data = await board().article(id, locale, ctx.state.userAbility);
        const body: GetArticleContext.Response = { data, meta };
        ctx.body = body;
      },

      /** The part number a new article in the series would get, for the create screen's panel. */
      async nextPart(ctx: Ctx) {
        const query = parseQuery(articleQuery, ctx.query);
        const id = parseParam(documentId, ctx.params.documentId, 'documentId');
        const locale = await requestLocale(strapi, query.locale);
        ctx.body = { data: await board().nextPart(id, locale, ctx.state.userAbility) };
      },

      /** The readers' timeline views, for editors: drafts stay out, "now" is the server's clock. */
      async timelines(ctx: Ctx) {
        ctx.body = await timelines().list(DateTime.utc());
      },

      async timeline(ctx: Ctx) {
        const meta = await board().settings();
        const name = parseParam(slug, ctx.params.slug, 'slug');
        const answer = await timelines().findOne(name, DateTime.utc(), meta.defaultLocale);
        // The draft's save version, sent back with a new milestone (409 when someone saved since).
        // Not `version`: that is the release's own field ("2.6.37").
        const saveVersion = await editing().version(TIMELINE, answer.data.documentId, null);
        ctx.body = { ...answer, data: { ...answer.data, saveVersion } };
      },
    };
  },
};
