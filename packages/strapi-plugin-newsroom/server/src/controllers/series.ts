import type { Core } from '@strapi/strapi';
import * as query from '../domain/query';
import { parseRef } from '../domain/refs';
import { keysOf } from '../domain/surrogate-keys';
import { readContext } from './read-context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const { read, cache, locale, run } = await readContext(strapi, ctx);
    await run(async () => {
      const { page, pageSize } = query.pagination(ctx.query);
      await cache.respond(ctx, `series-list:${locale}:${page}:${pageSize}`, async () => {
        const body = await read.listSeries(locale, page, pageSize);
        return { body, keys: keysOf('series-list', locale, body.data) };
      });
    });
  },

  async findOne(ctx: any) {
    const { read, cache, locale, run } = await readContext(strapi, ctx);
    await run(async () => {
      const ref = parseRef(ctx.params.slug);
      await cache.respond(ctx, `series:${locale}:${ref.slug}`, async () => {
        const body = await read.findSeries(ref, locale);
        return { body, keys: keysOf('series', locale, body.data) };
      });
    });
  },
});
