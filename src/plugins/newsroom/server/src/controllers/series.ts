import type { Core } from '@strapi/strapi';
import * as query from '../domain/query';
import type { ReadService } from '../services/read';
import { withHttpErrors } from '../services/http-errors';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const read = () => strapi.plugin('newsroom').service('read') as ReadService;

  return {
    async find(ctx: any) {
      ctx.body = await withHttpErrors(async () => {
        const { codes, fallback } = await read().locales();
        const locale = query.locale(ctx.query, codes, fallback);
        const { page, pageSize } = query.pagination(ctx.query);
        return read().listSeries(locale, page, pageSize);
      });
    },
  };
};
