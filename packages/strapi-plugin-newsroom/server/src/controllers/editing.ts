import type { Ctx } from '../http/context';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import type { AddMilestone, GetArticleDraft, SaveArticleDraft } from '../../../shared/contracts/editing';
import { offsetProblem } from '../domain/schedule';
import { requestLocale } from '../http/request';
import { parseBody, parseParam } from './parse';
import { getService } from '../get-service';

const documentId = z.string().regex(/^[a-z0-9]{1,64}$/, 'is not a document id');
/** An ISO instant whose offset is a real one (zod's datetime alone takes "+99:99"). */
const instant = (message: string) =>
  z
    .string()
    .datetime({ offset: true, message })
    .superRefine((value, ctx) => {
      const problem = offsetProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
const version = instant('must be the version (an ISO instant) you loaded');
const text = (max: number) => z.string().max(max).nullable();
const blocks = z.array(z.record(z.unknown())).max(500).nullable();

const articleFields = z
  .object({
    title: z.string().min(1).max(200),
    slug: text(120),
    teaser: text(1000),
    partnerLine: text(200),
    publishedOn: instant('must be an ISO instant').nullable(),
    partNumber: z.number().int().min(1).max(100000).nullable(),
    pages: z
      .array(z.object({ title: z.string().min(1).max(200), body: blocks.optional() }).strict())
      .max(100),
    corrections: z
      .array(
        z.object({ date: instant('must be an ISO instant'), note: z.string().min(1).max(2000) }).strict(),
      )
      .max(100),
  })
  .strict()
  .partial()
  .refine((data) => Object.keys(data).length > 0, 'names no field to save');

export const saveArticle = z.object({ version, data: articleFields }).strict();

export const addMilestone = z
  .object({
    version,
    milestone: z
      .object({
        kind: z.enum(['merge-window', 'rc', 'release', 'stable']),
        label: z.string().trim().min(1).max(60),
        local: z.string(),
        zone: z.string().max(64).optional(),
        prefer: z.enum(['earlier', 'later']).optional(),
        announcementUrl: z.string().max(500).optional(),
        note: z.string().max(2000).optional(),
      })
      .strict(),
  })
  .strict();

/**
 * Editors' saves with a version check: parse, then the editing service
 * checks the Content Manager's own permissions (type, locale, fields,
 * conditions) on the document and saves.
 */
export default {
  editing: ({ strapi }: { strapi: Core.Strapi }) => {
    const editing = () => getService(strapi, 'editing');
    const params = async (ctx: Ctx) => ({
      documentId: parseParam(documentId, ctx.params.documentId, 'documentId'),
      locale: await requestLocale(strapi, ctx.query.locale),
    });

    return {
      async article(ctx: Ctx) {
        const { documentId: id, locale: code } = await params(ctx);
        const body: GetArticleDraft.Response = {
          data: await editing().article(ctx.state.userAbility, id, code),
        };
        ctx.body = body;
      },

      async saveArticle(ctx: Ctx) {
        const { documentId: id, locale: code } = await params(ctx);
        const request: SaveArticleDraft.Request = parseBody(saveArticle, ctx.request.body);
        const body: SaveArticleDraft.Response = {
          data: await editing().saveArticle(
            ctx.state.userAbility,
            id,
            code,
            request.version,
            request.data as SaveArticleDraft.Request['data'],
          ),
        };
        ctx.body = body;
      },

      async addMilestone(ctx: Ctx) {
        const id = parseParam(documentId, ctx.params.documentId, 'documentId');
        const request = parseBody(addMilestone, ctx.request.body) as AddMilestone.Request;
        const body: AddMilestone.Response = {
          data: await editing().addMilestone(ctx.state.userAbility, id, request.version, request.milestone),
        };
        ctx.status = 201;
        ctx.body = body;
      },
    };
  },
};
