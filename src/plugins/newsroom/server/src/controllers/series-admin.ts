import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { withHttpErrors } from '../services/http-errors';
import type { RenumberService } from '../services/renumber';
import { parseBody } from './parse';

const reorderBody = z.object({
  order: z.array(z.string().min(1).max(64)).min(1).max(500),
  locale: z.string().min(2).max(10).optional(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reorder(ctx: any) {
    const body = parseBody(reorderBody, ctx.request.body);
    const renumber = strapi.plugin('newsroom').service('renumber') as RenumberService;
    const parts = await withHttpErrors(() =>
      renumber.reorder(ctx.params.documentId, body.order, body.locale ?? 'en'),
    );
    ctx.body = { data: { documentId: ctx.params.documentId, parts } };
  },
});
