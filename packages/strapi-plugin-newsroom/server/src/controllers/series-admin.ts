import type { Ctx } from '../http/context';
import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { requestLocale } from '../http/request';
import { parseBody, parseParam } from './parse';
import { getService } from '../get-service';

export const reorderBody = z.object({
  order: z.array(z.string().min(1).max(64)).min(1).max(500),
  locale: z.string().min(2).max(10).optional(),
});
const documentId = z.string().min(1).max(64);

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reorder(ctx: Ctx) {
    const id = parseParam(documentId, ctx.params.documentId, 'documentId');
    const body = parseBody(reorderBody, ctx.request.body);
    const locale = await requestLocale(strapi, body.locale);
    const renumber = getService(strapi, 'renumber');
    const parts = await renumber.reorder(id, body.order, locale, ctx.state.userAbility);
    ctx.body = { data: { documentId: id, parts } };
  },
});
