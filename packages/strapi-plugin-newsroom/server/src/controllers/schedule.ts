import type { Ctx } from '../http/context';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { PlanRequest, RescheduleRequest, ScheduleRequest } from '../../../shared/contracts/schedule';
import { ACTION_STATUSES } from '../domain/schedule/status';
import { isSuperAdmin } from '../services/access';
import { AUTHORITIES, type Scheduler } from '../services/scheduler/rights';
import { parseBody, parseQuery, parseParam, wholeNumber } from './parse';
import { getService } from '../get-service';

const id = z.string().min(1).max(64);
/** A request's time (wall clock in a zone, or an instant) and the part-order override: actions and bundles. */
export const timeFields = {
  at: z.string().max(40).optional(),
  date: z.string().max(10).optional(),
  time: z.string().max(5).optional(),
  zone: z.string().min(1).max(64).optional(),
  prefer: z.enum(['earlier', 'later']).optional(),
  force: z.boolean().optional(),
};
const when = { ...timeFields, authority: z.enum(AUTHORITIES).optional() };

export const scheduleBody = z
  .object({
    targetType: z.string().min(1).max(120),
    documentId: id,
    locale: z.string().min(2).max(10).optional(),
    action: z.enum(['publish', 'unpublish']).default('publish'),
    ...when,
  })
  .strict();

export const rescheduleBody = z.object(when).strict();

export const planBody = z
  .object({
    seriesDocumentId: id,
    locale: z.string().min(2).max(10).optional(),
    weekday: z.union([z.number().int(), z.string().max(12)]),
    time: z.string().max(5),
    zone: z.string().min(1).max(64).optional(),
    startingFrom: z.string().max(10).default('next-week'),
    every: z.number().int().optional(),
    prefer: z.enum(['earlier', 'later']).optional(),
    parts: z.array(z.number().int().min(1)).min(1).max(500).optional(),
    force: z.boolean().optional(),
    authority: z.enum(AUTHORITIES).optional(),
    bundles: z.boolean().optional(),
    locales: z.union([z.literal('all'), z.array(z.string().min(2).max(10)).min(1).max(20)]).optional(),
  })
  .strict();

// The admin's request contracts are what these schemas accept: if either changes alone, this stops compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractsMatch: [
  Same<z.input<typeof scheduleBody>, ScheduleRequest>,
  Same<z.input<typeof rescheduleBody>, RescheduleRequest>,
  Same<z.input<typeof planBody>, PlanRequest>,
] = [true, true, true];
void contractsMatch;

export const listQuery = z
  .object({
    series: id.optional(),
    documentId: id.optional(),
    status: z
      .string()
      .transform((value) => value.split(','))
      .pipe(z.array(z.enum(ACTION_STATUSES)))
      .optional(),
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
    page: wholeNumber(1, 10000).default('1'),
    pageSize: wholeNumber(1, 500).default('100'),
  })
  .strict();

/** The signed-in admin: their Content Manager ability decides what they may schedule. */
export const who = (ctx: Ctx): Scheduler => ({
  ability: ctx.state.userAbility,
  userId: ctx.state.user?.id ?? null,
  email: ctx.state.user?.email ?? null,
  superAdmin: isSuperAdmin(ctx.state.user),
});

/** Admin API of scheduled publishing: parse, call one service, shape the answer. */
export default {
  schedule: ({ strapi }: { strapi: Core.Strapi }) => {
    const schedule = () => getService(strapi, 'schedule');
    const plans = () => getService(strapi, 'schedulePlan');
    return {
      async create(ctx: Ctx) {
        const body = parseBody(scheduleBody, ctx.request.body);
        const result = await schedule().schedule(body, who(ctx));
        // An identical request already stored answers 200 with the stored action (meta.reused names it).
        ctx.status = result.reused.length === result.actions.length ? 200 : 201;
        ctx.body = { data: result.actions, meta: { time: result.time, reused: result.reused } };
      },

      async reschedule(ctx: Ctx) {
        const body = parseBody(rescheduleBody, ctx.request.body);
        const result = await schedule().reschedule(parseParam(id, ctx.params.id, 'id'), body, who(ctx));
        ctx.body = { data: result.action, meta: { time: result.time } };
      },

      async cancel(ctx: Ctx) {
        ctx.body = {
          data: await schedule().cancel(parseParam(id, ctx.params.id, 'id'), who(ctx)),
        };
      },

      async findOne(ctx: Ctx) {
        ctx.body = {
          data: await schedule().get(parseParam(id, ctx.params.id, 'id'), ctx.state.userAbility),
        };
      },

      async find(ctx: Ctx) {
        const query = parseQuery(listQuery, ctx.query);
        const result = await schedule().list(query, ctx.state.userAbility);
        ctx.body = { data: result.actions, meta: { pagination: result.pagination } };
      },

      async plan(ctx: Ctx) {
        const body = parseBody(planBody, ctx.request.body);
        const result = await plans().plan(body, who(ctx));
        ctx.status = 201;
        ctx.body = {
          data: result.actions,
          meta: {
            planId: result.planId,
            replaced: result.replaced,
            bundles: result.bundles,
            notes: result.notes,
          },
        };
      },
    };
  },
} as Record<string, any>;
