import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type {
  AddEntriesRequest,
  CreateBundleRequest,
  UpdateBundleRequest,
} from '../../../shared/contracts/bundles';
import { ACTION_STATUSES } from '../domain/schedule/status';
import type { Ctx } from '../http/context';
import { getService } from '../get-service';
import { parseBody, parseParam, parseQuery, wholeNumber } from './parse';
import { timeFields, who } from './schedule';

const id = z.string().min(1).max(64);
const name = z
  .string()
  .trim()
  .min(1, 'a bundle needs a name (the editors see it in the calendar and the alerts)')
  .max(200);
const when = timeFields;
const entry = z
  .object({
    targetType: z.string().min(1).max(120),
    documentId: id,
    locale: z.string().min(2).max(10).optional(),
    action: z.enum(['publish', 'unpublish']).default('publish'),
  })
  .strict();
/** More entries than this in one request (or one bundle) is a mistake, not a front page. */
export const MAX_ENTRIES = 500;

export const createBundleBody = z
  .object({ name, ...when, entries: z.array(entry).max(MAX_ENTRIES).optional() })
  .strict();
export const addEntriesBody = z
  .object({ entries: z.array(entry).min(1).max(MAX_ENTRIES), force: z.boolean().optional() })
  .strict();
export const updateBundleBody = z
  .object({ name: name.optional(), ...when })
  .strict()
  .refine((body) => Object.keys(body).some((key) => key !== 'force' && key !== 'prefer'), {
    message: 'give a new "name", or a new "date" and "time" (or "at"), or both',
  });

export const listBundlesQuery = z
  .object({
    status: z
      .string()
      .transform((value) => value.split(','))
      .pipe(z.array(z.enum(ACTION_STATUSES)))
      .optional(),
    page: wholeNumber(1, 10000).default('1'),
    pageSize: wholeNumber(1, 200).default('50'),
  })
  .strict();

// The admin's request contracts are what these schemas accept: if either changes alone, this stops compiling.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const contractsMatch: [
  Same<z.input<typeof createBundleBody>, CreateBundleRequest>,
  Same<z.input<typeof addEntriesBody>, AddEntriesRequest>,
  Same<z.input<typeof updateBundleBody>, UpdateBundleRequest>,
] = [true, true, true];
void contractsMatch;

/** Admin API of embargo bundles: parse, call one service, shape the answer. */
export default {
  bundles: ({ strapi }: { strapi: Core.Strapi }) => {
    const bundles = () => getService(strapi, 'bundles');
    const bundleId = (ctx: Ctx) => parseParam(id, ctx.params.id, 'id');
    return {
      async create(ctx: Ctx) {
        const body = parseBody(createBundleBody, ctx.request.body);
        const result = await bundles().create(body, who(ctx));
        ctx.status = 201;
        ctx.body = { data: result.bundle, meta: { time: result.time } };
      },

      async update(ctx: Ctx) {
        const body = parseBody(updateBundleBody, ctx.request.body);
        const result = await bundles().update(bundleId(ctx), body, who(ctx));
        ctx.body = { data: result.bundle, meta: { time: result.time } };
      },

      async addEntries(ctx: Ctx) {
        const body = parseBody(addEntriesBody, ctx.request.body);
        ctx.body = { data: await bundles().addEntries(bundleId(ctx), body, who(ctx)) };
      },

      async removeEntry(ctx: Ctx) {
        const entryId = parseParam(id, ctx.params.entryId, 'entryId');
        ctx.body = { data: await bundles().removeEntry(bundleId(ctx), entryId, who(ctx)) };
      },

      async cancel(ctx: Ctx) {
        ctx.body = { data: await bundles().cancel(bundleId(ctx), who(ctx)) };
      },

      async check(ctx: Ctx) {
        const result = await bundles().check(bundleId(ctx), ctx.state.userAbility);
        ctx.body = { data: result.bundle, meta: { problems: result.problems, checkedAt: result.checkedAt } };
      },

      async findOne(ctx: Ctx) {
        ctx.body = { data: await bundles().get(bundleId(ctx), ctx.state.userAbility) };
      },

      async find(ctx: Ctx) {
        const query = parseQuery(listBundlesQuery, ctx.query);
        const result = await bundles().list(query, ctx.state.userAbility);
        ctx.body = { data: result.bundles, meta: { pagination: result.pagination } };
      },
    };
  },
} as Record<string, any>;
