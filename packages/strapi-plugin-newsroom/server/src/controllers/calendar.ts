import { adminUserId, type Ctx } from '../http/context';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { CALENDAR_STATUSES } from '../../../shared/contracts/calendar';
import { answerLinkPage } from './link-pages';
import { parseBody, parseQuery, parseParam } from './parse';
import { who } from './schedule';
import { getService } from '../get-service';

const id = z.string().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
export const gridQuery = z
  .object({
    view: z.enum(['month', 'week']).default('month'),
    date: day.optional(),
    series: id.optional(),
    channel: z.string().min(1).max(120).optional(),
    locale: z.string().min(2).max(10).optional(),
    status: z
      .string()
      .transform((value) => value.split(','))
      .pipe(z.array(z.enum(CALENDAR_STATUSES)))
      .optional(),
  })
  .strict();
export const moveBody = z.object({ date: day, slot: z.string().max(40).optional() }).strict();
const token = z.string().min(1).max(600);

/** The admin's language for the grid's title ("März 2026"): the user's interface language, else English. */
const language = (ctx: Ctx) => ctx.state?.user?.preferedLanguage ?? 'en';

/** The editorial calendar, its drag-to-reschedule and its iCal feeds: parse, call one service, shape. */
export default {
  calendar: ({ strapi }: { strapi: Core.Strapi }) => {
    const calendar = () => getService(strapi, 'calendar');
    const feeds = () => getService(strapi, 'calendarFeeds');
    return {
      async grid(ctx: Ctx) {
        const query = parseQuery(gridQuery, ctx.query);
        ctx.body = await calendar().grid(
          { ...query, date: query.date ?? calendar().today() },
          language(ctx),
          ctx.state.userAbility,
        );
      },

      async summary(ctx: Ctx) {
        ctx.body = { data: await calendar().summary(ctx.state.userAbility) };
      },

      /** A drop: the same reschedule as PUT /schedule/actions/:id, so a DST gap or a past time gets its sentence. */
      async move(ctx: Ctx) {
        const body = parseBody(moveBody, ctx.request.body);
        const result = await calendar().move(parseParam(id, ctx.params.id, 'id'), body, who(ctx));
        ctx.body = { data: result.action, meta: { time: result.time } };
      },

      async feeds(ctx: Ctx) {
        ctx.body = { data: await feeds().list(adminUserId(ctx)) };
      },

      async createFeed(ctx: Ctx) {
        ctx.status = 201;
        ctx.body = { data: await feeds().create(adminUserId(ctx)) };
      },

      async revokeFeed(ctx: Ctx) {
        const feedId = parseParam(id, ctx.params.id, 'id');
        ctx.body = { data: await feeds().revoke(adminUserId(ctx), feedId) };
      },

      /** Public: the feed behind a signed token (calendar apps send no credentials). */
      async ics(ctx: Ctx) {
        await answerLinkPage(ctx, 'text/calendar; charset=utf-8', () =>
          feeds().serve(parseParam(token, ctx.params.token, 'token')),
        );
      },
    };
  },
};
